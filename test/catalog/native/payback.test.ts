/**
 * The native form of CX.PAYBACK_MONTHS computes what the core computes: fixed cases from the
 * catalog and the controller's review, then random valid calls (constant benefit and series, in
 * a row or a column, every optional argument left out, typed or read from a cell), evaluated in
 * HyperFormula and compared with the core's `evaluate("PAYBACK_MONTHS", …)` to 1e-9.
 */
import fc from "fast-check";
import { evaluate } from "../../../src/catalog";
import { monthlyCashFlow, paybackFromSeries } from "../../../src/core";
import { nativePayback } from "../../../src/catalog/native/payback";
import type { CallArg } from "../../../src/excel/nativeForm";
import { FormulaSheet, OMITTED, cell, mismatch, number, range, type NativeCase } from "./engine";
import { paybackCalls, paybackSpec, placePayback } from "./paybackCases";

fc.configureGlobal({
  seed: process.env.CI ? 20261123 : undefined,
  numRuns: Number(process.env.RUNS ?? 400),
});

let sheet: FormulaSheet;
beforeAll(() => (sheet = new FormulaSheet()));
afterAll(() => sheet.destroy());

function formulaOf(args: readonly CallArg[]): string {
  const form = nativePayback(args);
  if (form === null) throw new Error("no native form");
  return `=${form.text}`;
}

/** Evaluates the native form of a case in HyperFormula; throws with the details on a mismatch. */
function check(c: NativeCase): unknown {
  const formula = formulaOf(c.args);
  const shown = sheet.evaluate(c.cells, formula);
  const expected = evaluate("PAYBACK_MONTHS", c.raw);
  const why = mismatch(shown, expected);
  if (why !== null)
    throw new Error(`${c.label}: ${why}\ncells ${JSON.stringify(c.cells)}\n${formula}`);
  return shown;
}

const spec = paybackSpec;
const typed = (value: number) => ({ as: "number" as const, value });
const inCell = (value: number) => ({ as: "cell" as const, value });

describe("PAYBACK_MONTHS native form: the catalog's and the reviewer's cases", () => {
  it.each([
    ["(100000, 200000/12) = 6", spec({ investment: 100000, benefit: 200000 / 12 }), 6],
    [
      "(100000, 200000/12, 3) = 7",
      spec({ investment: 100000, benefit: 200000 / 12, ramp: typed(3) }),
      7,
    ],
    [
      // 24/7 article preset, no investment: 65,000 a year of benefits against 50,000 a year of
      // costs, 12 months ramp-up. cum_9 = −9 × 4166.67 + 5416.67 × 45/12 = −17,187.5 (the dip);
      // cum_12 = −50,000 + 5416.67 × 6.5 = −14,791.67, then +1,250 a month: 12 + 11.83 = 23.83.
      "investment 0 with a dip to −17,188 crosses at 23.83",
      spec({ benefit: 65000 / 12, ramp: typed(12), cost: inCell(50000 / 12) }),
      12 + (50000 - (65000 / 12) * 6.5) / 1250,
    ],
  ])("%s", (_name, s, expected) => {
    expect(check(placePayback(s, 1))).toBeCloseTo(expected, 9);
  });

  it("(90000, 8800, 12, 2000) equals the payback of CASHFLOW(90000, 8800, 2000, 36, 12) ≈ 20.35", () => {
    const table = monthlyCashFlow({
      investment: 90000,
      monthlyBenefit: 8800,
      monthlyCost: 2000,
      months: 36,
      rampUpMonths: 12,
    });
    const fromTable = paybackFromSeries(
      90000,
      table.slice(1).map((month) => month.net),
    );
    const shown = check(
      placePayback(
        spec({ investment: 90000, benefit: 8800, ramp: typed(12), cost: typed(2000) }),
        1,
      ),
    );
    expect(fromTable).toBeCloseTo(20.35, 2);
    expect(shown).toBeCloseTo(fromTable!, 9);
  });

  it.each([
    [
      "benefit equals cost after the ramp",
      spec({ investment: 1, benefit: 1000, cost: typed(1000) }),
    ],
    ["a negative benefit", spec({ investment: 0, benefit: -10, ramp: typed(6) })],
    ["a series that ends below zero", spec({ investment: 5000, benefit: [1000, 2000, 1000] })],
    [
      "a series that dips and never recovers",
      spec({ benefit: [100, -300, 100], orientation: "row" }),
    ],
  ])("never paid back → #N/A: %s", (_name, s) => {
    expect(check(placePayback(s, 1))).toMatchObject({ value: "#N/A" });
  });

  it.each([
    ["no investment, no costs", spec({ benefit: 500, ramp: typed(4), share: typed(0.3) })],
    ["no investment, a series never below zero", spec({ benefit: [0, 10, null, 5] })],
  ])("never negative → 0: %s", (_name, s) => {
    expect(check(placePayback(s, 1))).toBe(0);
  });

  it("break-even at go-live: net₁ rounds to −1.1e-13, the core crosses at 1.0000000000000002", () => {
    // 1000 × (0.3 + 0.7/2) = 649.9999999999999 in floating point, against a cost of 650.
    const c = placePayback(
      spec({ benefit: 1000, ramp: inCell(2), cost: inCell(650), share: inCell(0.3) }),
      1,
    );
    expect(check(c)).toBeCloseTo(1, 12);
  });

  it("a series crossing twice reports the first crossing after the first dip", () => {
    // cumulative: 0 → +100 → −200 → +100 (first crossing: 2 + 200/300) → −400 → …
    const c = placePayback(spec({ benefit: [100, -300, 300, -500, 1000] }), 1);
    expect(check(c)).toBeCloseTo(2 + 200 / 300, 12);
  });
});

describe("PAYBACK_MONTHS native form: which calls have one", () => {
  const I = number(1000);
  it.each([
    ["a named series (shape unknown)", [I, range("Months")]],
    ["a two-dimensional series", [I, range("B2:C7")]],
    ["a range where the ramp-up belongs", [I, cell("B2"), range("C2:C3")]],
    ["an omitted required benefit", [I, OMITTED]],
    ["a sixth argument", [I, cell("B2"), number(0), number(0), number(0), number(0)]],
  ])("none for %s: the cell keeps its value", (_name, args) => {
    expect(nativePayback(args)).toBeNull();
  });

  it("the constant form without ramp-up is short and uses the arguments as written", () => {
    expect(nativePayback([range("B2:B4"), cell("Sheet2!C3")])).toEqual({
      text: "IF(AND(SUM(B2:B4)<=0,Sheet2!C3>=0),0,IF(Sheet2!C3<=0,NA(),SUM(B2:B4)/Sheet2!C3))",
      atomic: true,
    });
  });

  it("a 120-month series with ramp-up, cost and go-live share from named cells fits in a cell", () => {
    const args = [
      cell("Investment"),
      range("'Cash flow 2026'!$D$40:$D$159"),
      cell("RampUpMonths"),
      cell("MonthlyCost"),
      cell("GoLiveShare"),
    ];
    const form = nativePayback(args);
    expect(form?.text.length).toBeLessThan(8192);
  });

  it("a series that grows after the formula is built (a row inserted) shows #VALUE!, not a number", () => {
    // Excel widens F1:F5 to F1:F6 in the formula; the array constants keep five months.
    const text = nativePayback([number(100), range("F1:F5")])!
      .text.split("F1:F5")
      .join("F1:F6");
    const cells = { F1: 10, F2: 20, F3: 30, F4: 40, F5: 50, F6: 60 };
    expect(sheet.evaluate(cells, `=${text}`)).toMatchObject({ value: "#VALUE!" });
  });

  it("a series too long for Excel's 8,192 characters keeps its value", () => {
    expect(nativePayback([number(1), range("A1:A2000")])).toBeNull();
  });
});

describe("PAYBACK_MONTHS native form: random valid calls", () => {
  it("HyperFormula shows the core's payback, #N/A or 0", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(paybackCalls, (s) => {
        const shown = check(placePayback(s, 1));
        seen.add(typeof shown === "number" ? (shown === 0 ? "zero" : "number") : "error");
      }),
    );
    // The generator must reach every branch, or the property proves less than it says.
    expect([...seen].sort()).toEqual(["error", "number", "zero"]);
  });
});
