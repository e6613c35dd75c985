/**
 * The jest configuration Stryker runs (`npm run test:mutation`, see docs/testing.md): the unit tests
 * of the pure code only. Left out: the browser, build, manifest and LibreOffice suites (they need a
 * browser, `dist/` or soffice, and say nothing about a mutant that the unit tests do not), the dist
 * check in test/catalog/oneHome.test.ts, the pane's tests (test/taskpane: the writer and the wizard,
 * outside the mutated folders; failure.test.ts alone takes 50 s), and the two slow whole-sheet
 * suites, test/template/equivalence.test.ts (the sheet in HyperFormula, 60 s) and
 * test/functions/fuzz.test.ts (16 s): Stryker runs every test that covers a mutant once per
 * mutant, and with them a run of one folder took hours on this machine. The score is therefore a
 * lower bound: a mutant these suites would kill may count as survived, and is then killed by a
 * focused test or justified in docs/testing.md. Transpile-only: Stryker's TypeScript checker type-checks each
 * mutant once, so ts-jest need not.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    "/node_modules/",
    "/test/browser/",
    "/test/build/",
    "/test/libreoffice/",
    "/test/manifest/",
    "/test/serve\\.test\\.ts$",
    "/test/find-browser\\.test\\.ts$",
    "/test/catalog/oneHome\\.test\\.ts$",
    "/test/taskpane/",
    "/test/template/equivalence\\.test\\.ts$",
    "/test/functions/fuzz\\.test\\.ts$",
  ],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } },
    ],
  },
};
