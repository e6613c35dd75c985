/**
 * The sheet's formulas compute what the core computes: every spec (both kinds, every scenario
 * switched in the sheet's dropdown, both formula modes, several horizons, both languages) is
 * evaluated in HyperFormula and every result cell and cash-flow row compared with the core to 1e-9.
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import {
  SCENARIOS,
  computeBusinessCase,
  exampleFigures,
  inputsOf,
  isCalcError,
  scenarioInputs,
  type BusinessCase,
  type InputValues,
  type Scenario,
  type TemplateKind,
} from "../../src/core";
import { VERDICTS } from "../../src/i18n/results";
import { SHEET_TEXT, fill } from "../../src/i18n/template";
import { buildTemplate, type FormulaMode, type TemplateSpec } from "../../src/template";
import { evaluateSpec, parseAddress, type EvaluatedSheet } from "../support/hyperformula";

const KINDS: TemplateKind[] = ["digital", "reachability"];
const MODES: FormulaMode[] = ["native", "addin"];

function expectSame(actual: unknown, expected: unknown, where: string) {
  if (typeof expected === "number") {
    if (typeof actual !== "number")
      throw new Error(`${where}: expected ${expected}, sheet shows ${String(actual)}`);
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > tolerance)
      throw new Error(`${where}: sheet ${actual} ≠ core ${expected}`);
    return;
  }
  if (isCalcError(expected)) {
    const code = actual instanceof DetailedCellError ? actual.value : String(actual);
    if (code !== expected.code)
      throw new Error(`${where}: expected ${expected.code}, sheet shows ${String(actual)}`);
    return;
  }
  if (actual !== expected)
    throw new Error(`${where}: sheet ${String(actual)} ≠ core ${String(expected)}`);
}

/** What each result cell must show, from the core's business case. */
function expectedResults(spec: TemplateSpec, bc: BusinessCase): Record<string, unknown> {
  const text = SHEET_TEXT[spec.lang];
  const verdict = VERDICTS[spec.lang];
  return {
    firstYearRoiArticle: bc.firstYearRoiArticle,
    firstYearRoi: bc.firstYearRoi,
    horizonRoi: bc.horizonRoi,
    discountedRoi: bc.discountedRoi,
    netPresentValue: bc.netPresentValue,
    paybackMonths: bc.paybackMonths ?? fill(text.notWithin!, { months: spec.horizonMonths }),
    hiddenCosts: bc.hiddenCosts,
    verdict:
      verdict[bc.verdict.level] + (bc.verdict.immediateRelief ? verdict.immediateRelief : ""),
    finalCumulative: bc.cashFlow[spec.horizonMonths]!.cumulative,
    yearlyBenefits: bc.yearlyBenefits,
    investment: bc.investment,
    presentBenefits: bc.presentBenefits,
    presentCosts: bc.presentCosts,
    ...(bc.staffing
      ? {
          staffCostPerYear: bc.staffing.costPerYear,
          staffingRoi: bc.staffing.horizonRoi,
          cheaperRoute: text[bc.staffing.cheaper],
        }
      : {}),
  };
}

function compareSheetWithCore(
  sheet: EvaluatedSheet,
  spec: TemplateSpec,
  bc: BusinessCase,
  label: string,
) {
  const expected = expectedResults(spec, bc);
  expect(Object.keys(spec.resultCells).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, address] of Object.entries(spec.resultCells)) {
    expectSame(sheet.value(address), expected[id], `${label} ${id} (${address})`);
  }
  // Every row of the cash-flow table: benefit, cost, net, cumulative.
  const first = parseAddress(spec.table.range.split(":")[0]!).row + 2;
  bc.cashFlow.forEach((month, m) => {
    const row = first + m;
    expectSame(sheet.value(`A${row}`), month.month, `${label} month ${m}`);
    expectSame(sheet.value(`B${row}`), month.benefit, `${label} benefit m${m}`);
    expectSame(sheet.value(`C${row}`), month.cost, `${label} cost m${m}`);
    expectSame(sheet.value(`D${row}`), month.net, `${label} net m${m}`);
    expectSame(sheet.value(`E${row}`), month.cumulative, `${label} cumulative m${m}`);
  });
}

const scenarioLabel = (spec: TemplateSpec, scenario: Scenario | "yours") =>
  SHEET_TEXT[spec.lang][scenario]!;

describe.each(KINDS)("%s template", (kind) => {
  describe.each(MODES)("%s formulas", (mode) => {
    it.each([12, 36, 61, 120])(
      "every scenario in the dropdown matches the core over %i months",
      (horizon) => {
        const yours = exampleFigures(kind);
        for (const lang of ["en", "nl"] as const) {
          const spec = buildTemplate(kind, yours, { lang, mode, horizonMonths: horizon });
          const sheet = evaluateSpec(spec);
          for (const scenario of ["yours", ...SCENARIOS] as const) {
            sheet.set(spec.scenarioCell, scenarioLabel(spec, scenario));
            const bc = computeBusinessCase(kind, scenarioInputs(kind, scenario, yours), horizon);
            compareSheetWithCore(sheet, spec, bc, `${kind}/${mode}/${lang}/${scenario}/${horizon}`);
          }
          sheet.destroy();
        }
      },
    );
  });

  it("the article example shows the article's ROI exactly in the sheet", () => {
    const spec = buildTemplate(kind, exampleFigures(kind), {
      lang: "en",
      mode: "native",
      horizonMonths: 36,
    });
    const sheet = evaluateSpec(spec);
    sheet.set(spec.scenarioCell, scenarioLabel(spec, "article"));
    expect(sheet.value(spec.resultCells.firstYearRoiArticle!)).toBe(kind === "digital" ? 1 : 0.3);
    sheet.destroy();
  });

  it.each(MODES)("random valid figures typed into 'Your figures' match the core (%s)", (mode) => {
    const defs = inputsOf(kind);
    const figures = fc.record(
      Object.fromEntries(
        defs.map((def) => [
          def.id,
          def.whole
            ? fc.integer({ min: def.min, max: Math.min(def.max, 120) })
            : fc.double({
                min: def.min,
                max: Math.min(def.max, 1e7),
                noNaN: true,
                noDefaultInfinity: true,
              }),
        ]),
      ),
    );
    const horizon = 24;
    const spec = buildTemplate(kind, exampleFigures(kind), {
      lang: "en",
      mode,
      horizonMonths: horizon,
    });
    const sheet = evaluateSpec(spec);
    const rowOf = (id: string) =>
      Number(
        spec.names
          .find((n) => n.name === id.charAt(0).toUpperCase() + id.slice(1))!
          .address.slice(1),
      );
    fc.assert(
      fc.property(figures, (values: InputValues) => {
        sheet.setMany(Object.fromEntries(defs.map((def) => [`D${rowOf(def.id)}`, values[def.id]])));
        compareSheetWithCore(
          sheet,
          spec,
          computeBusinessCase(kind, values, horizon),
          `${kind}/${mode}/random`,
        );
      }),
      { numRuns: 60, seed: process.env.CI ? 20261123 : undefined, endOnFailure: true },
    );
    sheet.destroy();
  });
});
