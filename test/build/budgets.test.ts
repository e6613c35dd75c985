/**
 * Budgets (bench/budgets.json): the production bundles stay within their gzip budgets, and the
 * real model sheet is written with the budgeted number of syncs and a request far below Excel on
 * the web's 5 MB at any horizon. Sizes only: time never fails a test (`npm run bench` shows it).
 * That the sync count and the number of range writes do not grow with the horizon, for any spec,
 * is test/taskpane/writer.test.ts ("the number of syncs and writes does not grow with the spec").
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { exampleCase, type TemplateKind } from "../../src/core";
import { requestSizeEstimate, writeTemplate } from "../../src/taskpane/writer";
import { buildTemplate, type FormulaMode } from "../../src/template";
import { BUDGETS, DIST, EXCEL_WEB_REQUEST_LIMIT, bundleSizes } from "../../bench/budgets";
import { FakeExcel } from "../support/fakeExcel";

beforeAll(() => {
  if (!existsSync(path.join(DIST, "functions.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
  }
});

describe("bundle budgets (gzip, zlib level 9; office.js is not bundled)", () => {
  it.each(bundleSizes())("$bundle: $gzipBytes bytes gzip ≤ $budgetGzipBytes", (size) => {
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThanOrEqual(size.budgetGzipBytes);
  });
});

describe("writer budgets on the real template", () => {
  const kinds: TemplateKind[] = ["digital", "reachability"];
  const modes: FormulaMode[] = ["native", "addin"];
  const specOf = (kind: TemplateKind, mode: FormulaMode, horizonMonths: number) =>
    buildTemplate(exampleCase(kind), { lang: "nl", mode, horizonMonths });

  it.each(kinds)("%s: 12 and 120 months take the same, budgeted, number of syncs", async (kind) => {
    const counts = [];
    for (const months of [12, 120]) {
      const fake = new FakeExcel({});
      expect(await writeTemplate(specOf(kind, "native", months), fake.run)).toMatchObject({
        ok: true,
      });
      counts.push(fake.syncCount);
    }
    expect(counts).toEqual([BUDGETS.writer.syncs, BUDGETS.writer.syncs]);
  });

  it.each(kinds.flatMap((kind) => modes.map((mode) => [kind, mode] as const)))(
    "%s, %s formulas, 120 months: the commit request is within budget, an eighth of 5 MB",
    (kind, mode) => {
      expect(BUDGETS.writer.maxRequestBytes).toBeLessThanOrEqual(EXCEL_WEB_REQUEST_LIMIT / 8);
      expect(requestSizeEstimate(specOf(kind, mode, 120))).toBeLessThanOrEqual(
        BUDGETS.writer.maxRequestBytes,
      );
    },
  );
});
