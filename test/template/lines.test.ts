/**
 * The sheet's lines are typed and every one of them is really written: a misspelt line id is a
 * compile error (the @ts-expect-error lines below fail `npm run typecheck` the day they compile),
 * an id the template lacks throws while the sheet is built, and the monthly cash flow that only
 * the reader sees (the discounted columns feed no headline figure) is checked month by month
 * against the core's flows, discounted here by hand.
 */
import { DetailedCellError } from "hyperformula";
import { exampleCase, type TemplateKind } from "../../src/core";
import { buildTemplate, type TemplateSpec } from "../../src/template";
import { engineAddresses } from "../../src/template/blocks/engine";
import { CALC_LINES } from "../../src/template/lines";
import { placeOf, planSheet, rowOf } from "../../src/template/plan";
import { computeBusinessCase } from "../../src/core/model/businessCase";
import { evaluateSpec } from "../support/hyperformula";

jest.setTimeout(120000);

describe("line ids are typed", () => {
  const plan = planSheet("digital");

  it("misspelt ids do not compile", () => {
    const a = engineAddresses(plan);
    // @ts-expect-error "discountedNett" is no monthly column
    expect(() => a.at("discountedNett", 10)).toThrow(/discountedNett/);
    // @ts-expect-error "unitValu" is no calculation line
    expect(CALC_LINES["unitValu"]).toBeUndefined();
    // @ts-expect-error "inital" is no input or line
    expect(() => rowOf(plan, "inital")).toThrow(/inital/);
  });

  it("an id the template does not have throws instead of writing nothing", () => {
    expect(() => placeOf(plan.engine.columns, "cohorts")).toThrow(/cohorts/);
    expect(() => rowOf(plan, "afterHoursShare")).toThrow(/afterHoursShare/);
    expect(() => placeOf(plan.tei.rows, "retention")).toThrow(/retention/);
    expect(planSheet("reachability").engine.columns.has("cohorts")).toBe(true);
  });
});

/** The Excel table's columns by their English headings, as a reader finds them. */
function tableColumn(spec: TemplateSpec, heading: string): { letter: string; monthZero: number } {
  const [start] = spec.table.range.split(":");
  const headerRow = Number(start?.replace(/^[A-Z]+/, ""));
  const cell = spec.cells.find(
    (c) => c.value === heading && Number(c.address.replace(/^[A-Z]+/, "")) === headerRow,
  );
  if (cell === undefined) throw new Error(`no column headed "${heading}"`);
  return { letter: cell.address.replace(/\d+$/, ""), monthZero: headerRow + 1 };
}

describe.each<TemplateKind>(["digital", "reachability"])("the monthly cash flow, %s", (kind) => {
  const input = exampleCase(kind);
  const rate = input.figures.discountRate;

  it.each([12, 36, 61, 120])("every month of a %i-month horizon equals the core's", (horizon) => {
    const spec = buildTemplate(input, { lang: "en", mode: "native", horizonMonths: horizon });
    const bc = computeBusinessCase(input, horizon);
    const sheet = evaluateSpec(spec);
    try {
      const col = (heading: string) => tableColumn(spec, heading);
      const [net, discounted, cumulative, discountedCumulative] = [
        col("Net cash flow"),
        col("Discounted net"),
        col("Cumulative"),
        col("Discounted cumulative"),
      ];
      const at = (c: { letter: string; monthZero: number }, month: number) =>
        sheet.value(`${c.letter}${c.monthZero + month}`);
      let sum = -bc.initial;
      let pv = -bc.initial;
      expect(at(net, 0)).toBeCloseTo(-bc.initial, 6);
      for (let month = 1; month <= 120; month++) {
        const expected = month <= horizon ? (bc.monthlyNet[month - 1] ?? NaN) : 0;
        const factor = month <= horizon ? 1 / (1 + rate) ** Math.ceil(month / 12) : 0;
        sum += expected;
        pv += expected * factor;
        expect([month, at(net, month)]).toEqual([month, expect.closeTo(expected, 6)]);
        expect([month, at(discounted, month)]).toEqual([
          month,
          expect.closeTo(expected * factor, 6),
        ]);
        if (month <= horizon) {
          expect([month, at(cumulative, month)]).toEqual([month, expect.closeTo(sum, 6)]);
          expect(at(discountedCumulative, month)).toBeCloseTo(pv, 6);
        } else expect(at(cumulative, month)).toMatchObject({ type: "NA" });
      }
      // The discounted cumulative at the horizon is the NPV the decision summary shows.
      expect(pv).toBeCloseTo(bc.netPresentValue, 6);
    } finally {
      sheet.destroy();
    }
  });

  it("no formula refers to a name or a cell that is not there", () => {
    const spec = buildTemplate(input, { lang: "nl", mode: "addin", horizonMonths: 36 });
    const sheet = evaluateSpec(spec);
    try {
      const broken = spec.cells
        .filter((cell) => cell.formula !== undefined)
        .map((cell) => [cell.address, sheet.value(cell.address)] as const)
        .filter(([, value]) => value instanceof DetailedCellError && /NAME|REF/.test(value.type));
      expect(broken).toEqual([]);
    } finally {
      sheet.destroy();
    }
  });
});
