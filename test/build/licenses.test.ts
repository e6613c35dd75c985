/**
 * The inventory of third-party code inside the built bundles (dist/third-party-licenses.json,
 * written by scripts/license-plugin.cjs at build time): it lists exactly the packages the source
 * maps show in the bundles, each with a version and an allowed license; and the plugin's pure
 * inventory refuses a GPL package (which makes the build fail).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

interface PackageEntry {
  name: string;
  version: string;
  license: string;
  bundles: string[];
}
type Manifest = Record<string, unknown>;
interface LicensePlugin {
  ALLOWED_LICENSES: string[];
  isAllowed(license: string): boolean;
  inventory(
    modules: { resource?: string; bundles?: string[] }[],
    readManifest: (file: string) => Manifest | undefined,
  ): { packages: PackageEntry[]; problems: string[] };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../scripts/license-plugin.cjs") as LicensePlugin;

const dist = path.resolve(__dirname, "../../dist");

describe("dist/third-party-licenses.json", () => {
  const file = path.join(dist, "third-party-licenses.json");
  beforeAll(() => {
    if (!existsSync(file)) throw new Error("run `npm run build` first (npm test does)");
  });
  const read = () =>
    JSON.parse(readFileSync(file, "utf8")) as {
      allowedLicenses: string[];
      packages: PackageEntry[];
    };

  it("lists every package with a version and an allowed license", () => {
    const { allowedLicenses, packages } = read();
    expect(allowedLicenses).toEqual(plugin.ALLOWED_LICENSES);
    for (const entry of packages) {
      expect(entry.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(plugin.isAllowed(entry.license)).toBe(true);
      expect(entry.bundles.length).toBeGreaterThan(0);
    }
  });

  it("lists exactly the node_modules packages the bundles' source maps contain", () => {
    // A release ships no source maps: build the same production bundles once more, with maps,
    // into a temporary folder, as independent evidence of what the bundles contain.
    const mapped = mkdtempSync(path.join(os.tmpdir(), "licenses-"));
    const build = spawnSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--devtool",
        "source-map",
      ].concat(["--output-path", mapped]),
      { cwd: path.resolve(__dirname, "../.."), encoding: "utf8" },
    );
    expect(build.status).toBe(0);
    const shipped = new Set<string>();
    // Every script shipped: the two entries and their chunks (sharing.js).
    const bundles = readdirSync(mapped).filter((file) => file.endsWith(".js"));
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "sharing.js"]));
    for (const bundle of bundles) {
      const map = JSON.parse(readFileSync(path.join(mapped, `${bundle}.map`), "utf8")) as {
        sources: string[];
      };
      for (const source of map.sources) {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
        if (match?.[1] !== undefined) shipped.add(match[1]);
      }
    }
    rmSync(mapped, { recursive: true, force: true });
    expect(
      read()
        .packages.map((entry) => entry.name)
        .sort(),
    ).toEqual([...shipped].sort());
  });
});

describe("the plugin's inventory (pure, over a fake module list)", () => {
  const manifests: Record<string, Manifest> = {
    "/app/node_modules/tiny/package.json": { name: "tiny", version: "1.2.3", license: "MIT" },
    "/app/node_modules/tiny/esm/package.json": { type: "module" },
    "/app/node_modules/@scope/dual/package.json": {
      name: "@scope/dual",
      version: "2.0.0",
      license: "(MIT OR GPL-3.0-or-later)",
    },
    "/app/node_modules/old/package.json": {
      name: "old",
      version: "0.1.0",
      licenses: [{ type: "BSD-3-Clause" }],
    },
    "/app/node_modules/engine/package.json": {
      name: "engine",
      version: "3.5.0",
      license: "GPL-3.0-only",
    },
  };
  const readManifest = (file: string) => manifests[file];
  const module = (resource: string, bundles = ["taskpane"]) => ({ resource, bundles });

  it("names each package once with its version, license and bundles; skips our own code", () => {
    const { packages, problems } = plugin.inventory(
      [
        module("/app/src/taskpane/taskpane.ts"),
        module("/app/node_modules/tiny/esm/index.js"),
        module("/app/node_modules/tiny/lib/other.js?query", ["functions"]),
        module("/app/node_modules/@scope/dual/index.js"),
        module("/app/node_modules/old/index.js"),
        { resource: undefined },
      ],
      readManifest,
    );
    expect(problems).toEqual([]);
    expect(packages).toEqual([
      {
        name: "@scope/dual",
        version: "2.0.0",
        license: "(MIT OR GPL-3.0-or-later)",
        bundles: ["taskpane"],
      },
      { name: "old", version: "0.1.0", license: "BSD-3-Clause", bundles: ["taskpane"] },
      { name: "tiny", version: "1.2.3", license: "MIT", bundles: ["functions", "taskpane"] },
    ]);
  });

  it("reports a GPL package and a package it cannot identify, which fail the build", () => {
    const { problems } = plugin.inventory(
      [module("/app/node_modules/engine/dist/engine.js"), module("/app/node_modules/ghost/x.js")],
      readManifest,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^engine@3\.5\.0 is licensed GPL-3\.0-only; allowed: MIT, /),
      "no package.json with a name for /app/node_modules/ghost/x.js",
    ]);
  });

  it.each([
    ["MIT", true],
    ["Apache-2.0", true],
    ["0BSD", true],
    ["GPL-3.0-only", false],
    ["LGPL-2.1", false],
    ["UNLICENSED", false],
    ["(MIT OR Apache-2.0)", true],
    ["(MIT AND GPL-2.0)", false],
    ["UNKNOWN", false],
  ])("isAllowed(%j) = %s", (license, allowed) => {
    expect(plugin.isAllowed(license)).toBe(allowed);
  });
});
