/**
 * What Office needs of the manifest beyond its schema (schema.test.ts checks the structure):
 * each check returns a list of problems, for a manifest served from `origin`, so the same checks
 * hold for manifest.xml (https://localhost:3000) and a release build's dist/manifest.xml.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { langFromLocale } from "../../src/i18n/language";
import { dig, kid, kids, walk, type El } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
/** The Dutch locales Office may report; the pane treats every nl-* as Dutch (language.ts). */
export const DUTCH_LOCALES = ["nl-NL", "nl-BE"];
/** What the build writes to dist/; every manifest URL must name one of these. */
export const DIST_FILES = [
  "taskpane.html",
  "help.html",
  "functions.js",
  "taskpane.js",
  "functions.json",
  "functions-nl.json",
  ...[16, 32, 64, 80].map((n) => `assets/icon-${n}.png`),
];
export const REQUIRED_SETS = {
  ExcelApi: "1.8",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
};

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
interface Resource {
  kind: ResourceKind;
  value: string;
  overrides: Record<string, string>;
}
export type Check = (doc: El, origin: string) => string[];

function overridesOf(el: El | undefined, tag: string): Record<string, string> {
  return Object.fromEntries(kids(el, tag).map((o) => [o.attrs.Locale ?? "", o.attrs.Value ?? ""]));
}

function resources(doc: El): Map<string, Resource> {
  const map = new Map<string, Resource>();
  for (const group of dig(doc, "VersionOverrides", "Resources")?.children ?? []) {
    for (const item of group.children) {
      map.set(item.attrs.id ?? "", {
        kind: group.name as ResourceKind,
        value: item.attrs.DefaultValue ?? "",
        overrides: overridesOf(item, "bt:Override"),
      });
    }
  }
  return map;
}

/** Problems unless `el`'s resid names a resource of `kind` whose value is `expected`. */
function refProblems(
  doc: El,
  el: El | undefined,
  kind: ResourceKind,
  label: string,
  expected?: string,
) {
  const resid = el?.attrs.resid;
  const r = resources(doc).get(resid ?? "");
  if (!r) return [`${label}: resid ${resid} is not defined`];
  if (r.kind !== kind) return [`${label}: resid ${resid} is in ${r.kind}, expected ${kind}`];
  return expected === undefined || r.value === expected
    ? []
    : [`${label} is ${r.value}, expected ${expected}`];
}

const workbookHost = (doc: El) =>
  kids(dig(doc, "VersionOverrides", "Hosts"), "Host").find(
    (h) => h.attrs["xsi:type"] === "Workbook",
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

function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function iconProblems(url: string | undefined, size: number, origin: string, label: string) {
  const file = (url ?? "").startsWith(`${origin}/assets/`)
    ? (url ?? "").slice(origin.length + 1)
    : "";
  if (!file || !existsSync(path.join(ROOT, file)))
    return [`${label}: ${url} is not an icon in assets/`];
  const dims = pngSize(path.join(ROOT, file));
  return dims?.width === size && dims.height === size
    ? []
    : [`${label}: ${file} is not ${size}x${size}`];
}

/** Everything that must read Dutch in Dutch Office, with its overrides by locale. */
function localized(doc: El): { label: string; overrides: Record<string, string> }[] {
  const base = ["DisplayName", "Description", "SupportUrl"].map((name) => ({
    label: name,
    overrides: overridesOf(kid(doc, name), "Override"),
  }));
  const res = [...resources(doc)]
    // Every string is shown to people; a URL needs Dutch only where it has a language at all.
    .filter(([, r]) => r.kind.endsWith("Strings") || Object.keys(r.overrides).length > 0)
    .map(([id, r]) => ({ label: id, overrides: r.overrides }));
  return [...base, ...res];
}

export const CHECKS: Record<string, Check> = {
  "is a task pane add-in with a fixed lowercase GUID and its names": (doc) => {
    const problems: string[] = [];
    if (doc.attrs["xsi:type"] !== "TaskPaneApp") problems.push("root is not a TaskPaneApp");
    if (kid(doc, "Id")?.text !== "dbdf2b97-b41e-40fa-99e8-b9d15816f587")
      problems.push("Id changed");
    if (kid(doc, "ProviderName")?.text !== "Service ROI") problems.push("ProviderName");
    if (kid(doc, "DefaultLocale")?.text !== "en-US") problems.push("DefaultLocale is not en-US");
    return problems;
  },

  "requires the Excel, shared-runtime and custom-functions sets the product uses": (
    doc,
    origin,
  ) => {
    const problems: string[] = [];
    const hosts = kids(kid(doc, "Hosts"), "Host").map((h) => h.attrs.Name);
    if (hosts.join() !== "Workbook") problems.push(`Hosts are ${hosts.join()}`);
    const sets = kids(dig(doc, "Requirements", "Sets"), "Set");
    const declared: Record<string, string | undefined> = Object.fromEntries(
      sets.map((s) => [s.attrs.Name ?? "", s.attrs.MinVersion]),
    );
    if (JSON.stringify(declared) !== JSON.stringify(REQUIRED_SETS))
      problems.push(`sets are ${JSON.stringify(declared)}`);
    if (kid(doc, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions");
    const source = dig(doc, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
    if (source !== `${origin}/taskpane.html`) problems.push(`DefaultSettings points at ${source}`);
    return problems;
  },

  "shares one long-lived runtime between the pane and the functions": (doc, origin) => {
    const runtimes = kids(kid(workbookHost(doc), "Runtimes"), "Runtime");
    if (runtimes.length !== 1 || runtimes[0]?.attrs.lifetime !== "long")
      return ["expected one Runtime with lifetime=long"];
    return refProblems(doc, runtimes[0], "bt:Urls", "Runtime", `${origin}/taskpane.html`);
  },

  "declares the CX custom functions with Dutch metadata, in the shared page": (doc, origin) => {
    const ep = kids(dig(workbookHost(doc), "AllFormFactors"), "ExtensionPoint")[0];
    const loc = (name: string) => dig(ep, name, "SourceLocation");
    const metadata = resources(doc).get(loc("Metadata")?.attrs.resid ?? "");
    return [
      ...refProblems(doc, loc("Script"), "bt:Urls", "Script", `${origin}/functions.js`),
      ...refProblems(doc, loc("Page"), "bt:Urls", "Page", `${origin}/taskpane.html`),
      ...refProblems(doc, loc("Metadata"), "bt:Urls", "Metadata", `${origin}/functions.json`),
      ...DUTCH_LOCALES.filter((l) => metadata?.overrides[l] !== `${origin}/functions-nl.json`).map(
        (l) => `${l} metadata is not functions-nl.json`,
      ),
      ...refProblems(doc, kid(ep, "Namespace"), "bt:ShortStrings", "Namespace", "CX"),
    ];
  },

  "has a Home tab button that opens the auto-show task pane": (doc, origin) => {
    const button = homeButton(doc);
    const action = kid(button, "Action");
    return [
      ...(button ? [] : ["no Button in a Group on OfficeTab TabHome"]),
      ...(kid(action, "TaskpaneId")?.text === "Office.AutoShowTaskpaneWithDocument"
        ? []
        : ["TaskpaneId is not Office.AutoShowTaskpaneWithDocument"]),
      ...refProblems(
        doc,
        kid(action, "SourceLocation"),
        "bt:Urls",
        "Action",
        `${origin}/taskpane.html`,
      ),
      ...refProblems(doc, kid(button, "Label"), "bt:ShortStrings", "Button label", "Service ROI"),
    ];
  },

  "resolves every resid to a defined resource": (doc) =>
    walk(doc)
      .filter((e) => e.attrs.resid !== undefined && !resources(doc).has(e.attrs.resid))
      .map((e) => `<${e.name} resid="${e.attrs.resid}"> is not defined in Resources`),

  "points every URL at a file the build produces, over https at the origin": (doc, origin) =>
    walk(doc)
      .flatMap((el) => Object.entries(el.attrs).filter(([name]) => !name.startsWith("xmlns")))
      .map(([, value]) => value)
      .filter((value) => /^[a-z]+:\/\//i.test(value))
      .filter(
        (url) =>
          !url.startsWith(`${origin}/`) ||
          !DIST_FILES.includes(url.slice(origin.length + 1).replace(/#.*$/, "")),
      )
      .map((url) => `${url} is not a file of dist/ at ${origin}`),

  "links support and 'learn more' to the help page, in Dutch at its Dutch half": (doc, origin) => {
    const support = kid(doc, "SupportUrl");
    const learnMore = dig(workbookHost(doc), "DesktopFormFactor", "GetStarted", "LearnMoreUrl");
    const learnMoreUrl = resources(doc).get(learnMore?.attrs.resid ?? "");
    return [
      ...(support?.attrs.DefaultValue === `${origin}/help.html`
        ? []
        : ["SupportUrl is not help.html"]),
      ...(learnMoreUrl?.value === `${origin}/help.html` ? [] : ["LearnMoreUrl is not help.html"]),
      ...DUTCH_LOCALES.filter(
        (l) =>
          overridesOf(support, "Override")[l] !== `${origin}/help.html#nl` ||
          learnMoreUrl?.overrides[l] !== `${origin}/help.html#nl`,
      ).map((l) => `${l} help link is not help.html#nl`),
    ];
  },

  "gives every Dutch locale the pane speaks the same Dutch override": (doc) =>
    localized(doc).flatMap(({ label, overrides }) => {
      const problems = DUTCH_LOCALES.filter(
        (l) => !overrides[l] || overrides[l] !== overrides["nl-NL"],
      ).map((l) => `${label} has no ${l} override equal to nl-NL`);
      for (const locale of Object.keys(overrides)) {
        if (langFromLocale(locale) === "nl" && !DUTCH_LOCALES.includes(locale))
          problems.push(`${label}: ${locale} is Dutch to the pane but not in DUTCH_LOCALES`);
      }
      return problems;
    }),

  "uses 32 and 64 px icons for the add-in, and the button sizes it names": (doc, origin) => [
    ...iconProblems(kid(doc, "IconUrl")?.attrs.DefaultValue, 32, origin, "IconUrl"),
    ...iconProblems(
      kid(doc, "HighResolutionIconUrl")?.attrs.DefaultValue,
      64,
      origin,
      "HighResolutionIconUrl",
    ),
    ...walk(doc)
      .filter((e) => e.name === "bt:Image" && e.attrs.size)
      .flatMap((image) =>
        iconProblems(
          resources(doc).get(image.attrs.resid ?? "")?.value,
          Number(image.attrs.size),
          origin,
          `image ${image.attrs.resid}`,
        ),
      ),
  ],
};
