/**
 * manifest.xml and the built dist/manifest.xml against what Office needs beyond the schema
 * (checks.ts), offline: `office-addin-manifest validate` needs a remote service. A mutation table
 * proves every check can fail.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHECKS, type Check } from "./checks";
import { parseXml } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const MANIFEST_XML = readFileSync(MANIFEST_PATH, "utf8");
const DIST_MANIFEST = path.join(ROOT, "dist", "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000";
const BIN = path.join(ROOT, "node_modules", ".bin", "office-addin-manifest");

/** The origin a built manifest was made for: where its task pane page lives. */
const originOf = (xml: string) =>
  /<SourceLocation DefaultValue="(.*)\/taskpane\.html"/.exec(xml)?.[1] ?? "";

function info(file: string) {
  return spawnSync(BIN, ["info", file], {
    cwd: ROOT,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
}

describe.each([
  ["manifest.xml", () => MANIFEST_XML],
  ["dist/manifest.xml", () => readFileSync(DIST_MANIFEST, "utf8")],
])("%s", (name, read) => {
  beforeAll(() => {
    if (name.startsWith("dist/") && !existsSync(DIST_MANIFEST))
      throw new Error("run `npm run build` first (npm test does)");
  });

  test.each(Object.keys(CHECKS))("%s", (check) => {
    const xml = read();
    const origin = name === "manifest.xml" ? DEV_ORIGIN : originOf(xml);
    expect((CHECKS[check] as Check)(parseXml(xml), origin)).toEqual([]);
  });
});

test("office-addin-manifest info reads manifest.xml and prints its name and id", () => {
  const result = info(MANIFEST_PATH);
  // Compared as one object so a failure shows the tool's own output.
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  expect(result.stdout).toContain("Name: Service ROI");
  expect(result.stdout).toContain("Id: dbdf2b97-b41e-40fa-99e8-b9d15816f587");
});

describe("the checks catch a broken manifest", () => {
  const swap = (from: string, to: string) => (xml: string) => {
    if (!xml.includes(from)) throw new Error(`mutation target not found: ${from}`);
    return xml.split(from).join(to);
  };
  const MUTATIONS: [string, (xml: string) => string, string][] = [
    [
      "another Id",
      swap("dbdf2b97-", "dbdf2b98-"),
      "is a task pane add-in with a fixed lowercase GUID and its names",
    ],
    [
      "ExcelApi 1.7",
      swap('"ExcelApi" MinVersion="1.8"', '"ExcelApi" MinVersion="1.7"'),
      "requires the Excel, shared-runtime and custom-functions sets the product uses",
    ],
    [
      "CustomFunctionsRuntime 1.1",
      swap(
        '"CustomFunctionsRuntime" MinVersion="1.3"',
        '"CustomFunctionsRuntime" MinVersion="1.1"',
      ),
      "requires the Excel, shared-runtime and custom-functions sets the product uses",
    ],
    [
      "short-lived runtime",
      swap('lifetime="long"', 'lifetime="short"'),
      "shares one long-lived runtime between the pane and the functions",
    ],
    [
      "no Belgian Dutch metadata",
      swap('<bt:Override Locale="nl-BE" Value="https://localhost:3000/functions-nl.json" />', ""),
      "declares the CX custom functions with Dutch metadata, in the shared page",
    ],
    [
      "ordinary TaskpaneId",
      swap("Office.AutoShowTaskpaneWithDocument", "ButtonId1"),
      "has a Home tab button that opens the auto-show task pane",
    ],
    [
      "undefined resid",
      swap('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />'),
      "resolves every resid to a defined resource",
    ],
    [
      "typo in a built file name",
      swap("/functions.js", "/function.js"),
      "points every URL at a file the build produces, over https at the origin",
    ],
    [
      "http URL",
      swap("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"),
      "points every URL at a file the build produces, over https at the origin",
    ],
    [
      "support page back at the pane",
      swap(
        '<SupportUrl DefaultValue="https://localhost:3000/help.html">',
        '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html">',
      ),
      "links support and 'learn more' to the help page, in Dutch at its Dutch half",
    ],
    [
      "a Belgian string missing",
      swap('<bt:Override Locale="nl-BE" Value="Business case" />', ""),
      "gives every Dutch locale the pane speaks the same Dutch override",
    ],
    [
      "a Dutch locale the list does not know",
      swap('Locale="nl-BE" Value="Business case"', 'Locale="nl-SR" Value="Business case"'),
      "gives every Dutch locale the pane speaks the same Dutch override",
    ],
    [
      "a 64 px IconUrl",
      swap(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png" />',
      ),
      "uses 32 and 64 px icons for the add-in, and the button sizes it names",
    ],
  ];

  test.each(MUTATIONS)("%s", (_, mutate, check) => {
    expect((CHECKS[check] as Check)(parseXml(mutate(MANIFEST_XML)), DEV_ORIGIN)).not.toEqual([]);
  });

  test.each([
    ["mismatched tag", swap("</Permissions>", "</Permission>")],
    ["unclosed element", swap("</OfficeApp>", "")],
    ["bare ampersand", swap("Service ROI</ProviderName>", "Service & ROI</ProviderName>")],
    ["unquoted attribute", swap('lifetime="long"', "lifetime=long")],
    ["second root", (x: string) => `${x}<OfficeApp/>`],
  ])("the XML reader rejects a %s", (_, mutate) => {
    expect(() => parseXml(mutate(MANIFEST_XML))).toThrow();
  });

  test("office-addin-manifest info fails on a malformed manifest", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    try {
      const broken = path.join(dir, "manifest.xml");
      writeFileSync(broken, MANIFEST_XML.replace("</Permissions>", "</Permission>"));
      const result = info(broken);
      expect(result.status).not.toBe(0);
      expect(result.stdout).not.toContain("Name: Service ROI");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
