/**
 * Jest runs TypeScript through ts-jest. Unit tests need no build; the dist tests and every test
 * that evaluates a sheet in HyperFormula (test/support/hyperformula.ts calls the BUILT CX
 * functions, dist/functions.js) need `npm run build` first: `npm test` builds before jest, and
 * without dist/ those suites fail saying so.
 */

/**
 * The LibreOffice suites (test/libreoffice) need soffice and take minutes: a plain `jest` leaves
 * them out. They run when named on the command line (`npm run test:libreoffice`,
 * `npx jest test/libreoffice`, `npx jest libreoffice/irr`) or with SERVICE_ROI_LIBREOFFICE=1.
 */
const withLibreOffice =
  process.env.SERVICE_ROI_LIBREOFFICE === "1" ||
  process.argv.slice(2).some((arg) => !arg.startsWith("-") && /libreoffice/i.test(arg));

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", ...(withLibreOffice ? [] : ["/test/libreoffice/"])],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node" } }],
  },
  // fast-check runs are seeded in CI (reproducible) and random locally (finds more).
  testTimeout: 120000,
};
