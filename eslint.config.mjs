// Type-aware ESLint for src/ and test/, with Microsoft's Office add-in rules for code that calls
// Excel (context.sync() in loops, reads before load()). Formatting is Prettier's job (npm run lint).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";

const officePlugin = officeAddins.default ?? officeAddins;

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "test-output/",
      "assets/",
      "reports/",
      ".stryker-tmp/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["**/*.ts"] })),
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "office-addins": officePlugin },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The core and the formula layer are pure: no Excel, Office, CustomFunctions or DOM
    // (design.md, layers).
    files: ["src/core/**/*.ts", "src/excel/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "CustomFunctions",
        "document",
        "window",
        "navigator",
      ],
    },
  },
  // Imports flow downward only (design.md, layers): each layer names what it may not reach.
  ...[
    ["src/core/*.ts", ["../*"]],
    ["src/core/*/*.ts", ["../../*"]],
    ["src/excel/*.ts", ["../*"]],
    ["src/catalog/*.ts", ["../taskpane/*", "../template/*", "../functions/*"]],
    ["src/catalog/*/*.ts", ["../../taskpane/*", "../../template/*", "../../functions/*"]],
    ["src/template/**/*.ts", ["**/taskpane/*", "**/functions/*"]],
    ["src/functions/*.ts", ["../taskpane/*", "../template/*"]],
  ].map(([files, patterns]) => ({
    files: [files],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  })),
  {
    // Words may name what they describe (a type), never run code of another layer.
    files: ["src/i18n/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*"], allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
  prettier,
);
