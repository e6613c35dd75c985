/** Jest runs TypeScript through ts-jest; unit tests need no build, the dist tests need `npm run build` first. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node" } }],
  },
  // fast-check runs are seeded in CI (reproducible) and random locally (finds more).
  testTimeout: 120000,
};
