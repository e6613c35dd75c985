// Type-aware ESLint for src/ and test/, with Microsoft's Office add-in rules for code that calls
// Excel (context.sync() in loops, reads before load()). Formatting is Prettier's job (npm run lint).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";

const officePlugin = officeAddins.default ?? officeAddins;

/** What each folder under src/ may import, from ../shared/design.md "Layers" (taskpane: all). */
const LAYERS = {
  core: [],
  catalog: ["core", "excel"],
  excel: [],
  template: ["core", "catalog", "excel", "i18n"],
  functions: ["core", "catalog", "i18n"],
  i18n: [],
};
/** The packages a layer may import; every other layer but taskpane imports none. */
const PACKAGES = { excel: ["excel-formula-tokenizer"] };

/** Import patterns a file `depth` folders below src/<layer>/ may not use. */
function layerPatterns(layer, allowed, depth) {
  const up = "\\.\\./".repeat(depth);
  const others = allowed.length > 0 ? `(?!(?:${allowed.join("|")})(?:/|$))` : "";
  const packages = (PACKAGES[layer] ?? []).map((name) => `(?!${name}$)`).join("");
  const may = allowed.length > 0 ? allowed.join(", ") : "nothing outside itself";
  return [
    { regex: `^${up}${others}`, message: `${layer}/ may import ${may} (design.md, layers).` },
    { regex: `^(?!\\.)${packages}`, message: `${layer}/ may not import this package (design.md).` },
  ];
}

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
  // Imports flow downward only: each layer may import exactly what design.md's layer table says
  // (taskpane: everything), type-only imports included, and no package but excel's tokenizer.
  ...Object.entries(LAYERS).flatMap(([layer, allowed]) =>
    [1, 2].map((depth) => ({
      files: [`src/${layer}/${"*/".repeat(depth - 1)}*.ts`],
      rules: {
        "no-restricted-imports": ["error", { patterns: layerPatterns(layer, allowed, depth) }],
      },
    })),
  ),
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
