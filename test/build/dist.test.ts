/**
 * The production build, as Excel would load it: `npm test` builds dist/ before jest runs.
 * functions.json must match the catalog, every id in it must be registered by the built script,
 * and functions-nl.json must carry a Dutch name for each id.
 */
import { readFileSync, existsSync } from "fs";
import path from "path";
import { CATALOG, FUNCTION_IDS, type FunctionId } from "../../src/catalog";
import { loadFunctionsBundle } from "../support/functionsBundle";

const dist = path.resolve(__dirname, "../../dist");

interface MetadataParam {
  name: string;
  description: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParam[];
  result: { type?: string; dimensionality?: string };
}

function readMetadata(file: string): MetadataFunction[] {
  return (
    JSON.parse(readFileSync(path.join(dist, file), "utf8")) as { functions: MetadataFunction[] }
  ).functions;
}

beforeAll(() => {
  if (!existsSync(path.join(dist, "functions.json"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
  }
});

describe("dist/functions.json (generated from the JSDoc)", () => {
  it("lists exactly the catalog's ids, in the catalog's order", () => {
    expect(readMetadata("functions.json").map((fn) => fn.id)).toEqual(FUNCTION_IDS);
  });

  it.each(FUNCTION_IDS)(
    "%s has the catalog's parameters, optional where a default exists",
    (id) => {
      const fn = readMetadata("functions.json").find((entry) => entry.id === id)!;
      const params = CATALOG[id].params;
      expect(fn.name).toBe(id);
      expect(fn.description.length).toBeGreaterThan(20);
      expect(fn.parameters.map((p) => p.name)).toEqual(params.map((p) => p.name));
      fn.parameters.forEach((param, i) => {
        const spec = params[i]!;
        expect(Boolean(param.optional)).toBe("default" in spec && spec.default !== undefined);
        // Amounts, blocks and raw value lists take ranges; single values take one cell.
        const takesRange =
          spec.kind === "amount" || spec.kind === "cells" || spec.kind === "values";
        expect(param.dimensionality === "matrix").toBe(takesRange);
        expect(param.description.length).toBeGreaterThan(10);
      });
    },
  );

  it("CASHFLOW spills a table, CONTACT_GRID a numeric grid; WORTH_IT returns text; the others return numbers", () => {
    const results = Object.fromEntries(
      readMetadata("functions.json").map((fn) => [fn.id, fn.result]),
    );
    expect(results.CASHFLOW).toEqual({ dimensionality: "matrix" });
    expect(results.CONTACT_GRID).toEqual({ dimensionality: "matrix", type: "number" });
    expect(results.WORTH_IT).toEqual({ type: "string" });
    const single = FUNCTION_IDS.filter(
      (id) => !["CASHFLOW", "CONTACT_GRID", "WORTH_IT"].includes(id),
    );
    for (const id of single) {
      expect(results[id]).toEqual({ type: "number" });
    }
  });
});

describe("dist/functions-nl.json (generated at build time)", () => {
  it("has the same ids and parameters, each with a Dutch name and description", () => {
    const english = readMetadata("functions.json");
    const dutch = readMetadata("functions-nl.json");
    expect(dutch.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    dutch.forEach((fn, i) => {
      const en = english[i]!;
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(fn.description).not.toBe(en.description);
      expect(fn.parameters).toHaveLength(en.parameters.length);
      fn.parameters.forEach((param, j) => {
        expect(param.description).not.toBe(en.parameters[j]!.description);
        expect(param.type).toBe(en.parameters[j]!.type);
        expect(param.optional).toBe(en.parameters[j]!.optional);
      });
    });
  });

  it("gives every function a distinct Dutch name, and renames those with English words", () => {
    const names = readMetadata("functions-nl.json").map((fn) => fn.name);
    expect(new Set(names).size).toBe(names.length);
    const byId = Object.fromEntries(
      readMetadata("functions-nl.json").map((fn) => [fn.id, fn.name]),
    );
    expect(byId.PAYBACK_MONTHS).toBe("TERUGVERDIENTIJD_MAANDEN");
    expect(byId.HIDDEN_COSTS).toBe("VERBORGEN_KOSTEN");
  });
});

describe("dist/functions.js registers every function", () => {
  // Run as Excel loads it, with an English display language (test/support/functionsBundle.ts).
  const loadBundle = () => loadFunctionsBundle(() => "en-US").registered;

  it("associates exactly the ids in functions.json", () => {
    const registered = loadBundle();
    expect([...registered.keys()].sort()).toEqual(
      readMetadata("functions.json")
        .map((fn) => fn.id)
        .sort(),
    );
  });

  it.each<[FunctionId, unknown[], unknown]>([
    ["ROI", [[[200000]], [[100000]]], 1],
    ["PAYBACK_MONTHS", [[[100000]], [[120000]], 0], 100000 / 120000],
    ["HIDDEN_COSTS", [[[100000]], null, null, null, null], 40000],
  ])("the built %s computes the catalog's result", (id, args, expected) => {
    const fn = loadBundle().get(id)!;
    expect(fn(...args)).toBeCloseTo(expected as number, 9);
  });

  it("the built script reports a bad argument as a CustomFunctions.Error with a message", () => {
    const roi = loadBundle().get("ROI")!;
    expect(() => roi([["abc"]], [[1]])).toThrow(
      "benefits must be a number (not text, not TRUE/FALSE).",
    );
  });
});

describe("dist/ holds the site Excel loads", () => {
  it.each([
    "taskpane.html",
    "help.html",
    "functions.js",
    "taskpane.js",
    "sharing.js",
    "manifest.xml",
    "assets/icon-32.png",
    "assets/icon-64.png",
  ])("%s", (file) => {
    expect(existsSync(path.join(dist, file))).toBe(true);
  });

  it("taskpane.html hosts both scripts (shared runtime) and loads office.js from Microsoft's CDN", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/src="?functions\.js"?[ >]/);
    expect(html).toMatch(/src="?taskpane\.js"?[ >]/);
  });

  it("targets ES2020 without IE11 polyfills", () => {
    const bundle = readFileSync(path.join(dist, "functions.js"), "utf8");
    expect(bundle).not.toMatch(/core-js|regeneratorRuntime/);
    expect(bundle).toMatch(/=>/);
  });
});
