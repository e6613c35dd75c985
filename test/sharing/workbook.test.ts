/**
 * "Make shareable" on a fake workbook with several sheets: the preview counts what will change,
 * nothing is written before confirmation, afterwards no formula calls the add-in, other formulas
 * are untouched, kept values carry a note, and the number of requests does not grow with the
 * workbook (each request's payload well under Excel on the web's 5 MB).
 */
import { planSharing } from "../../src/taskpane/sharing/plan";
import {
  applyPlan,
  readSheets,
  selectCell,
  type Capabilities,
} from "../../src/taskpane/sharing/workbook";
import { VERDICTS } from "../../src/i18n/results";
import { FakeWorkbook, type Sheets } from "./fakeWorkbook";

const FULL: Capabilities = { notes: "notes", spill: true };
const noteText = () => "kept value";

function workbook(): FakeWorkbook {
  const sheets: Sheets = {
    Model: {
      B1: { value: 100 },
      C1: { value: 50 },
      A1: { formula: "=CX.ROI(B1:B3,C1:C3)", value: 1 },
      A2: { formula: "=SUM(B1:B3)", value: 100 },
      A3: { formula: "=ROUND(CX.ROI(B1:B3,C1:C3),2)*100", value: 100 },
      A4: { formula: '=IFNA(CX.PAYBACK_MONTHS(B1,C1,0),"never")', value: 2 },
      A5: { formula: '="CX.ROI(" & "text"', value: "CX.ROI(text" },
    },
    Cash: {
      A1: { formula: "=CX.CASHFLOW(100,50,0,2)", value: "Month", type: "String" },
      B1: { value: "Benefit", type: "String" },
      A2: { value: 0 },
      B2: { value: 0 },
      A3: { value: 1 },
      B3: { value: 50 },
      A4: { value: 2 },
      B4: { value: 50 },
      D1: { formula: "=CX.AFTER_HOURS_SHARE(F1:AC7)", value: "#DIV/0!", type: "Error" },
    },
    Verdict: {
      A1: { formula: "=CX.WORTH_IT(B1,C1,D1)", value: VERDICTS.nl.notYet, type: "String" },
      B1: { value: 100 },
      C1: { value: 0.2 },
    },
    Empty: {},
  };
  const fake = new FakeWorkbook(sheets);
  fake.spills.set("Cash!A1", "A1:B4");
  return fake;
}

describe("make shareable", () => {
  test("the preview counts cells per sheet and calls per function, and writes nothing", async () => {
    const fake = workbook();
    const before = JSON.stringify(fake.sheets);
    const plan = planSharing(await readSheets(fake.run), "en");
    expect(plan.sheets).toEqual([
      { sheet: "Model", native: 3, values: 0, calls: { "CX.ROI": 2, "CX.PAYBACK_MONTHS": 1 } },
      {
        sheet: "Cash",
        native: 0,
        values: 2,
        calls: { "CX.CASHFLOW": 1, "CX.AFTER_HOURS_SHARE": 1 },
      },
      { sheet: "Verdict", native: 1, values: 0, calls: { "CX.WORTH_IT": 1 } },
    ]);
    expect([plan.native, plan.values]).toEqual([4, 2]);
    expect(JSON.stringify(fake.sheets)).toBe(before);
    expect(fake.syncs).toBe(2);
  });

  test("afterwards no formula calls the add-in; others are untouched; kept values have notes", async () => {
    const fake = workbook();
    const plan = planSharing(await readSheets(fake.run), "en");
    const report = await applyPlan(fake.run, plan, { capabilities: FULL, noteText });
    expect(report).toEqual({ native: 4, values: 2, batches: 1, notes: "notes" });
    expect(fake.addinCells()).toEqual([]);
    const { Model, Cash, Verdict } = fake.sheets;
    expect(Model!.A1!.formula).toBe("=(SUM(B1:B3)-SUM(C1:C3))/SUM(C1:C3)");
    expect(Model!.A2!.formula).toBe("=SUM(B1:B3)");
    expect(Model!.A3!.formula).toBe("=ROUND(((SUM(B1:B3)-SUM(C1:C3))/SUM(C1:C3)),2)*100");
    expect(Model!.A5!.formula).toBe('="CX.ROI(" & "text"');
    // The spilled table keeps every value it showed; the error stays an error.
    expect(Cash!.A1).toEqual({ value: "Month" });
    expect(Cash!.B4).toEqual({ value: 50 });
    expect(Cash!.D1!.formula).toBe("=#DIV/0!");
    // The Dutch verdict stays Dutch.
    expect(Verdict!.A1!.formula).toContain(VERDICTS.nl.notYet);
    expect(fake.notes.map((n) => `${n.sheet}!${n.address}`).sort()).toEqual(["Cash!A1", "Cash!D1"]);
    expect(planSharing(await readSheets(fake.run), "en").changes).toEqual([]);
  });

  test("threaded comments where notes are missing (ExcelApi 1.10), nothing where neither is", async () => {
    for (const notes of ["comments", "none"] as const) {
      const fake = workbook();
      const plan = planSharing(await readSheets(fake.run), "en");
      const report = await applyPlan(fake.run, plan, {
        capabilities: { notes, spill: true },
        noteText,
      });
      expect(report.notes).toBe(notes);
      expect(fake.notes).toHaveLength(notes === "none" ? 0 : 2);
    }
  });

  function large(cells: number): FakeWorkbook {
    const sheets: Sheets = { One: {}, Two: {}, Three: {} };
    for (let i = 1; i <= cells; i++) {
      const sheet = sheets[["One", "Two", "Three"][i % 3]!]!;
      sheet[`A${i}`] = { value: i };
      sheet[`B${i}`] = { formula: `=CX.ROI(A${i},A${i}/2)`, value: 1 };
      sheet[`C${i}`] = { formula: `=CX.AFTER_HOURS_SHARE(D${i}:AA${i + 6})`, value: 0.25 };
    }
    return new FakeWorkbook(sheets);
  }

  test.each([10, 1000])(
    "%i cells of each kind: the same number of requests, each under 5 MB",
    async (n) => {
      const fake = large(n);
      const plan = planSharing(await readSheets(fake.run), "en");
      const progress: string[] = [];
      await applyPlan(fake.run, plan, {
        capabilities: FULL,
        noteText,
        onProgress: (done, total) => progress.push(`${done}/${total}`),
      });
      // 2 reads, 1 spill measurement, 1 write batch, 1 notes.
      expect(fake.syncs).toBe(5);
      expect(Math.max(...fake.payloads)).toBeLessThan(5 * 1024 * 1024);
      expect(progress).toEqual(["0/1", "1/1"]);
      expect(fake.addinCells()).toEqual([]);
    },
  );

  test("a small byte budget splits the writes into batches that each stay within it", async () => {
    const fake = large(1000);
    const plan = planSharing(await readSheets(fake.run), "en");
    const report = await applyPlan(fake.run, plan, {
      capabilities: FULL,
      noteText,
      budgetBytes: 20_000,
    });
    const writes = fake.payloads.slice(3, 3 + report.batches);
    expect(report.batches).toBeGreaterThan(5);
    expect(Math.max(...writes)).toBeLessThanOrEqual(20_000);
    expect(fake.syncs).toBe(2 + 1 + report.batches + 1);
  });

  test("go to a cell selects it on its sheet", async () => {
    const fake = workbook();
    await selectCell(fake.run, "Cash", "D1");
    expect(fake.selected).toEqual(["Cash!D1"]);
  });
});
