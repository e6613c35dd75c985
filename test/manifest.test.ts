/**
 * Structural checks of manifest.xml, offline. `office-addin-manifest validate` needs a remote
 * service, so these tests encode the rules that matter to us and that Office enforces silently
 * (a manifest in the wrong element order is simply not loaded). Each check returns a list of
 * problems; a mutation table below proves every check can fail.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const MANIFEST_XML = readFileSync(MANIFEST_PATH, "utf8");
const ORIGIN = "https://localhost:3000";
/** What the build writes to dist/; every localhost URL in the manifest must be one of these. */
const DIST_FILES = [
  "taskpane.html",
  "functions.js",
  "taskpane.js",
  "functions.json",
  "functions-nl.json",
  "manifest.xml",
  ...[16, 32, 64, 80, 128].map((n) => `assets/icon-${n}.png`),
];

// ---------------------------------------------------------------------------------------------
// A small, strict XML reader: enough to prove well-formedness and walk the tree in order.

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (!whole.endsWith(";")) throw new Error(`bare '&' in ${where}`);
    if (ref in named) return named[ref] as string;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`unknown entity &${ref}; in ${where}`);
    return String.fromCodePoint(parseInt(num[1] ?? (num[2] as string), num[1] ? 16 : 10));
  });
}

function parseAttrs(source: string, tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "y");
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(source);
    if (!m) throw new Error(`malformed attributes in <${tag}>: ${source.slice(pos, pos + 40)}`);
    const name = m[1] as string;
    if (name in attrs) throw new Error(`duplicate attribute ${name} in <${tag}>`);
    attrs[name] = decode(m[2] ?? m[3] ?? "", `<${tag} ${name}>`);
    pos = re.lastIndex;
  }
  return attrs;
}

function parseXml(xml: string): El {
  const token = new RegExp(
    `<\\?[\\s\\S]*?\\?>|<!--([\\s\\S]*?)-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<!|` +
      `</(${NAME})\\s*>|<(${NAME})((?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>|<|[^<]+`,
    "g",
  );
  const stack: El[] = [];
  let root: El | undefined;
  for (const m of xml.matchAll(token)) {
    const [whole, comment, endName, startName, attrSource, selfClose] = m;
    const top = stack[stack.length - 1];
    if (whole === "<" || whole === "<!") throw new Error(`stray markup at offset ${m.index}`);
    if (comment !== undefined && comment.includes("--")) throw new Error("'--' inside a comment");
    if (whole.startsWith("<?") || comment !== undefined) {
      if (whole.startsWith("<?xml") && m.index !== 0) throw new Error("XML declaration not first");
    } else if (whole.startsWith("<![CDATA[")) {
      if (!top) throw new Error("CDATA outside the root element");
      top.text += whole.slice(9, -3);
    } else if (endName !== undefined) {
      if (!top || top.name !== endName) {
        throw new Error(`</${endName}> does not close <${top?.name ?? "nothing"}>`);
      }
      stack.pop();
    } else if (startName !== undefined) {
      const el: El = {
        name: startName,
        attrs: parseAttrs(attrSource ?? "", startName),
        children: [],
        text: "",
      };
      if (top) top.children.push(el);
      else if (root) throw new Error(`second root element <${startName}>`);
      else root = el;
      if (!selfClose) stack.push(el);
    } else if (top) {
      if (whole.includes("]]>")) throw new Error("']]>' in text");
      top.text += decode(whole, `<${top.name}> text`);
    } else if (/\S/.test(whole)) {
      throw new Error(`text outside the root element: ${whole.trim().slice(0, 40)}`);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.map((e) => e.name).join("> <")}>`);
  if (!root) throw new Error("no root element");
  return root;
}

// ---------------------------------------------------------------------------------------------
// Tree helpers

const kids = (el: El | undefined, name: string): El[] =>
  el ? el.children.filter((c) => c.name === name) : [];
const kid = (el: El | undefined, name: string): El | undefined => kids(el, name)[0];
const dig = (el: El | undefined, ...names: string[]): El | undefined =>
  names.reduce<El | undefined>((cur, n) => kid(cur, n), el);
const walk = (el: El): El[] => [el, ...el.children.flatMap(walk)];

/** Problems if `el`'s children are not in `order` (unknown names are problems too). */
function orderProblems(el: El | undefined, order: string[], label: string): string[] {
  if (!el) return [`${label} is missing`];
  const ranks = el.children.map((c) => order.indexOf(c.name));
  const problems = el.children
    .filter((_, i) => ranks[i] === -1)
    .map((c) => `${label}: unexpected <${c.name}>`);
  for (let i = 1; i < ranks.length; i++) {
    if ((ranks[i] as number) < (ranks[i - 1] as number)) {
      problems.push(
        `${label}: <${el.children[i]?.name}> must not follow <${el.children[i - 1]?.name}>`,
      );
    }
  }
  return problems;
}

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
interface Resource {
  kind: ResourceKind;
  value: string;
  overrides: Record<string, string>;
}

function resources(doc: El): Map<string, Resource> {
  const map = new Map<string, Resource>();
  const res = dig(doc, "VersionOverrides", "Resources");
  for (const group of res?.children ?? []) {
    for (const item of group.children) {
      const overrides: Record<string, string> = {};
      for (const o of kids(item, "bt:Override"))
        overrides[o.attrs.Locale ?? ""] = o.attrs.Value ?? "";
      map.set(item.attrs.id ?? "", {
        kind: group.name as ResourceKind,
        value: item.attrs.DefaultValue ?? "",
        overrides,
      });
    }
  }
  return map;
}

/** Problems unless `resid` names a resource of `kind`; the resource is passed to `more`. */
function refProblems(
  doc: El,
  el: El | undefined,
  kind: ResourceKind,
  label: string,
  more: (r: Resource) => string[] = () => [],
): string[] {
  const resid = el?.attrs.resid;
  if (!el || !resid) return [`${label}: no resid`];
  const r = resources(doc).get(resid);
  if (!r) return [`${label}: resid ${resid} is not defined`];
  if (r.kind !== kind) return [`${label}: resid ${resid} is in ${r.kind}, expected ${kind}`];
  return more(r);
}

const urlIs = (expected: string, nl?: string) => (r: Resource) => [
  ...(r.value === expected ? [] : [`URL is ${r.value}, expected ${expected}`]),
  ...(nl === undefined || r.overrides["nl-NL"] === nl
    ? []
    : [`nl-NL URL is ${r.overrides["nl-NL"]}, expected ${nl}`]),
];

function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function iconProblems(url: string | undefined, size: number, label: string): string[] {
  const m = /^https:\/\/localhost:3000\/(assets\/icon-\d+\.png)$/.exec(url ?? "");
  if (!m) return [`${label}: ${url} is not ${ORIGIN}/assets/icon-N.png`];
  const file = path.join(ROOT, m[1] as string);
  if (!existsSync(file)) return [`${label}: ${m[1]} does not exist`];
  const dims = pngSize(file);
  if (!dims) return [`${label}: ${m[1]} is not a PNG`];
  return dims.width === size && dims.height === size
    ? []
    : [`${label}: ${m[1]} is ${dims.width}x${dims.height}, expected ${size}x${size}`];
}

// ---------------------------------------------------------------------------------------------
// The checks

const BASE_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];

const workbookHost = (doc: El) =>
  kids(dig(doc, "VersionOverrides", "Hosts"), "Host").find(
    (h) => h.attrs["xsi:type"] === "Workbook",
  );

const customFunctions = (doc: El) =>
  kids(dig(workbookHost(doc), "AllFormFactors"), "ExtensionPoint").find(
    (e) => e.attrs["xsi:type"] === "CustomFunctions",
  );

const homeButton = (doc: El) => {
  const surface = kids(dig(workbookHost(doc), "DesktopFormFactor"), "ExtensionPoint").find(
    (e) => e.attrs["xsi:type"] === "PrimaryCommandSurface",
  );
  const tab = kids(surface, "OfficeTab").find((t) => t.attrs.id === "TabHome");
  return kids(tab, "Group")
    .flatMap((g) => kids(g, "Control"))
    .find((c) => c.attrs["xsi:type"] === "Button");
};

const CHECKS: Record<string, (doc: El) => string[]> = {
  "is a task pane add-in with a fixed lowercase GUID and its names": (doc) => {
    const problems: string[] = [];
    if (doc.name !== "OfficeApp" || doc.attrs["xsi:type"] !== "TaskPaneApp") {
      problems.push("root is not <OfficeApp xsi:type=TaskPaneApp>");
    }
    if (
      !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(
        kid(doc, "Id")?.text ?? "",
      )
    ) {
      problems.push(`Id ${kid(doc, "Id")?.text} is not a lowercase v4 GUID`);
    }
    if (kid(doc, "ProviderName")?.text !== "Service ROI") problems.push("ProviderName");
    if (kid(doc, "DefaultLocale")?.text !== "en-US") problems.push("DefaultLocale is not en-US");
    if (kid(doc, "DisplayName")?.attrs.DefaultValue !== "Service ROI") problems.push("DisplayName");
    return problems;
  },

  "lists top-level elements in schema order": (doc) => orderProblems(doc, BASE_ORDER, "OfficeApp"),

  "targets Workbook with the shared runtime, ReadWriteDocument and the task pane page": (doc) => {
    const problems: string[] = [];
    const hosts = kids(kid(doc, "Hosts"), "Host").map((h) => h.attrs.Name);
    if (hosts.join() !== "Workbook") problems.push(`Hosts are ${hosts.join()}`);
    const sets = kids(dig(doc, "Requirements", "Sets"), "Set");
    for (const name of ["SharedRuntime", "CustomFunctionsRuntime"]) {
      if (!sets.some((s) => s.attrs.Name === name && s.attrs.MinVersion === "1.1")) {
        problems.push(`requirement set ${name} 1.1 is missing`);
      }
    }
    if (kid(doc, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions");
    const source = dig(doc, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
    if (source !== `${ORIGIN}/taskpane.html`) problems.push(`DefaultSettings points at ${source}`);
    return problems;
  },

  "uses one VersionOverridesV1_0 whose Workbook host starts with a long-lived Runtime": (doc) => {
    const overrides = kids(doc, "VersionOverrides");
    const problems: string[] = [];
    if (overrides.length !== 1 || overrides[0]?.attrs["xsi:type"] !== "VersionOverridesV1_0") {
      problems.push("expected exactly one VersionOverridesV1_0");
    }
    if (
      overrides[0]?.attrs.xmlns !==
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides"
    ) {
      problems.push("VersionOverrides xmlns is not the task pane namespace");
    }
    const host = workbookHost(doc);
    problems.push(
      ...orderProblems(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"], "Host"),
    );
    if (host?.children[0]?.name !== "Runtimes")
      problems.push("Runtimes is not the first child of Host");
    const runtimes = kids(kid(host, "Runtimes"), "Runtime");
    if (runtimes.length !== 1 || runtimes[0]?.attrs.lifetime !== "long") {
      problems.push("expected one Runtime with lifetime=long");
    }
    problems.push(
      ...refProblems(doc, runtimes[0], "bt:Urls", "Runtime", urlIs(`${ORIGIN}/taskpane.html`)),
    );
    return problems;
  },

  "declares the CX custom functions with localized metadata, in the shared page": (doc) => {
    const ep = customFunctions(doc);
    if (!ep) return ["no CustomFunctions ExtensionPoint under AllFormFactors"];
    const loc = (name: string) => dig(ep, name, "SourceLocation");
    return [
      ...orderProblems(ep, ["Script", "Page", "Metadata", "Namespace"], "CustomFunctions"),
      ...refProblems(doc, loc("Script"), "bt:Urls", "Script", urlIs(`${ORIGIN}/functions.js`)),
      ...refProblems(doc, loc("Page"), "bt:Urls", "Page", urlIs(`${ORIGIN}/taskpane.html`)),
      ...refProblems(
        doc,
        loc("Metadata"),
        "bt:Urls",
        "Metadata",
        urlIs(`${ORIGIN}/functions.json`, `${ORIGIN}/functions-nl.json`),
      ),
      ...refProblems(doc, kid(ep, "Namespace"), "bt:ShortStrings", "Namespace", (r) =>
        r.value === "CX" && r.overrides["nl-NL"] === "CX"
          ? []
          : ["Namespace is not CX in en and nl"],
      ),
    ];
  },

  "has a Home tab button that opens the auto-show task pane": (doc) => {
    const desktop = dig(workbookHost(doc), "DesktopFormFactor");
    const problems = orderProblems(
      desktop,
      ["GetStarted", "FunctionFile", "ExtensionPoint"],
      "DesktopFormFactor",
    );
    problems.push(
      ...refProblems(
        doc,
        kid(desktop, "FunctionFile"),
        "bt:Urls",
        "FunctionFile",
        urlIs(`${ORIGIN}/taskpane.html`),
      ),
    );
    const button = homeButton(doc);
    if (!button) return [...problems, "no Button in a Group on OfficeTab TabHome"];
    problems.push(
      ...orderProblems(button, ["Label", "Supertip", "Icon", "Action"], "Button"),
      ...refProblems(doc, kid(button, "Label"), "bt:ShortStrings", "Button label", (r) =>
        r.value === "Service ROI" && r.overrides["nl-NL"] === "Service ROI"
          ? []
          : ["label is not Service ROI"],
      ),
      ...refProblems(doc, dig(button, "Supertip", "Title"), "bt:ShortStrings", "Supertip title"),
      ...refProblems(
        doc,
        dig(button, "Supertip", "Description"),
        "bt:LongStrings",
        "Supertip text",
      ),
    );
    const action = kid(button, "Action");
    if (action?.attrs["xsi:type"] !== "ShowTaskpane")
      problems.push("button Action is not ShowTaskpane");
    problems.push(...orderProblems(action, ["TaskpaneId", "SourceLocation", "Title"], "Action"));
    if (kid(action, "TaskpaneId")?.text !== "Office.AutoShowTaskpaneWithDocument") {
      problems.push("TaskpaneId is not Office.AutoShowTaskpaneWithDocument");
    }
    problems.push(
      ...refProblems(
        doc,
        kid(action, "SourceLocation"),
        "bt:Urls",
        "Action",
        urlIs(`${ORIGIN}/taskpane.html`),
      ),
    );
    return problems;
  },

  "resolves every resid to a resource of the right kind": (doc) => {
    const problems: string[] = [];
    const res = resources(doc);
    problems.push(
      ...orderProblems(
        dig(doc, "VersionOverrides", "Resources"),
        ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
        "Resources",
      ),
    );
    for (const el of walk(doc).filter((e) => e.attrs.resid !== undefined)) {
      const id = el.attrs.resid as string;
      if (id.length > 32) problems.push(`resid ${id} is longer than 32 characters`);
      if (!res.has(id)) problems.push(`<${el.name} resid="${id}"> is not defined in Resources`);
    }
    return problems;
  },

  "uses https for every URL": (doc) => {
    const values = walk(doc).flatMap((el) => [
      el.text.trim(),
      ...Object.entries(el.attrs)
        .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
        .map(([, v]) => v),
    ]);
    return values
      .filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith("https://"))
      .map((v) => `not https: ${v}`);
  },

  "points every localhost URL at a file the build produces": (doc) => {
    const urls = walk(doc)
      .flatMap((el) => Object.values(el.attrs))
      .filter((v) => v.startsWith(ORIGIN));
    return urls
      .filter((u) => !DIST_FILES.includes(u.slice(ORIGIN.length + 1)))
      .map((u) => `${u} is not in dist/`);
  },

  "has a Dutch override for every display string": (doc) => {
    const problems: string[] = [];
    for (const name of ["DisplayName", "Description"]) {
      const nl = kids(kid(doc, name), "Override").find((o) => o.attrs.Locale === "nl-NL");
      if (!nl?.attrs.Value) problems.push(`${name} has no nl-NL Override`);
    }
    for (const [id, r] of resources(doc)) {
      if (r.kind !== "bt:ShortStrings" && r.kind !== "bt:LongStrings") continue;
      const limit = r.kind === "bt:ShortStrings" ? 125 : 250;
      if (!r.overrides["nl-NL"]) problems.push(`${id} has no nl-NL override`);
      for (const text of [r.value, ...Object.values(r.overrides)]) {
        if (text.length > limit) problems.push(`${id} is longer than ${limit} characters`);
      }
    }
    return problems;
  },

  "references icons that exist in assets/ at the stated pixel size": (doc) => {
    const res = resources(doc);
    const problems = [
      ...iconProblems(kid(doc, "IconUrl")?.attrs.DefaultValue, 64, "IconUrl"),
      ...iconProblems(
        kid(doc, "HighResolutionIconUrl")?.attrs.DefaultValue,
        128,
        "HighResolutionIconUrl",
      ),
    ];
    for (const image of walk(doc).filter((e) => e.name === "bt:Image" && e.attrs.size)) {
      const r = res.get(image.attrs.resid ?? "");
      problems.push(
        ...iconProblems(r?.value, Number(image.attrs.size), `image ${image.attrs.resid}`),
      );
    }
    if (!walk(doc).some((e) => e.name === "bt:Image" && e.attrs.size))
      problems.push("no button icons");
    return problems;
  },
};

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  const doc = parseXml(MANIFEST_XML);

  test.each(Object.keys(CHECKS))("%s", (name) => {
    expect((CHECKS[name] as (d: El) => string[])(doc)).toEqual([]);
  });

  test("office-addin-manifest info reads it and prints its name and id", () => {
    const bin = path.join(ROOT, "node_modules", ".bin", "office-addin-manifest");
    const result = spawnSync(bin, ["info", MANIFEST_PATH], {
      cwd: ROOT,
      encoding: "utf8",
      shell: process.platform === "win32",
    });
    // Compared as one object so a failure shows the tool's own output.
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
    expect(result.stdout).toContain("Name: Service ROI");
    expect(result.stdout).toContain(`Id: ${kid(doc, "Id")?.text}`);
  });
});

describe("the checks catch a broken manifest", () => {
  const swap = (from: string, to: string) => (xml: string) => {
    if (!xml.includes(from)) throw new Error(`mutation target not found: ${from}`);
    return xml.replace(from, to);
  };
  const runtimes = /\s*<Runtimes>[\s\S]*?<\/Runtimes>/;
  const MUTATIONS: [string, (xml: string) => string, string][] = [
    [
      "Runtimes moved after AllFormFactors",
      (x) =>
        x
          .replace(runtimes, "")
          .replace(
            "</AllFormFactors>",
            '</AllFormFactors><Runtimes><Runtime resid="Taskpane.Url" lifetime="long" /></Runtimes>',
          ),
      "uses one VersionOverridesV1_0 whose Workbook host starts with a long-lived Runtime",
    ],
    [
      "short-lived runtime",
      swap('lifetime="long"', 'lifetime="short"'),
      "uses one VersionOverridesV1_0 whose Workbook host starts with a long-lived Runtime",
    ],
    [
      "Permissions before Requirements",
      (x) =>
        x
          .replace("  <Permissions>ReadWriteDocument</Permissions>\n", "")
          .replace("<Requirements>", "<Permissions>ReadWriteDocument</Permissions><Requirements>"),
      "lists top-level elements in schema order",
    ],
    [
      "SharedRuntime 1.0",
      swap('"SharedRuntime" MinVersion="1.1"', '"SharedRuntime" MinVersion="1.0"'),
      "targets Workbook with the shared runtime, ReadWriteDocument and the task pane page",
    ],
    [
      "read-only permission",
      swap(">ReadWriteDocument<", ">ReadDocument<"),
      "targets Workbook with the shared runtime, ReadWriteDocument and the task pane page",
    ],
    [
      "namespace renamed",
      swap('DefaultValue="CX">', 'DefaultValue="ROI">'),
      "declares the CX custom functions with localized metadata, in the shared page",
    ],
    [
      "no Dutch metadata",
      swap('<bt:Override Locale="nl-NL" Value="https://localhost:3000/functions-nl.json" />', ""),
      "declares the CX custom functions with localized metadata, in the shared page",
    ],
    [
      "ordinary TaskpaneId",
      swap("Office.AutoShowTaskpaneWithDocument", "ButtonId1"),
      "has a Home tab button that opens the auto-show task pane",
    ],
    [
      "button on another tab",
      swap('id="TabHome"', 'id="TabData"'),
      "has a Home tab button that opens the auto-show task pane",
    ],
    [
      "undefined resid",
      swap('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />'),
      "resolves every resid to a resource of the right kind",
    ],
    [
      "http URL",
      swap(
        'DefaultValue="https://localhost:3000/functions.js"',
        'DefaultValue="http://localhost:3000/functions.js"',
      ),
      "uses https for every URL",
    ],
    [
      "typo in a built file name",
      swap("/functions.js", "/function.js"),
      "points every localhost URL at a file the build produces",
    ],
    [
      "missing Dutch string",
      swap('<bt:Override Locale="nl-NL" Value="Business case" />', ""),
      "has a Dutch override for every display string",
    ],
    [
      "missing Dutch description",
      swap(
        '<Override Locale="nl-NL" Value="Bouw en deel',
        '<Override Locale="de-DE" Value="Bouw en deel',
      ),
      "has a Dutch override for every display string",
    ],
    [
      "wrong icon size",
      swap(
        '<bt:Image size="32" resid="Icon.32x32" />',
        '<bt:Image size="32" resid="Icon.16x16" />',
      ),
      "references icons that exist in assets/ at the stated pixel size",
    ],
    [
      "missing icon file",
      swap("assets/icon-128.png", "assets/icon-256.png"),
      "references icons that exist in assets/ at the stated pixel size",
    ],
  ];

  test.each(MUTATIONS)("%s", (_, mutate, check) => {
    expect((CHECKS[check] as (d: El) => string[])(parseXml(mutate(MANIFEST_XML)))).not.toEqual([]);
  });

  test.each([
    ["mismatched tag", swap("</Permissions>", "</Permission>")],
    ["unclosed element", swap("</OfficeApp>", "")],
    ["bare ampersand", swap("Service ROI</ProviderName>", "Service & ROI</ProviderName>")],
    ["unquoted attribute", swap('lifetime="long"', "lifetime=long")],
    ["duplicate attribute", swap('lifetime="long"', 'lifetime="long" lifetime="short"')],
    ["second root", (x: string) => `${x}<OfficeApp/>`],
  ])("the XML reader rejects a %s", (_, mutate) => {
    expect(() => parseXml(mutate(MANIFEST_XML))).toThrow();
  });

  test("office-addin-manifest info fails on a malformed manifest", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    try {
      const broken = path.join(dir, "manifest.xml");
      writeFileSync(broken, MANIFEST_XML.replace("</Permissions>", "</Permission>"));
      const bin = path.join(ROOT, "node_modules", ".bin", "office-addin-manifest");
      const result = spawnSync(bin, ["info", broken], {
        encoding: "utf8",
        shell: process.platform === "win32",
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout).not.toContain("Name: Service ROI");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
