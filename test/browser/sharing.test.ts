/**
 * Sharing in a real browser: the wizard builds the digital sheet with CX functions and its default
 * protection (formulas locked, no password), beside a sheet the user protected with a password;
 * the sharing section finds every cell that depends on the add-in (and goes to one), previews the
 * change without writing and names the user's sheet it leaves alone, survives a failure halfway
 * through the write with every cell and the protection put back and the true counts said, makes
 * the workbook shareable on the second try (the model sheet protected again with the same
 * options), and tags it to open the pane for colleagues. The in-page fake refuses writes to
 * locked cells of a protected sheet, as Excel does.
 * The in-page fake computes no formulas, so HyperFormula does it in node: the sheet's values come
 * from evaluating the original spec, and after the rewrite the fake's final formulas must evaluate
 * to the same values, cell by cell. Which cells use the add-in is decided by a check of this
 * file's own (NAMES_ADDIN), not by the code under test.
 */
import { articleFigures, caseOf } from "../../src/core";
import { buildTemplate, type TemplateSpec } from "../../src/template";
import { evaluateSpec } from "../support/hyperformula";
import { sameShown, shown } from "../sharing/engine";
import { browserSuite, workbookOf, type Session } from "./harness";

jest.setTimeout(90000);

const suite = browserSuite();

/** A formula that names the add-in outside its text constants. */
const NAMES_ADDIN = (formula: string) =>
  /(^|[^\w.])(CX\.|_xldudf_)/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));

interface PageCell {
  formula?: string;
  value?: unknown;
  numberFormat?: string;
}
type PageNotes = { address: string; text: string }[];

/** The wizard's protection, written out here (writerQueue.ts queues it). */
const WIZARD_OPTIONS = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
};
const USER_SHEET = "Budget";
/** What the test reads of a sheet's protection. */
const protectionOf = async (page: Session["page"], name: string) => {
  const sheet = (await workbookOf(page)).sheets[name]!;
  return { protected: sheet.protected, options: sheet.protection, password: sheet.password };
};

interface FakeBook {
  sheets: Record<string, unknown>;
  sheetOrder: string[];
}

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
  const session: Session = await suite.open({ displayLanguage: "en-US" }, "sharing", {
    fakeScripts: ["fakeExcelSharing.js"],
  });
  const { page } = session;

  // The wizard, add-in mode, article example.
  await page.getByRole("radio", { name: "Digital customer service" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  await page.getByRole("radio", { name: "CX add-in functions" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  // The default: the formulas protected, without a password.
  expect(await page.locator("#protect").isChecked()).toBe(true);
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success").waitFor();

  const input = caseOf("digital", articleFigures("digital"));
  const spec = buildTemplate(input, { lang: "en", mode: "addin", horizonMonths: 36 });
  const native = buildTemplate(input, { lang: "en", mode: "native", horizonMonths: 36 });
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
  expect(await protectionOf(page, sheetName)).toEqual({
    protected: true,
    options: WIZARD_OPTIONS,
    password: undefined,
  });
  // A sheet the user protected with a password, with a CX formula of its own.
  await page.evaluate((name) => {
    const fake = (window as unknown as { __fakeWorkbook: FakeBook }).__fakeWorkbook;
    fake.sheets[name] = {
      name,
      cells: {
        A1: { value: 10, format: {} },
        A2: { formula: "=CX.ROI(A1,5)", value: 1, format: {} },
      },
      names: {},
      protected: true,
      protection: { allowInsertRows: true },
      password: "s3cret",
    };
    fake.sheetOrder.push(name);
  }, USER_SHEET);
  const before = (await workbookOf(page)).sheets[sheetName]!.cells as Record<string, PageCell>;
  const addinCells = Object.keys(before).filter((a) => NAMES_ADDIN(before[a]?.formula ?? ""));
  expect(addinCells.length).toBeGreaterThan(5);
  // Formula cells formatted as Text are left alone: a formula written into them becomes text.
  // The template formats no formula cell as Text (design.md), so none is left here.
  const textFormatted = addinCells.filter((a) => before[a]?.numberFormat === "@");
  expect(textFormatted).toEqual([]);
  const rewrite = `Rewrite ${addinCells.length - textFormatted.length} cells`;

  // Check sharing: the count and a button per cell that goes there.
  await page.getByRole("button", { name: "Check sharing" }).click();
  await page.locator("#share-dependent").waitFor();
  expect(await page.locator("#share-dependent").textContent()).toContain(
    `${addinCells.length + 1} cells`,
  );
  expect(await page.locator(".locked.password").textContent()).toContain(
    `${USER_SHEET} (1 cell) is protected with a password`,
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
  expect(await page.locator("#share-status .locked.password").textContent()).toContain(
    "Review > Unprotect Sheet",
  );
  await session.shot("preview");
  expect((await workbookOf(page)).sheets[sheetName]!.cells).toEqual(before);

  // Excel fails on the third cell write: every cell is put back, and the pane says so.
  await page.evaluate(() => {
    (window as unknown as { __fakeSharingFailAfter: number }).__fakeSharingFailAfter = 3;
  });
  await page.getByRole("button", { name: rewrite }).click();
  await page.getByRole("alert").locator("#share-failure").waitFor();
  // The count the message gives is the fake's own: the cells its writes changed before failing.
  const changedAtFailure = await page.evaluate(
    () =>
      (window as unknown as { __fakeSharingChangedAtFailure: string[] })
        .__fakeSharingChangedAtFailure,
  );
  expect(new Set(changedAtFailure).size).toBeGreaterThan(0);
  expect(await page.locator("#share-failure").textContent()).toContain(
    `after ${new Set(changedAtFailure).size} cells had changed, and all of them were put back`,
  );
  expect(await protectionOf(page, sheetName)).toEqual({
    protected: true,
    options: WIZARD_OPTIONS,
    password: undefined,
  });
  await session.shot("failed");
  const formulasOf = (cells: Record<string, PageCell>) =>
    Object.fromEntries(Object.entries(cells).map(([a, c]) => [a, c.formula]));
  const afterFailure = (await workbookOf(page)).sheets[sheetName]!.cells as Record<
    string,
    PageCell
  >;
  expect(formulasOf(afterFailure)).toEqual(formulasOf(before));

  // Running again finishes the job.
  await page.getByRole("button", { name: "Make shareable…" }).click();
  await page.getByRole("button", { name: rewrite }).click();
  await page.locator("#share-report").waitFor();
  expect(await page.locator("#share-reprotected").textContent()).toContain(sheetName);
  await session.shot("done");
  // The model sheet protected again with the same options; the user's sheet untouched.
  expect(await protectionOf(page, sheetName)).toEqual({
    protected: true,
    options: WIZARD_OPTIONS,
    password: undefined,
  });
  const userSheet = (await workbookOf(page)).sheets[USER_SHEET]!;
  expect([userSheet.cells.A2?.formula, await protectionOf(page, USER_SHEET)]).toEqual([
    "=CX.ROI(A1,5)",
    { protected: true, options: { allowInsertRows: true }, password: "s3cret" },
  ]);

  // No formula names the add-in but those left alone; every cell that keeps a value has a note.
  const after = (await workbookOf(page)).sheets[sheetName]!;
  const cells = after.cells as Record<string, PageCell>;
  for (const [address, cell] of Object.entries(cells))
    expect([address, NAMES_ADDIN(cell.formula ?? "")]).toEqual([
      address,
      textFormatted.includes(address),
    ]);
  if (textFormatted.length > 0) await page.locator("#share-remaining").waitFor();
  const kept = addinCells.filter((address) => cells[address]?.formula === undefined);
  const notes = ((after as unknown as { notes?: PageNotes }).notes ?? []).map((n) => n.address);
  expect(notes.sort()).toEqual(kept.sort());

  // make shareable(add-in sheet) = native sheet, cell for cell.
  for (const cell of native.cells.filter((c) => c.formula !== undefined))
    expect([cell.address, cells[cell.address]?.formula]).toEqual([cell.address, cell.formula]);

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
});
