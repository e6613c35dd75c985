/**
 * Sharing in a real browser: the wizard builds the digital sheet with CX functions, the sharing
 * section finds every cell that depends on the add-in (and goes to one), previews the change
 * without writing, makes the workbook shareable, and tags it to open the pane for colleagues.
 * The in-page fake computes no formulas, so HyperFormula does it in node: the sheet's values come
 * from evaluating the original spec, and after the rewrite the fake's final formulas must evaluate
 * to the same values, cell by cell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { exampleFigures, scenarioInputs } from "../../src/core";
import { buildTemplate, type TemplateSpec } from "../../src/template";
import { addinCalls, parseFormula } from "../../src/taskpane/sharing/formula";
import { planSharing, topLeft, columnLetters } from "../../src/taskpane/sharing/plan";
import { evaluateSpec } from "../support/hyperformula";
import { sameShown, shown } from "../sharing/engine";
import {
  OFFICE_JS,
  launch,
  openPane,
  serveDist,
  workbookOf,
  type Server,
  type Session,
} from "./harness";

jest.setTimeout(90000);

const FAKE = ["fakeExcel.js", "fakeOffice.js", "fakeExcelSharing.js"]
  .map((file) => readFileSync(path.join(__dirname, file), "utf8"))
  .join("\n");

let server: Server;
let browser: Browser;
let session: Session | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(), launch()]);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
  server?.close();
});

interface PageCell {
  formula?: string;
  value?: unknown;
}
type PageNotes = { address: string; text: string }[];

function specCells(spec: TemplateSpec, cells: Record<string, PageCell>): TemplateSpec {
  return {
    ...spec,
    cells: Object.entries(cells)
      .filter(([, cell]) => cell.formula !== undefined || cell.value !== undefined)
      .map(([address, cell]) =>
        cell.formula !== undefined
          ? { address, formula: cell.formula }
          : { address, value: cell.value as string | number | boolean },
      ),
  };
}

test("a sheet built with CX functions becomes shareable with the same values", async () => {
  session = await openPane(browser, server, { displayLanguage: "en-US" }, "sharing");
  const { page } = session;
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE }),
  );
  await page.reload();

  // The wizard, add-in mode, article example.
  await page.getByRole("radio", { name: "Digital customer service" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  await page.getByRole("radio", { name: "CX add-in functions" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success").waitFor();

  const figures = scenarioInputs("digital", "article", exampleFigures("digital"));
  const spec = buildTemplate("digital", figures, { lang: "en", mode: "addin", horizonMonths: 36 });
  const sheetName = spec.sheetName;

  // What Excel would show: HyperFormula's values, put into the fake's formula cells.
  const original = evaluateSpec(spec);
  const shownValues: Record<string, unknown> = {};
  for (const cell of spec.cells) {
    if (cell.formula === undefined) continue;
    const value = shown(original.value(cell.address));
    shownValues[cell.address] = value === null ? "" : value;
  }
  await page.evaluate(
    ([name, values]) => {
      const cells = (
        window as unknown as {
          __fakeWorkbook: {
            sheets: Record<string, { cells: Record<string, { value?: unknown }> }>;
          };
        }
      ).__fakeWorkbook.sheets[name]!.cells;
      for (const [address, value] of Object.entries(values)) cells[address]!.value = value;
    },
    [sheetName, shownValues] as const,
  );
  const before = (await workbookOf(page)).sheets[sheetName]!.cells as Record<string, PageCell>;
  const addinCells = Object.keys(before).filter(
    (a) => before[a]?.formula && addinCalls(parseFormula(before[a].formula)).length > 0,
  );
  expect(addinCells.length).toBeGreaterThan(5);

  // Check sharing: the count and a button per cell that goes there.
  await page.getByRole("button", { name: "Check sharing" }).click();
  await page.locator("#share-dependent").waitFor();
  expect(await page.locator("#share-dependent").textContent()).toContain(
    `${addinCells.length} cells`,
  );
  const first = `${sheetName}!${addinCells[0]!}`;
  await page.getByRole("button", { name: `Go to ${first}` }).click();
  await page.waitForFunction(
    (cell) => (window as unknown as { __fakeSelections: string[] }).__fakeSelections.includes(cell),
    first,
  );
  await session.shot("check");

  // Preview: nothing written.
  await page.getByRole("button", { name: "Make shareable…" }).click();
  await page.locator("#share-preview").waitFor();
  await session.shot("preview");
  expect((await workbookOf(page)).sheets[sheetName]!.cells).toEqual(before);
  await page.getByRole("button", { name: `Rewrite ${addinCells.length} cells` }).click();
  await page.locator("#share-report").waitFor();
  await session.shot("done");

  // No CX formula left; each cell holds what src/taskpane/sharing produces.
  const after = (await workbookOf(page)).sheets[sheetName]!;
  const cells = after.cells as Record<string, PageCell>;
  for (const [address, cell] of Object.entries(cells)) {
    if (cell.formula)
      expect([address, addinCalls(parseFormula(cell.formula))]).toEqual([address, []]);
  }
  const grid = Object.keys(before).map(topLeft);
  const [rows, cols] = [
    Math.max(...grid.map((p) => p.row)),
    Math.max(...grid.map((p) => p.column)),
  ];
  const read = (pick: (cell: PageCell | undefined) => unknown) =>
    Array.from({ length: rows }, (_r, r) =>
      Array.from({ length: cols }, (_c, c) => pick(before[`${columnLetters(c + 1)}${r + 1}`])),
    );
  const plan = planSharing(
    [
      {
        name: sheetName,
        address: `A1:${columnLetters(cols)}${rows}`,
        formulas: read((c) => c?.formula ?? c?.value ?? ""),
        values: read((c) => c?.value ?? ""),
        valueTypes: read((c) => (typeof c?.value === "number" ? "Double" : "String")) as string[][],
      },
    ],
    "en",
  );
  expect(plan.changes.map((c) => c.address).sort()).toEqual([...addinCells].sort());
  for (const change of plan.changes) {
    if (change.formula !== null) expect(cells[change.address]?.formula).toBe(change.formula);
    else expect(cells[change.address]?.value).toEqual(change.value);
  }
  const notes = ((after as unknown as { notes?: PageNotes }).notes ?? []).map((n) => n.address);
  expect(notes.sort()).toEqual(
    plan.changes
      .filter((c) => c.formula === null)
      .map((c) => c.address)
      .sort(),
  );

  // Same values, computed by HyperFormula from the final formulas.
  const rewritten = evaluateSpec(specCells(spec, cells));
  for (const cell of spec.cells) {
    if (cell.formula === undefined) continue;
    const [was, now] = [original.value(cell.address), rewritten.value(cell.address)];
    expect([
      cell.address,
      sameShown(now, was) ? "same" : `${String(shown(was))} → ${String(shown(now))}`,
    ]).toEqual([cell.address, "same"]);
  }
  original.destroy();
  rewritten.destroy();

  // Open for colleagues.
  await page.getByLabel("Open this pane for colleagues who have the add-in").check();
  await page.locator("#share-autoshow-status", { hasText: "Saved" }).waitFor();
  const settings = await page.evaluate(
    () =>
      (window as unknown as { __fakeSettings: { values: Record<string, unknown>; saves: number } })
        .__fakeSettings,
  );
  expect(settings.values["Office.AutoShowTaskpaneWithDocument"]).toBe(true);
  expect(settings.saves).toBe(1);
  expect(session.errors).toEqual([]);
});
