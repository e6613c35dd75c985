/**
 * One home per CX function: each id is declared once in src/catalog (parameters with their rules
 * and Dutch names, descriptions in English and Dutch, the native form or why there is none), and
 * everything else about it is derived from that or checked against it here: the JSDoc that
 * generates functions.json, the Dutch metadata, the README table, and what the functions bundle
 * carries.
 */
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { CATALOG, FUNCTION_IDS, type FunctionId } from "../../src/catalog";
import { catalogDocs, formatDefault, paramDescription } from "../../src/catalog/describe";
import { differences, dutchMetadata, type Metadata } from "../../src/catalog/metadata";
import { readmeFunctionTable } from "../../src/catalog/readme";
import { CATALOG_TEXT } from "../../src/catalog/text";
import type { CatalogParam } from "../../src/catalog/types";

const DIST = path.resolve(__dirname, "../../dist");
const read = (file: string) => readFileSync(path.join(DIST, file), "utf8");
const params = (id: FunctionId): readonly CatalogParam[] => CATALOG[id].params;

describe("every function is declared completely, in both languages", () => {
  it.each(FUNCTION_IDS)("%s", (id) => {
    const text = CATALOG_TEXT[id];
    expect(text.nlName).toMatch(/^[A-Z][A-Z0-9_.]*$/);
    expect(text.description.en.length).toBeGreaterThan(20);
    expect(text.description.nl.length).toBeGreaterThan(20);
    expect(text.description.nl).not.toBe(text.description.en);
    for (const param of params(id)) {
      // Excel shows parameter names as typed: letters, digits and underscores.
      expect(param.nl).toMatch(/^[a-z][a-z0-9_]*$/);
      const words = (text.params as Record<string, { en: string; nl: string } | undefined>)[
        param.name
      ];
      expect(words?.en).toEqual(expect.any(String));
      expect(words?.nl).toEqual(expect.any(String));
    }
    expect(typeof text.native === "function" || text.native.none.nl.length > 0).toBe(true);
  });
});

describe("defaults are written once, in the declaration, and shown in both languages", () => {
  const optional = FUNCTION_IDS.flatMap((id) =>
    params(id)
      .filter((param) => param.default !== undefined)
      .map((param) => [`${id}.${param.name}`, id, param] as const),
  );
  it.each(optional)("%s", (_name, id, param) => {
    const en = formatDefault(param, "en") ?? "";
    const nl = formatDefault(param, "nl") ?? "";
    expect(paramDescription(id, param, "en")).toMatch(
      new RegExp(`^Optional, default ${escape(en)}: `),
    );
    expect(paramDescription(id, param, "nl")).toMatch(
      new RegExp(`^Optioneel, standaard ${escape(nl)}: `),
    );
  });
  it("rates read as percentages, logicals in the user's words", () => {
    const rate = params("HIDDEN_COSTS").find((p) => p.name === "hidden_cost_rate")!;
    const logical = params("RISK_ADJUST").find((p) => p.name === "is_cost")!;
    expect([formatDefault(rate, "en"), formatDefault(rate, "nl")]).toEqual(["40%", "40%"]);
    expect([formatDefault(logical, "en"), formatDefault(logical, "nl")]).toEqual([
      "FALSE",
      "ONWAAR",
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("the build's metadata (npm run build)", () => {
  const english = JSON.parse(read("functions.json")) as Metadata;
  const dutch = JSON.parse(read("functions-nl.json")) as Metadata;

  it("functions.json, generated from the JSDoc, says exactly what the catalog says", () => {
    expect(differences(english)).toEqual([]);
    expect(english.functions.map((fn) => fn.id)).toEqual(FUNCTION_IDS);
  });
  it("functions-nl.json is the same metadata with the catalog's Dutch words", () => {
    expect(dutch).toEqual(dutchMetadata(english));
    const docs = catalogDocs("nl");
    expect(dutch.functions.map((fn) => fn.name)).toEqual(docs.map((doc) => doc.name));
  });
  it("the differences check would notice a drifting JSDoc", () => {
    const drifted = {
      ...english,
      functions: english.functions.map((fn) =>
        fn.id === "ROI" ? { ...fn, description: "Something else." } : fn,
      ),
    };
    expect(differences(drifted)).toEqual(["ROI: description differs"]);
  });
  it("the functions bundle carries no descriptions, only what runs in a cell", () => {
    const bundle = read("functions.js");
    for (const id of FUNCTION_IDS) {
      expect(bundle).not.toContain(CATALOG_TEXT[id].description.en.slice(0, 40));
      expect(bundle).not.toContain(CATALOG_TEXT[id].description.nl.slice(0, 40));
    }
    expect(bundle).not.toContain("Optioneel, standaard");
  });
});

describe("the README's function reference is the catalog's", () => {
  const readmePath = path.resolve(__dirname, "../../README.md");
  const tableIn = (text: string) =>
    text.split("<!-- functions:start -->")[1]?.split("<!-- functions:end -->")[0]?.trim();
  it("holds the table generated from the catalog (UPDATE_README=1 rewrites it)", () => {
    const expected = readmeFunctionTable();
    if (process.env.UPDATE_README) {
      // A rewrite is a local chore: in CI it would hide a stale README behind a passing test.
      if (process.env.CI) throw new Error("UPDATE_README=1 is refused in CI: update it locally.");
      const [before, rest] = readFileSync(readmePath, "utf8").split("<!-- functions:start -->");
      const after = rest?.split("<!-- functions:end -->")[1];
      if (before !== undefined && after !== undefined)
        writeFileSync(
          readmePath,
          `${before}<!-- functions:start -->\n${expected}\n<!-- functions:end -->${after}`,
        );
    }
    // Read back, so a rewrite is checked too (and missing markers fail).
    expect(tableIn(readFileSync(readmePath, "utf8"))).toBe(expected);
  });
});

describe("docs/sharing.md's table of native forms is the catalog's", () => {
  const doc = readFileSync(path.resolve(__dirname, "../../docs/sharing.md"), "utf8");
  const section = doc.split("### Native equivalents")[1]?.split("\n### ")[0] ?? "";
  const rows = section.split("\n").filter((line) => /^\| `[A-Z_]+\(/.test(line));
  const idOf = (row: string) => /^\| `([A-Z_]+)\(/.exec(row)?.[1];

  it("lists every function, and only those", () => {
    expect([...new Set(rows.map(idOf))].sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it.each(FUNCTION_IDS)("%s keeps its value exactly when the catalog has no native form", (id) => {
    const keeps = rows.filter((row) => idOf(row) === id).some((row) => row.includes("keeps its"));
    expect(keeps).toBe("none" in CATALOG_TEXT[id].native);
  });
});
