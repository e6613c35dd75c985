import type { CellSpec, TemplateSpec } from "../../src/template/spec";
import {
  freeSheetName,
  requestSizeEstimate,
  writeTemplate,
  type ExcelRunner,
} from "../../src/taskpane/writer";
import { FakeExcel } from "../support/fakeExcel";

const HEADER_ROW = 14;
const COLUMNS = ["Month", "Benefit", "Cost", "Net", "Cumulative net"];

/** A model sheet like buildTemplate's, by hand: inputs, results and a table of months 0..months. */
function makeSpec(months: number, sheetName = "Service ROI"): TemplateSpec {
  const first = HEADER_ROW + 1;
  const last = first + months;
  const cells: CellSpec[] = [
    { address: "A1", value: "Digital customer service", style: "title" },
    { address: "A2", value: "Example from the article", style: "subtitle" },
    { address: "A3", value: "Scenario", style: "label" },
    { address: "B3", value: "expected", style: "scenario" },
    { address: "A5", value: "Investment", style: "label" },
    { address: "B5", value: 100000, numberFormat: "#,##0", style: "input" },
    { address: "C5", value: "EUR", style: "unit" },
    { address: "D5", value: "- assumption", style: "note" },
    { address: "A6", value: "Monthly benefit", style: "label" },
    { address: "B6", value: 16666.67, numberFormat: "#,##0", style: "input" },
    { address: "A7", value: "Ramp-up months", style: "label" },
    { address: "B7", value: 3, numberFormat: "0", style: "input" },
    { address: "A10", value: "ROI", style: "label" },
    { address: "B10", formula: "=(B6*12-B5)/B5", numberFormat: "0.0%", style: "result" },
    { address: "A11", value: "Payback months", style: "label" },
    { address: "B11", formula: "=B5/B6", numberFormat: "0.0", style: "result" },
    ...COLUMNS.map((column, i): CellSpec => ({
      address: `${"ABCDE"[i]}${HEADER_ROW}`,
      value: column,
      style: "tableHeader",
    })),
  ];
  for (let month = 0; month <= months; month++) {
    const r = first + month;
    const amount = { numberFormat: "#,##0", style: "calc" } as const;
    cells.push(
      { address: `A${r}`, value: month, style: "calc" },
      { address: `B${r}`, formula: `=IF(A${r}=0,0,$B$6*MIN(1,A${r}/$B$7))`, ...amount },
      { address: `C${r}`, formula: month === 0 ? "=$B$5" : "=0", ...amount },
      { address: `D${r}`, formula: `=B${r}-C${r}`, ...amount },
      { address: `E${r}`, formula: month === 0 ? `=D${r}` : `=E${r - 1}+D${r}`, ...amount },
    );
  }
  return {
    kind: "digital",
    lang: "en",
    mode: "native",
    horizonMonths: months,
    sheetName,
    columnWidths: [28, 14, 10, 40, 14],
    cells,
    names: [
      { name: "Scenario", address: "B3", comment: "Active scenario" },
      { name: "Investment", address: "B5", comment: "One-off investment" },
      { name: "MonthlyBenefit", address: "B6", comment: "Full monthly benefit" },
      { name: "RampUpMonths", address: "B7", comment: "Months to full benefit" },
    ],
    validations: [
      {
        range: "B3",
        rule: { type: "list", source: "conservative,expected,optimistic" },
        errorMessage: "Pick a scenario",
        prompt: "Scenario",
      },
      {
        range: "B5:B6",
        rule: { type: "decimal", min: 0, max: 10_000_000 },
        errorMessage: "0 to 10,000,000",
        prompt: "An amount",
      },
      {
        range: "B7",
        rule: { type: "whole", min: 0, max: 24 },
        errorMessage: "0 to 24 months",
        prompt: "Months",
      },
    ],
    table: { name: "CashFlow", range: `A${HEADER_ROW}:E${last}`, columns: COLUMNS },
    charts: [
      {
        type: "line",
        title: "Cumulative net cash flow",
        categories: `A${first}:A${last}`,
        series: [{ name: "Cumulative net", values: `E${first}:E${last}` }],
        anchor: "G14",
        width: 480,
        height: 280,
      },
      {
        type: "bar",
        title: "Net per month",
        categories: `A${first}:A${last}`,
        series: [
          { name: "Benefit", values: `B${first}:B${last}` },
          { name: "Cost", values: `C${first}:C${last}` },
        ],
        anchor: "G34",
        width: 480,
        height: 280,
      },
    ],
    resultCells: { roi: "B10", paybackMonths: "B11" },
    figures: { roi: 1, paybackMonths: 6 },
    scenarioCell: "B3",
    horizonCell: "B7",
    editable: ["B3", "B5", "B6", "B7"],
    print: {
      area: `A1:E${last}`,
      titleRows: "$1:$3",
      breakAfterRows: [11],
      header: "Service ROI business case",
      footer: "Printed &D",
    },
    freezeRows: 3,
  };
}

const ALL = { pageLayout: true, protection: true } as const;

const existingSheets = () => ({
  "Service ROI": { A1: "my own numbers", B2: 42 },
  Data: { A1: "=SUM(1,2)" },
});

function appliedCount(fake: FakeExcel, op: string): number {
  return fake.applied.filter((command) => command.op === op).length;
}

describe("writeTemplate replays a spec onto a new sheet", () => {
  const spec = makeSpec(12);
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = new FakeExcel({});
    expect(await writeTemplate(spec, fake.run, { features: ALL, protect: true })).toEqual({
      ok: true,
      sheetName: "Service ROI",
      syncs: 2,
      skipped: [],
    });
    expect(fake.syncCount).toBe(2);
  });
  const sheet = () => fake.sheet("Service ROI");

  it("writes every constant and formula, and text that looks like a formula as text", () => {
    for (const cell of spec.cells) {
      const expected = cell.address === "D5" ? "'- assumption" : (cell.formula ?? cell.value);
      expect([cell.address, sheet().cells.get(cell.address)?.content]).toEqual([
        cell.address,
        expected,
      ]);
    }
  });

  it("writes number formats and styles, input cells yellow with a full border", () => {
    for (const cell of spec.cells.filter((c) => c.numberFormat !== undefined)) {
      expect(sheet().cells.get(cell.address)?.numberFormat).toBe(cell.numberFormat);
    }
    // The look as designed (commit e33ba78), written out here rather than read from the writer:
    // light yellow "type here" fill with a dark-gold thin outline.
    for (const address of ["B5", "B6", "B7", "B3"]) {
      const cell = sheet().cells.get(address);
      expect(cell?.fill).toBe("#FFF4CE");
      for (const side of ["top", "bottom", "left", "right"] as const) {
        expect(cell?.borders[side]).toMatchObject({ style: "Continuous", color: "#BF9000" });
      }
    }
    expect(sheet().cells.get("A1")?.font).toMatchObject({ bold: true, size: 16 });
    expect(sheet().cells.get("A5")?.fill).toBeUndefined();
  });

  it("adds sheet-scoped names, validations, the table and the chart", () => {
    expect(Object.fromEntries(sheet().names)).toEqual(
      Object.fromEntries(
        spec.names.map((n) => [n.name, { address: n.address, comment: n.comment }]),
      ),
    );
    expect(sheet().validations.get("B5:B6")).toEqual({
      rule: { decimal: { formula1: 0, formula2: 10_000_000, operator: "Between" } },
      errorAlert: {
        message: "0 to 10,000,000",
        showAlert: true,
        style: "Stop",
        title: "Service ROI",
      },
      prompt: { message: "An amount", showPrompt: true, title: "Service ROI" },
    });
    expect(sheet().validations.get("B7")?.rule).toEqual({
      wholeNumber: { formula1: 0, formula2: 24, operator: "Between" },
    });
    expect(sheet().validations.get("B3")?.rule).toEqual({
      list: { inCellDropDown: true, source: "conservative,expected,optimistic" },
    });
    expect(fake.tables).toEqual([
      {
        sheet: "Service ROI",
        name: "CashFlow",
        range: "A14:E27",
        hasHeaders: true,
        style: "TableStyleLight9",
      },
    ]);
    expect(sheet().charts).toEqual([
      expect.objectContaining({
        type: "Line",
        series: [{ setValues: ["E15:E27"], setXAxisValues: ["A15:A27"], name: "Cumulative net" }],
        title: { text: "Cumulative net cash flow" },
        legend: { visible: false },
        setPosition: ["G14"],
        width: 480,
        height: 280,
      }),
      expect.objectContaining({
        type: "BarClustered",
        series: [
          { setValues: ["B15:B27"], setXAxisValues: ["A15:A27"], name: "Benefit" },
          { name: "Cost", setValues: ["C15:C27"], setXAxisValues: ["A15:A27"] },
        ],
        legend: { visible: true },
      }),
    ]);
  });

  it("adds the names before any formula, so no workbook name can capture them", () => {
    const ops = fake.applied.map((command) => command.op);
    const lastName = ops.lastIndexOf("NamedItemCollection.add");
    expect(lastName).toBeGreaterThan(0);
    expect(ops.indexOf("Range.formulas")).toBeGreaterThan(lastName);
  });

  it("writes numbers as numbers (a horizon typed as text would compare wrongly)", () => {
    expect(sheet().cells.get("B7")?.content).toBe(3);
  });

  it("sets up printing: landscape, a page wide, print area, title rows, header, footer, break", () => {
    expect(sheet().pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      setPrintArea: ["A1:E27"],
      setPrintTitleRows: ["$1:$3"],
      "defaultForAllPages.centerHeader": "Service ROI business case",
      "defaultForAllPages.centerFooter": "Printed &D",
    });
    expect(sheet().pageBreaks).toEqual(["A12"]);
  });

  it("protects the sheet without a password, the user's cells unlocked", () => {
    expect(sheet().protection).toEqual({
      protect: [
        { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true },
      ],
    });
    for (const address of ["B3", "B5", "B6", "B7"])
      expect(sheet().cells.get(address)?.locked).toBe(false);
    expect(sheet().cells.get("B10")?.locked).toBeUndefined();
    const ops = fake.applied.map((command) => command.op);
    expect(ops.indexOf("WorksheetProtection.protect")).toBeGreaterThan(
      ops.lastIndexOf("Range.formulas"),
    );
  });

  it("sets column widths, freezes the top rows and activates the new sheet", () => {
    expect(Object.fromEntries(sheet().columnWidths)).toEqual({ A: 28, B: 14, C: 10, D: 40, E: 14 });
    expect(sheet().freezePanes).toEqual({ freezeRows: [3] });
    expect(fake.activeSheet).toBe("Service ROI");
  });
});

describe("editable blocks (the 24/7 sheet's contact-log grid) under protection", () => {
  it("unlocks every cell of a block given as one A1 range, beside single cells", async () => {
    const fake = new FakeExcel({});
    const spec = { ...makeSpec(12), editable: ["B3", "B5", "B6", "B7", "H20:J22"] };
    expect(await writeTemplate(spec, fake.run, { features: ALL, protect: true })).toMatchObject({
      ok: true,
    });
    const locked = (address: string) => fake.sheet("Service ROI").cells.get(address)?.locked;
    for (const address of ["B5", "H20", "I21", "J22", "H22"]) expect(locked(address)).toBe(false);
    expect(locked("K22")).toBeUndefined();
  });
});

describe("a host without page layout or protection still gets its sheet, and is told", () => {
  it("skips what the host lacks and says so", async () => {
    const fake = new FakeExcel({});
    const result = await writeTemplate(makeSpec(12), fake.run, {
      features: { pageLayout: false, protection: false },
      protect: true,
    });
    expect(result).toEqual({
      ok: true,
      sheetName: "Service ROI",
      syncs: 2,
      skipped: ["pageLayout", "protection"],
    });
    expect(fake.sheet("Service ROI").pageLayout).toEqual({});
    expect(fake.sheet("Service ROI").protection).toEqual({});
  });
  it("does not report protection as skipped when the user did not ask for it", async () => {
    const result = await writeTemplate(makeSpec(12), new FakeExcel({}).run, {
      features: { pageLayout: true, protection: false },
      protect: false,
    });
    expect(result).toMatchObject({ ok: true, skipped: [] });
  });
});

describe("CX formulas in non-English Excel (office-js#6614)", () => {
  const addin = (): TemplateSpec => ({
    ...makeSpec(3),
    mode: "addin",
    cells: [...makeSpec(3).cells, { address: "B12", formula: "=CX.ROI(B6*12,B5)" }],
  });
  it("falls back to formulasLocal with the localized text when Range.formulas is refused", async () => {
    const fake = new FakeExcel({});
    fake.failOn("Range.formulas");
    const result = await writeTemplate(addin(), fake.run, {
      localize: (formula) => formula.replace("CX.ROI", "CX.ROI").replace(/,/g, ";"),
    });
    // Two syncs that fail on Range.formulas, two to remove the half-written sheet, two that work.
    expect(result).toMatchObject({ ok: true, sheetName: "Service ROI", syncs: 6 });
    expect(fake.syncCount).toBe(6);
    const cell = fake.sheet("Service ROI").cells.get("B12");
    expect(cell).toMatchObject({ content: "=CX.ROI(B6*12;B5)", local: true });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Service ROI"]);
  });
  it("does not retry a native sheet, and never without a localizer", async () => {
    for (const [spec, options] of [
      [makeSpec(3), { localize: (f: string) => f }],
      [addin(), {}],
    ] as const) {
      const fake = new FakeExcel({});
      fake.failOn("Range.formulas");
      expect(await writeTemplate(spec, fake.run, options)).toMatchObject({ ok: false });
      expect(fake.sheets).toEqual([]);
    }
  });
});

describe("the number of syncs and writes does not grow with the spec", () => {
  it.each([12, 36, 120])("%i months: as many syncs and range writes as 1 month", async (months) => {
    const small = new FakeExcel({});
    const large = new FakeExcel({});
    await writeTemplate(makeSpec(1), small.run);
    const result = await writeTemplate(makeSpec(months), large.run);
    expect(result).toEqual({
      ok: true,
      sheetName: "Service ROI",
      syncs: 2,
      skipped: ["pageLayout"],
    });
    expect([small.syncCount, large.syncCount]).toEqual([2, 2]);
    expect(large.applied.length).toBe(small.applied.length);
    expect(appliedCount(large, "Range.formulas")).toBe(appliedCount(small, "Range.formulas"));
    expect(appliedCount(large, "Range.formulas")).toBeLessThan(15);
  });
});

describe("existing sheets are never overwritten", () => {
  it("adds ' (2)', ' (3)' and a workbook-unique table name, leaving the others untouched", async () => {
    const fake = new FakeExcel({ sheets: existingSheets() });
    const before = JSON.stringify(fake.snapshot());
    const second = await writeTemplate(makeSpec(12), fake.run);
    const third = await writeTemplate(makeSpec(12), fake.run);
    expect([second, third]).toEqual([
      { ok: true, sheetName: "Service ROI (2)", syncs: 2, skipped: ["pageLayout"] },
      { ok: true, sheetName: "Service ROI (3)", syncs: 2, skipped: ["pageLayout"] },
    ]);
    expect(fake.tables.map((t) => t.name)).toEqual(["CashFlow", "CashFlow_2"]);
    const { sheets } = fake.snapshot() as { sheets: unknown[] };
    expect(JSON.stringify(sheets.slice(0, 2))).toBe(
      JSON.stringify((JSON.parse(before) as { sheets: unknown[] }).sheets),
    );
  });

  it.each([
    ["Service ROI", ["service roi"], "Service ROI (2)"],
    ["A very long sheet name of more than 31", [], "A very long sheet name of more"],
    [
      "A very long sheet name of more than 31",
      ["A very long sheet name of more"],
      "A very long sheet name of m (2)",
    ],
    ["Q1/Q2: ROI [draft]?", [], "Q1-Q2- ROI -draft--"],
    ["'quoted'", [], "quoted"],
  ])("freeSheetName(%j, %j) = %j", (preferred, existing, expected) => {
    const name = freeSheetName(preferred, existing);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("a failed write leaves the workbook exactly as it was", () => {
  async function expectCleanFailure(fake: FakeExcel, runner: ExcelRunner = fake.run) {
    const before = fake.snapshot();
    const result = await writeTemplate(makeSpec(12), runner);
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(!result.ok && result.message.length > 0).toBe(true);
    expect(fake.snapshot()).toEqual(before);
  }

  it.each([
    [1, 0],
    [2, 0],
    [2, 1],
    [2, "half the"],
  ])("sync %i fails after %s commands applied", async (n, applied) => {
    const fake = new FakeExcel({ sheets: existingSheets() });
    fake.failOnSync(n, typeof applied === "number" ? applied : undefined);
    await expectCleanFailure(fake);
  });

  it("fails after all but the last command of the commit were applied", async () => {
    const probe = new FakeExcel({ sheets: existingSheets() });
    await writeTemplate(makeSpec(12), probe.run);
    const commitLength = probe.applied.filter((c) => c.sync === 2).length;
    const fake = new FakeExcel({ sheets: existingSheets() });
    fake.failOnSync(2, commitLength - 1);
    await expectCleanFailure(fake);
  });

  // Every kind of command the writer sends, taken from a successful run so none is forgotten.
  const probe = new FakeExcel({ sheets: existingSheets() });
  const kinds = writeTemplate(makeSpec(12), probe.run).then(() => [
    ...new Set(probe.applied.map((command) => command.op)),
  ]);

  it("sends at least the commands this suite expects to fail", async () => {
    expect(await kinds).toEqual(
      expect.arrayContaining([
        "WorksheetCollection.add",
        "Range.formulas",
        "DataValidation.rule",
        "TableCollection.add",
        "Table.name",
        "ChartSeries.setXAxisValues",
        "NamedItemCollection.add",
      ]),
    );
  });

  it("fails on each kind of command in turn", async () => {
    for (const op of await kinds) {
      const fake = new FakeExcel({ sheets: existingSheets() });
      fake.failOn(op);
      await expectCleanFailure(fake);
      expect(fake.findSheet("Service ROI (2)")).toBeUndefined();
    }
  });

  it("reports a runner that rejects with a non-Error, without throwing itself", async () => {
    const fake = new FakeExcel({ sheets: existingSheets() });
    const officeError = { code: "GeneralException", message: "Excel is busy" };
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const runner: ExcelRunner = () => Promise.reject(officeError);
    await expectCleanFailure(fake, runner);
    expect(await writeTemplate(makeSpec(1), runner)).toMatchObject({ message: "Excel is busy" });
  });

  it("does not delete a co-author's sheet that took the chosen name between the two syncs", async () => {
    const fake = new FakeExcel({ sheets: { Data: { A1: 1 } } });
    const runner: ExcelRunner = (batch) =>
      fake.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T>() => {
          await sync();
          if (fake.syncCount === 1)
            fake
              .addSheet("Service ROI")
              .cells.set("A1", { content: "theirs", font: {}, borders: {} });
          return undefined as T;
        };
        return batch(context);
      });
    const result = await writeTemplate(makeSpec(12), runner);
    expect(result).toMatchObject({ ok: false });
    expect(fake.sheet("Service ROI").cells.get("A1")?.content).toBe("theirs");
  });
});

describe("requestSizeEstimate", () => {
  it("grows linearly with the months and stays far below Excel on the web's 5 MB", () => {
    const sizes = [0, 60, 120].map((months) => requestSizeEstimate(makeSpec(months)));
    const [none = 0, half = 0, full = 0] = sizes;
    expect(half).toBeGreaterThan(none);
    expect((full - half) / (half - none)).toBeGreaterThan(0.9);
    expect((full - half) / (half - none)).toBeLessThan(1.2);
    expect(full).toBeLessThan(5_000_000 / 10);
  });

  it("counts at least every formula the commit carries", () => {
    const spec = makeSpec(120);
    const formulaBytes = spec.cells.reduce((sum, cell) => sum + (cell.formula?.length ?? 0), 0);
    expect(requestSizeEstimate(spec)).toBeGreaterThan(formulaBytes);
  });
});
