/**
 * The task pane never builds HTML from text: no innerHTML, outerHTML, insertAdjacentHTML,
 * createContextualFragment or document.write anywhere in src/taskpane (dom.ts's `el` is the one
 * way to make elements). And the built page carries the Content-Security-Policy and no inline
 * script (test/browser/hardening.test.ts checks that the browser enforces it).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const TASKPANE = path.resolve(__dirname, "../../src/taskpane");
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)\b|document\s*\.\s*write(ln)?\b/;

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The code without comments, so a comment may name what the code must not do. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("the task pane builds no HTML from text", () => {
  const files = typeScriptFiles(TASKPANE);

  it("scans the task pane's sources", () => {
    expect(files.map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(["dom.ts", "wizard.ts", "writer.ts"]),
    );
  });

  it("no file uses an HTML sink", () => {
    const found = files.flatMap((file) =>
      withoutComments(readFileSync(file, "utf8"))
        .split("\n")
        .flatMap((line, index) =>
          HTML_SINKS.test(line)
            ? [`${path.relative(TASKPANE, file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });

  it("the scan finds a sink where there is one", () => {
    expect(HTML_SINKS.test(withoutComments("node.innerHTML = text;"))).toBe(true);
    expect(HTML_SINKS.test(withoutComments("document.write(text)"))).toBe(true);
    expect(HTML_SINKS.test(withoutComments("// innerHTML is never used"))).toBe(false);
  });
});

describe("dist/taskpane.html (HtmlWebpackPlugin's output)", () => {
  const file = path.resolve(__dirname, "../../dist/taskpane.html");
  beforeAll(() => {
    if (!existsSync(file)) throw new Error("run `npm run build` first (npm test does)");
  });
  const html = () => readFileSync(file, "utf8");

  it("has no inline script and no inline event handler", () => {
    const scripts = [...html().matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const [, attributes = "", body = ""] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe("");
    }
    expect(html()).not.toMatch(/\son[a-z]+=/i);
  });

  it("declares a CSP allowing scripts only from itself and the office.js CDN", () => {
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html());
    const directives = Object.fromEntries(
      (meta?.[1] ?? "").split(";").map((directive) => {
        const [name = "", ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    // The two frames office.js opens itself (test/browser/officejs.test.ts), nothing else.
    expect(directives["frame-src"]).toEqual([
      "https://appsforoffice.microsoft.com",
      "https://telemetryservice.firstpartyapps.oaspapps.com",
    ]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    // The policy comes before the first script, or the browser would not apply it to that script.
    expect(html().indexOf("Content-Security-Policy")).toBeLessThan(html().indexOf("<script"));
  });
});
