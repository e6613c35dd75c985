/**
 * "Make shareable" on a fake workbook with several sheets: the preview counts what will change and
 * writes nothing; afterwards no formula names the add-in, other formulas are untouched, kept
 * values carry a note; text cells and cells formatted as Text never change; and the number of
 * requests does not grow with the workbook, each well under Excel on the web's 5 MB.
 */
import { VERDICTS } from "../../src/i18n/results";
import { planSharing, type SharePlan } from "../../src/catalog/sharing/plan";
import { readWorkbook, type Capabilities } from "../../src/taskpane/sharing/read";
import { makeShareable, rewriteCells, selectCell } from "../../src/taskpane/sharing/workbook";
import { nativeWords, verdictLanguage } from "../../src/i18n/verdictLanguage";
import { FakeWorkbook, type Sheets } from "./fakeWorkbook";

const FULL: Capabilities = { notes: "notes", spill: true, protection: "state" };
const noteText = () => "kept value";
const plan = async (fake: FakeWorkbook): Promise<SharePlan> =>
  planSharing(await readWorkbook(fake.run, "state"), "en", verdictLanguage, nativeWords);

function workbook(): FakeWorkbook {
  const sheets: Sheets = {
    Model: {
      B1: { value: 100 },
      C1: { value: 50 },
      A1: { formula: "=CX.ROI(B1:B3,C1:C3)", value: 1 },
      A2: { formula: "=SUM(B1:B3)", value: 100 },
      A3: { formula: "=ROUND(CX.ROI(B1:B3,C1:C3),2)*100", value: 100 },
      A4: { formula: '=IFNA(CX.PAYBACK_MONTHS(B1,C1,0),"never")', value: 2 },
      A5: { formula: '="CX.ROI(" & "text"', value: "CX.ROI(text", type: "String" },
      A6: { formula: "=CX.ROI('Bob''s data'!B2,'Bob''s data'!C2)", value: 1 },
      A7: { formula: "=CX.ROI(B1#,C1)", value: 1 },
      // Typed as '=CX.ROI(B2,C2): text; Range.formulas drops the apostrophe (office-js#6687).
      A8: { value: "=CX.ROI(B2,C2)", type: "String" },
      A9: { formula: "=CX.ROI(B1,C1)", value: 1, numberFormat: "@" },
    },
    "Bob's data": {
      B2: { value: 10 },
      C2: { value: 5 },
      A1: { formula: "=CX.NET_BENEFIT(B2,C2)", value: 5 },
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
      // A range where one value belongs: the add-in shows #VALUE!, no native form can copy that.
      D1: { formula: "=CX.HIDDEN_COSTS(F1,G1:G3)", value: "#VALUE!", type: "Error" },
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

describe("the preview", () => {
  test("counts cells per sheet and calls per function, lists what it leaves alone, writes nothing", async () => {
    const fake = workbook();
    const before = JSON.stringify(fake.sheets);
    const found = await plan(fake);
    expect(found.sheets).toEqual([
      { sheet: "Model", native: 5, values: 0, calls: { "CX.ROI": 4, "CX.PAYBACK_MONTHS": 1 } },
      { sheet: "Bob's data", native: 1, values: 0, calls: { "CX.NET_BENEFIT": 1 } },
      {
        sheet: "Cash",
        native: 0,
        values: 2,
        calls: { "CX.CASHFLOW": 1, "CX.HIDDEN_COSTS": 1 },
      },
      { sheet: "Verdict", native: 1, values: 0, calls: { "CX.WORTH_IT": 1 } },
    ]);
    expect(found.skipped).toEqual([
      { sheet: "Model", address: "A8", reason: "text-cell" },
      { sheet: "Model", address: "A9", reason: "text-format" },
    ]);
    expect(JSON.stringify(fake.sheets)).toBe(before);
    expect(fake.syncs).toBe(2);
  });
});

describe("make shareable", () => {
  test("afterwards no formula names the add-in; others are untouched; kept values have notes", async () => {
    const fake = workbook();
    const found = await plan(fake);
    const report = await makeShareable(fake.run, found, { capabilities: FULL, noteText });
    expect(report).toEqual({ native: 7, values: 2, batches: 1, notes: "notes", reprotected: [] });
    // Only the two cells that are left alone still show CX: the text cell is text, not a formula.
    expect(fake.addinCells()).toEqual(["Model!A9"]);
    const { Model, Cash, Verdict } = fake.sheets;
    expect(Model!.A1!.formula).toBe("=(SUM(B1:B3)-SUM(C1:C3))/SUM(C1:C3)");
    expect(Model!.A2!.formula).toBe("=SUM(B1:B3)");
    expect(Model!.A3!.formula).toBe("=ROUND((SUM(B1:B3)-SUM(C1:C3))/SUM(C1:C3),2)*100");
    expect(Model!.A5!.formula).toBe('="CX.ROI(" & "text"');
    // Apostrophes in sheet names stay doubled (the tokenizer alone un-doubles them).
    expect(Model!.A6!.formula).toBe("=('Bob''s data'!B2-'Bob''s data'!C2)/'Bob''s data'!C2");
    expect(Model!.A7!.formula).toBe("=(SUM(B1#)-C1)/C1");
    expect(Model!.A8).toEqual({ value: "=CX.ROI(B2,C2)", type: "String" });
    expect(Model!.A9).toEqual({ formula: "=CX.ROI(B1,C1)", value: 1, numberFormat: "@" });
    expect(fake.sheets["Bob's data"]!.A1!.formula).toBe("=B2-C2");
    // The spilled table keeps every value it showed; the error stays an error.
    expect(Cash!.A1).toEqual({ value: "Month", type: "String" });
    expect(Cash!.B4).toEqual({ value: 50 });
    expect(Cash!.D1!.formula).toBe("=#VALUE!");
    // The Dutch verdict stays Dutch.
    expect(Verdict!.A1!.formula).toContain(VERDICTS.nl.notYet);
    expect(fake.notes.map((n) => `${n.sheet}!${n.address}`).sort()).toEqual(["Cash!A1", "Cash!D1"]);
    expect((await plan(fake)).changes).toEqual([]);
  });

  test("threaded comments where notes are missing (ExcelApi 1.10), nothing where neither is", async () => {
    for (const notes of ["comments", "none"] as const) {
      const fake = workbook();
      const found = await plan(fake);
      const report = await makeShareable(fake.run, found, {
        capabilities: { notes, spill: true, protection: "state" },
        noteText,
      });
      expect(report.notes).toBe(notes);
      expect(fake.notes).toHaveLength(notes === "none" ? 0 : 2);
    }
  });

  test("a name that points at one cell counts as one value; a range name does not", async () => {
    const fake = new FakeWorkbook({
      Model: {
        A1: { formula: "=CX.HIDDEN_COSTS(Investment,Rate)", value: 1 },
        A2: { formula: "=CX.HIDDEN_COSTS(Investment,Rates)", value: 1 },
        A3: { formula: "=CX.HIDDEN_COSTS(Investment,Model!Rate)", value: 1 },
      },
    });
    fake.names.workbook.push({ name: "Rates", type: "Range", value: "Model!$C$1:$C$3" });
    fake.names.sheets.Model = [
      { name: "Investment", type: "Range", value: "Model!$B$1" },
      { name: "Rate", type: "Range", value: "Model!$C$1" },
    ];
    const found = await plan(fake);
    expect(found.changes.map((c) => [c.address, c.formula === null ? "kept" : "native"])).toEqual([
      ["A1", "native"],
      ["A2", "kept"],
      ["A3", "native"],
    ]);
    expect(found.changes[0]!.formula).toBe("=Investment*Rate");
  });
});

describe("spilled tables", () => {
  test("a kept table put back after a failure gets its formula, and room to spill again", async () => {
    const fake = workbook();
    const found = await plan(fake);
    fake.failAt(fake.syncs + 2, 3); // after the spill measurement: the write batch
    const failure: unknown = await makeShareable(fake.run, found, {
      capabilities: FULL,
      noteText,
    }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: "WriteFailure", restored: true });
    const { Cash } = fake.sheets;
    expect(Cash!.A1!.formula).toBe("=CX.CASHFLOW(100,50,0,2)");
    // The spilled cells are empty again (in Excel the table spills into them once more).
    expect([Cash!.B1, Cash!.A2, Cash!.B4]).toEqual([undefined, undefined, undefined]);
  });

  test("kept text that looks like a formula, a number or the text prefix stays that text", async () => {
    // What Excel would otherwise make of each: a formula (=, +, -, @), a number, no apostrophe.
    const texts = ["Month", "=x", "-5", "+1", "@a", "'quoted", "123", "- assumption"];
    const cells: Sheets[string] = {
      A1: { formula: "=CX.CASHFLOW(100,50,0,6)", value: texts[0], type: "String" },
    };
    texts.slice(1).forEach((text, i) => (cells[`A${i + 2}`] = { value: text, type: "String" }));
    const fake = new FakeWorkbook({ Cash: cells });
    fake.spills.set("Cash!A1", `A1:A${texts.length}`);
    await makeShareable(fake.run, await plan(fake), { capabilities: FULL, noteText });
    expect(texts.map((_t, i) => fake.sheets.Cash![`A${i + 1}`])).toEqual(
      texts.map((text) => ({ value: text, type: "String" })),
    );
  });

  test("a table that other formulas refer to with # is left alone: they would show #REF!", async () => {
    const fake = workbook();
    fake.sheets.Model!.B9 = { formula: "=SUM(Cash!$A$1#)+CX.ROI(B1,C1)", value: 1 };
    const found = await plan(fake);
    expect(found.skipped).toContainEqual({
      sheet: "Cash",
      address: "A1",
      reason: "spill-referenced",
    });
    expect(found.changes.map((c) => `${c.sheet}!${c.address}`)).not.toContain("Cash!A1");
    expect(found.changes.find((c) => c.address === "B9")?.formula).toBe(
      "=SUM(Cash!$A$1#)+((B1-C1)/C1)",
    );
  });
});

describe("check sharing finds what else needs fixing", () => {
  test("_xldudf_ forms are offered for repair, CX cells stuck on #NAME? for recalculation", async () => {
    const fake = new FakeWorkbook({
      S: {
        A1: { formula: "=_xldudf_CX_ROI(B1,C1)", value: "#NAME?", type: "Error" },
        A2: { formula: "=[2]!_xldudf_CX_NET_BENEFIT(B1,C1)*2", value: "#NAME?", type: "Error" },
        A3: { formula: "=CX.ROI(B1,C1)", value: "#NAME?", type: "Error" },
        A4: { formula: "=CX.HIDDEN_COSTS(B1,C1:C3)", value: "#NAME?", type: "Error" },
        A5: { formula: "=CX.ROI(B1,C1)", value: 1 },
      },
    });
    const found = await plan(fake);
    expect(found.repairs.map((r) => [r.address, r.formula])).toEqual([
      ["A1", "=CX.ROI(B1,C1)"],
      ["A2", "=CX.NET_BENEFIT(B1,C1)*2"],
    ]);
    expect(found.stuck.map((s) => s.address)).toEqual(["A1", "A2", "A3", "A4"]);
    // No native form and nothing but #NAME? to keep: left alone, to be recalculated first.
    expect(found.skipped).toEqual([{ sheet: "S", address: "A4", reason: "name-error" }]);

    await rewriteCells(fake.run, found.repairs, found);
    expect(fake.sheets.S!.A1!.formula).toBe("=CX.ROI(B1,C1)");
    expect(fake.sheets.S!.A2!.formula).toBe("=CX.NET_BENEFIT(B1,C1)*2");
    const syncs = fake.syncs;
    await rewriteCells(fake.run, found.stuck.slice(2), found);
    expect(fake.syncs).toBe(syncs + 1);
    expect(fake.sheets.S!.A3!.formula).toBe("=CX.ROI(B1,C1)");
  });
});

describe("go to a cell", () => {
  test("selects it on its sheet", async () => {
    const fake = workbook();
    await selectCell(fake.run, "Cash", "D1");
    expect(fake.selected).toEqual(["Cash!D1"]);
  });
});

describe("requests and their size", () => {
  /** Every third row of each of three sheets: no two CX cells touch, the worst case for merging. */
  function spread(rows: number): FakeWorkbook {
    const names = ["One", "Two", "Bob's data"];
    const sheets: Sheets = Object.fromEntries(names.map((name) => [name, {}]));
    for (let i = 1; i <= rows; i++) {
      const sheet = sheets[names[i % 3]!]!;
      sheet[`A${i}`] = { value: i };
      sheet[`B${i}`] = { formula: `=CX.ROI(A${i},A${i}/2)`, value: 1 };
      if (i % 10 === 0)
        sheet[`C${i}`] = { formula: `=CX.HIDDEN_COSTS(D${i},E${i}:E${i + 2})`, value: 0.25 };
    }
    return new FakeWorkbook(sheets);
  }

  test.each([
    [10, 1],
    [2000, 1],
    [10000, 5],
  ])(
    "%i rows: two reads, one spill measurement, %i write batches, one for the notes; each well under 5 MB",
    async (rows, batches) => {
      const fake = spread(rows);
      const found = await plan(fake);
      const progress: string[] = [];
      const report = await makeShareable(fake.run, found, {
        capabilities: FULL,
        noteText,
        onProgress: (p) => progress.push(`${p.done}/${p.total}`),
      });
      expect(report.batches).toBe(batches);
      expect(fake.syncs).toBe(2 + 1 + batches + 1);
      expect(Math.max(...fake.payloads)).toBeLessThan(1_000_000);
      expect(progress).toEqual(Array.from({ length: batches + 1 }, (_v, i) => `${i}/${batches}`));
      expect(fake.addinCells()).toEqual([]);
    },
  );

  test("a small byte budget splits the writes into batches that each stay within it", async () => {
    const fake = spread(1000);
    const found = await plan(fake);
    const report = await makeShareable(fake.run, found, {
      capabilities: FULL,
      noteText,
      budgetBytes: 20_000,
    });
    const writes = fake.payloads.slice(3, 3 + report.batches);
    expect(report.batches).toBeGreaterThan(5);
    expect(Math.max(...writes)).toBeLessThanOrEqual(20_000);
    expect(fake.syncs).toBe(2 + 1 + report.batches + 1);
  });

  test("adjacent cells of a column go out as one command", async () => {
    const cells: Sheets[string] = {};
    for (let row = 1; row <= 600; row++)
      cells[`B${row}`] = { formula: `=CX.ROI(A${row},1)`, value: 1 };
    const fake = new FakeWorkbook({ Model: cells });
    const found = await plan(fake);
    await makeShareable(fake.run, found, { capabilities: FULL, noteText });
    // Reads (the sheet list and names; the used range, names and protection), then (no kept
    // values: no spill measurement, no notes) one batch of two runs (500 + 100).
    expect(fake.commands).toEqual([2, 3, 2]);
    expect(fake.sheets.Model!.B600!.formula).toBe("=(A600-1)/1");
  });
});
