/**
 * manifest.xml and the built dist/manifest.xml are valid by Microsoft's own schemas
 * (test/schemas/, vendored with their source; README there). The validator is libxml2's xmllint
 * as WebAssembly (xmllint-wasm), so no system package is needed; where Debian's xmllint is
 * installed it must agree. Broken manifests prove the schema is really applied.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  PATCHES,
  ROOT_SCHEMA,
  compiledSchemas,
  publishedSchemas,
  validateManifest,
} from "../schemas/schemas";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DIST_MANIFEST = path.join(ROOT, "dist", "manifest.xml");

/** Git blob ids at OfficeDev/office-js-docs-pr c8048fa03f052013a298f919ff218b9a3d5c5ad0. */
const PUBLISHED: Record<string, string> = {
  "OfficeAppManifestV1_1.xsd": "2d0a8befb824c4bc6d43d25d1fd8b3e77cf2e488",
  "OfficeAppBasicTypesV1_0.xsd": "bd7d7711bdd0aa368673243e1b980d8ebe3ae4c1",
  "TaskPaneAppVersionOverridesV1_0.xsd": "f3720256847a98cafc9324c944f16fc17f8989c8",
  "MailAppVersionOverridesV1_0.xsd": "816377c190a74b24d5135f791436e1120166e221",
  "MailAppVersionOverridesV1_1.xsd": "b55b123fca1d10daf2c2228cb9972e4f5e0a9a27",
};

const gitBlobId = (text: string) => {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest("hex");
};

test("the vendored schemas are Microsoft's published files, unchanged", () => {
  const ids = Object.fromEntries(
    [...publishedSchemas()].map(([file, text]) => [file, gitBlobId(text)]),
  );
  expect(ids).toEqual(PUBLISHED);
});

test("each documented patch applies exactly once per file it names", () => {
  expect(PATCHES).toHaveLength(4);
  expect(() => compiledSchemas()).not.toThrow();
});

test("the published schemas do not compile without the patches (why they exist)", async () => {
  const { validateXML } = await import("xmllint-wasm");
  const published = [...publishedSchemas()].map(([fileName, contents]) => ({ fileName, contents }));
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: MANIFEST_XML }],
    schema: published.filter((f) => f.fileName === ROOT_SCHEMA),
    preload: published.filter((f) => f.fileName !== ROOT_SCHEMA),
  }).catch((error: unknown) => ({ valid: false, rawOutput: String(error) }));
  expect(result.valid).toBe(false);
});

describe.each([
  ["manifest.xml", () => MANIFEST_XML],
  ["dist/manifest.xml", () => readFileSync(DIST_MANIFEST, "utf8")],
])("%s", (name, read) => {
  test("is valid by the OfficeApp 1.1 and VersionOverrides schemas", async () => {
    if (name.startsWith("dist/") && !existsSync(DIST_MANIFEST))
      throw new Error("run `npm run build` first (npm test does)");
    expect(await validateManifest(read())).toEqual({ valid: true, errors: [] });
  });
});

describe("the schema rejects a broken manifest", () => {
  const swap = (from: string, to: string) => (xml: string) => {
    if (!xml.includes(from)) throw new Error(`mutation target not found: ${from}`);
    return xml.replace(from, to);
  };
  const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/;
  test.each([
    [
      "Permissions before Requirements",
      (x: string) =>
        x
          .replace("  <Permissions>ReadWriteDocument</Permissions>\n", "")
          .replace(
            "  <Requirements>",
            "  <Permissions>ReadWriteDocument</Permissions>\n  <Requirements>",
          ),
    ],
    [
      "Runtimes after AllFormFactors",
      (x: string) =>
        x
          .replace(runtimes, "")
          .replace(
            "</AllFormFactors>",
            '</AllFormFactors><Runtimes><Runtime resid="Taskpane.Url" lifetime="long" /></Runtimes>',
          ),
    ],
    ["an unknown lifetime", swap('lifetime="long"', 'lifetime="forever"')],
    [
      "a resid over 32 characters",
      swap(
        'resid="Taskpane.Url" lifetime',
        'resid="Taskpane.Url.That.Is.Far.Too.Long.For.Office" lifetime',
      ),
    ],
    ["an unknown element", swap("<Permissions>", "<Colour>blue</Colour><Permissions>")],
    ["a version that is no version", swap("<Version>0.1.0.0</Version>", "<Version>one</Version>")],
  ])("%s", async (_, mutate) => {
    const verdict = await validateManifest(mutate(MANIFEST_XML));
    expect(verdict.valid).toBe(false);
    expect(verdict.errors.length).toBeGreaterThan(0);
  });
});

/** Debian's xmllint, when installed (libxml2-utils), on the same patched files. */
const systemXmllint = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(systemXmllint ? test : test.skip)("Debian's xmllint, where installed, agrees", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "schemas-"));
  try {
    for (const file of compiledSchemas())
      writeFileSync(path.join(dir, file.fileName), file.contents);
    const broken = path.join(dir, "broken.xml");
    writeFileSync(broken, MANIFEST_XML.replace('lifetime="long"', 'lifetime="forever"'));
    const run = (file: string) =>
      spawnSync("xmllint", ["--noout", "--schema", path.join(dir, ROOT_SCHEMA), file], {
        encoding: "utf8",
      });
    expect(run(path.join(ROOT, "manifest.xml")).status).toBe(0);
    expect(run(broken).status).not.toBe(0);
    expect((await validateManifest(readFileSync(broken, "utf8"))).valid).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
