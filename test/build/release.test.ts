/**
 * A release build: `npm run build` with a production origin writes a dist/manifest.xml whose URLs
 * all point there (valid by the schema, and by every manifest check, at that origin), and a
 * production build ships no source maps. The release build runs once here, into a temporary
 * folder, exactly as docs/deploy.md tells an administrator to run it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHECKS } from "../manifest/checks";
import { parseXml } from "../manifest/xml";
import { validateManifest } from "../schemas/schemas";

interface ReleaseOrigin {
  DEV_ORIGIN: string;
  releaseOrigin: (
    envOrigin: string | undefined,
    environment: Record<string, string | undefined>,
  ) => { origin: string; given: boolean };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_ORIGIN, releaseOrigin } = require("../../scripts/release-origin.cjs") as ReleaseOrigin;

const ROOT = path.resolve(__dirname, "../..");
const ORIGIN = "https://addins.contoso.com/service-roi";

describe("the release origin", () => {
  it.each([
    [undefined, {}, { origin: DEV_ORIGIN, given: false }],
    [undefined, { SERVICE_ROI_ORIGIN: `${ORIGIN}/` }, { origin: ORIGIN, given: true }],
    [
      "https://a.example",
      { SERVICE_ROI_ORIGIN: ORIGIN },
      { origin: "https://a.example", given: true },
    ],
  ])("--env origin=%s with %j gives %j", (env, environment, expected) => {
    expect(releaseOrigin(env, environment)).toEqual(expected);
  });

  it.each([
    "http://addins.contoso.com",
    "addins.contoso.com",
    "https://a.example/?x=1",
    "https://a.example/#top",
  ])("refuses %s", (value) => {
    expect(() => releaseOrigin(value, {})).toThrow(/SERVICE_ROI_ORIGIN/);
  });
});

describe("npm run build with SERVICE_ROI_ORIGIN", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "release-"));
  let build: ReturnType<typeof spawnSync>;
  let manifest: string;
  beforeAll(() => {
    build = spawnSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, SERVICE_ROI_ORIGIN: ORIGIN } },
    );
    manifest = existsSync(path.join(out, "manifest.xml"))
      ? readFileSync(path.join(out, "manifest.xml"), "utf8")
      : "";
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("builds and says where the manifest points", () => {
    expect(build.status).toBe(0);
    expect(String(build.stdout)).toContain(`dist/manifest.xml: every URL points at ${ORIGIN}`);
  });

  it("writes a manifest that names no localhost and points every URL at the origin", () => {
    expect(manifest).not.toMatch(/localhost/i);
    // Every URL Office fetches sits in a DefaultValue or Value attribute (namespaces are names).
    const urls = [...manifest.matchAll(/\b(?:Default)?Value="([a-z]+:\/\/[^"]*)"/gi)].map(
      (m) => m[1]!,
    );
    const outside = urls.filter((url) => !url.startsWith(`${ORIGIN}/`));
    expect(outside).toEqual([]);
    expect(urls.filter((url) => url.startsWith(ORIGIN)).length).toBeGreaterThanOrEqual(13);
  });

  it("that manifest is valid by the schema and passes every manifest check at the origin", async () => {
    expect(await validateManifest(manifest)).toEqual({ valid: true, errors: [] });
    for (const [name, check] of Object.entries(CHECKS)) {
      expect([name, check(parseXml(manifest), ORIGIN)]).toEqual([name, []]);
    }
  });

  it("ships no source maps", () => {
    expect(readdirSync(out).filter((file) => file.endsWith(".map"))).toEqual([]);
  });
});

describe("npm run build without an origin", () => {
  it("keeps dist/manifest.xml on localhost for development, and ships no source maps", () => {
    const dist = path.join(ROOT, "dist");
    if (!existsSync(path.join(dist, "manifest.xml"))) throw new Error("run `npm run build` first");
    expect(readFileSync(path.join(dist, "manifest.xml"), "utf8")).toContain(
      `${DEV_ORIGIN}/taskpane.html`,
    );
    expect(readdirSync(dist).filter((file) => file.endsWith(".map"))).toEqual([]);
  });

  it("development builds keep their source maps (webpack.config.js)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js") as (
      env: object,
      argv: { mode: string },
    ) => { devtool: string | false };
    expect(config({}, { mode: "development" }).devtool).toBe("source-map");
    expect(config({}, { mode: "production" }).devtool).toBe(false);
  });
});
