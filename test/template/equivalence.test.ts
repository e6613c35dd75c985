/**
 * The model sheet computes what the core computes. HyperFormula, an independent formula engine,
 * evaluates each template (both kinds, both formula modes, English and Dutch, the user's figures
 * and the article preset), then the scenario dropdown and the horizon cell are CHANGED IN THE SHEET,
 * and every result cell — the decision, the headline, the reference figures, the scenarios side by
 * side, both ends of every tornado bar and the break-even values — must equal the core's figure for
 * that scenario and horizon to 1e-9. Random figures go through the same comparison.
 */
import fc from "fast-check";
import {
  SCENARIOS,
  afterHoursShare,
  articleFigures,
  caseOf,
  type CaseFigures,
  exampleFigures,
  type Scenario,
  type TemplateKind,
} from "../../src/core";
import type { Lang } from "../../src/i18n/language";
import { buildTemplate, type FormulaMode, type TemplateSpec } from "../../src/template";
import { caseArbitrary } from "../support/figures";
import { evaluateSpec, type EvaluatedSheet } from "../support/hyperformula";

jest.setTimeout(300000);
fc.configureGlobal({ seed: process.env.CI ? 20261123 : undefined });

const HORIZONS = [12, 36, 61, 120];

/** Differences between what the sheet shows and what the core says, one line each. */
export function differences(sheet: EvaluatedSheet, reference: TemplateSpec): string[] {
  const found: string[] = [];
  for (const [id, at] of Object.entries(reference.resultCells)) {
    const shown = sheet.value(at);
    const core = reference.figures[id];
    const same =
      typeof core === "number"
        ? typeof shown === "number" && Math.abs(shown - core) <= 1e-9 * Math.max(1, Math.abs(core))
        : shown === core;
    if (!same)
      found.push(`${id} @${at}: sheet ${JSON.stringify(shown)}, core ${JSON.stringify(core)}`);
  }
  return found;
}

/** Builds the sheet once, then switches scenario and horizon in it and compares at each point. */
function switchedInSheet(input: CaseFigures, lang: Lang, mode: FormulaMode, horizons = HORIZONS) {
  const spec = buildTemplate(input, { lang, mode, horizonMonths: 36 });
  expect(spec.resultCells.netPresentValue).toBeDefined();
  const sheet = evaluateSpec(spec);
  const found: string[] = [];
  try {
    found.push(...differences(sheet, spec).map((line) => `as built: ${line}`));
    for (const scenario of SCENARIOS as readonly Scenario[]) {
      for (const horizonMonths of horizons) {
        const reference = buildTemplate(input, { lang, mode, horizonMonths, scenario });
        const label = reference.cells.find((cell) => cell.address === spec.scenarioCell)?.value;
        sheet.setMany({ [spec.scenarioCell]: label, [spec.horizonCell]: horizonMonths });
        found.push(
          ...differences(sheet, reference).map(
            (line) => `${scenario}, ${horizonMonths} months: ${line}`,
          ),
        );
      }
    }
  } finally {
    sheet.destroy();
  }
  return found;
}

const presets = { yours: exampleFigures, article: articleFigures } as const;
const cases = (["digital", "reachability"] as TemplateKind[]).flatMap((kind) =>
  (["yours", "article"] as const).flatMap((preset) =>
    (["native", "addin"] as FormulaMode[]).flatMap((mode) =>
      (["en", "nl"] as Lang[]).map((lang) => [kind, preset, mode, lang] as const),
    ),
  ),
);

describe("every template equals the core after switching scenario and horizon in the sheet", () => {
  it.each(cases)("%s, %s figures, %s formulas, %s", (kind, preset, mode, lang) => {
    const input = caseOf(kind, presets[preset](kind));
    expect(switchedInSheet(input, lang, mode)).toEqual([]);
  });
});

describe("random figures", () => {
  it.each(["digital", "reachability"] as TemplateKind[])(
    "%s: the sheet equals the core",
    (kind) => {
      fc.assert(
        fc.property(
          caseArbitrary(kind),
          fc.constantFrom<FormulaMode>("native", "addin"),
          (input, mode) => {
            expect(switchedInSheet(input, "en", mode, [24, 120])).toEqual([]);
          },
        ),
        // Each run builds and evaluates whole sheets: report a failure as found, without shrinking.
        { numRuns: Number(process.env.RUNS ?? 4), endOnFailure: true },
      );
    },
  );
});

describe("results with nothing to divide by", () => {
  // Found by the random figures: no staff per shift makes the staffing alternative cost nothing,
  // and its ROI divided by zero (#DIV/0! in the sheet, no ROI in the core).
  it.each(["native", "addin"] as FormulaMode[])(
    "%s: a staffing alternative without staff says there are no costs to compare with",
    (mode) => {
      const figures = { ...exampleFigures("reachability"), staffPerShift: 0 };
      const spec = buildTemplate(caseOf("reachability", figures), {
        lang: "nl",
        mode,
        horizonMonths: 36,
      });
      expect(spec.figures.staffingRoi).toBe("— (geen kosten om mee te vergelijken)");
      expect(switchedInSheet(caseOf("reachability", figures), "nl", mode, [24])).toEqual([]);
    },
  );
});

describe("24/7 with the user's contact log on the sheet", () => {
  // A week with evening and weekend peaks, as a ticket export would give.
  const grid = Array.from({ length: 7 }, (_, day) =>
    Array.from(
      { length: 24 },
      (_, hour) =>
        (day >= 5 ? 6 : 0) + (hour >= 18 && hour < 22 ? 9 : 0) + (hour >= 9 && hour < 17 ? 20 : 1),
    ),
  );
  const withGrid = (counts: number[][]): CaseFigures => {
    const figures = exampleFigures("reachability");
    const share = afterHoursShare(
      { rows: 7, columns: 24, values: counts.flat() },
      { openFrom: figures.openFrom, openUntil: figures.openUntil, openDays: figures.openDays },
    );
    return { kind: "reachability", figures: { ...figures, afterHoursShare: share as number } };
  };
  it.each(["native", "addin"] as FormulaMode[])(
    "%s: the share and every figure follow the grid",
    (mode) => {
      const spec = buildTemplate(withGrid(grid), {
        lang: "en",
        mode,
        horizonMonths: 36,
        contactGrid: grid,
      });
      const sheet = evaluateSpec(spec);
      try {
        expect(differences(sheet, spec)).toEqual([]);
        // A busier Sunday night typed into the grid in the sheet: everything follows.
        const busier = grid.map((day) => [...day]);
        busier[6]![23] = 500;
        const reference = buildTemplate(withGrid(busier), {
          lang: "en",
          mode,
          horizonMonths: 36,
          contactGrid: busier,
        });
        const cell = reference.cells.find((c) => c.value === 500 && c.address.startsWith("Y"));
        sheet.setMany({ [cell!.address]: 500 });
        expect(differences(sheet, reference)).toEqual([]);
      } finally {
        sheet.destroy();
      }
    },
  );
});
