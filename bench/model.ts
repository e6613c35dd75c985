/**
 * The core (computeBusinessCase) against HyperFormula evaluating the same template's native
 * formulas, over the same input sets: HyperFormula gets each set typed into the "Your figures"
 * column in one batch and the result cells read back; the core computes the whole business case
 * (every result and the monthly cash flow) from the same figures.
 */
import { caseOf, computeBusinessCase, exampleCase, inputsOf, type Figures } from "../src/core";
import { buildTemplate } from "../src/template";
import { evaluateSpec } from "../test/support/hyperformula";
import { interleave, median, seededRandom } from "./stats";

const KIND = "digital";
type InputValues = Figures<typeof KIND>;

/** `count` valid input sets, seeded: each figure uniform in its allowed range (capped to sane sizes). */
export function inputSets(count: number, seed = 20261123): InputValues[] {
  const random = seededRandom(seed);
  return Array.from(
    { length: count },
    () =>
      Object.fromEntries(
        inputsOf(KIND).map((def) => {
          const max = Math.min(def.max, def.whole ? 24 : 1e7);
          const value = def.min + random() * (max - def.min);
          return [def.id, def.whole ? Math.round(value) : value];
        }),
      ) as InputValues,
  );
}

export interface ModelTiming {
  readonly months: number;
  readonly coreMs: number;
  readonly hyperFormulaMs: number;
  /** HyperFormula's median time over the core's. */
  readonly speedup: number;
}

/** Times both engines over `sets` at each horizon; checks first that they agree. */
export function timeModel(
  horizons: readonly number[],
  sets: readonly InputValues[],
  rounds: number,
): ModelTiming[] {
  return horizons.map((months) => {
    const spec = buildTemplate(exampleCase(KIND), {
      lang: "en",
      mode: "native",
      horizonMonths: months,
    });
    const sheet = evaluateSpec(spec);
    const cellOf = Object.fromEntries(
      spec.names.map((name) => [name.name, `D${name.address.replace(/^[A-Z]+/, "")}`]),
    );
    const yoursCell = (id: string) => cellOf[id.charAt(0).toUpperCase() + id.slice(1)]!;
    const resultCells = Object.values(spec.resultCells);
    const defs = inputsOf(KIND);
    const typeIn = (values: InputValues) =>
      sheet.setMany(
        Object.fromEntries(
          defs.map((def) => [yoursCell(def.id), (values as Record<string, number>)[def.id]]),
        ),
      );

    // The same question to both: the risk-adjusted net present value of the first set.
    const first = sets[0]!;
    typeIn(first);
    const viaSheet = sheet.value(spec.resultCells.netPresentValue!) as number;
    const viaCore = computeBusinessCase(caseOf(KIND, first), months).netPresentValue;
    if (Math.abs(viaSheet - viaCore) > 1e-6 * Math.max(1, Math.abs(viaCore))) {
      throw new Error(`${months} months: sheet ${viaSheet} ≠ core ${viaCore}`);
    }

    let sink = 0;
    const times = interleave(
      {
        core: () => {
          for (const values of sets)
            sink += computeBusinessCase(caseOf(KIND, values), months).initial;
        },
        hyperFormula: () => {
          for (const values of sets) {
            typeIn(values);
            for (const address of resultCells) if (sheet.value(address) === sink) sink += 1;
          }
        },
      },
      rounds,
    );
    sheet.destroy();
    const coreMs = median(times.core);
    const hyperFormulaMs = median(times.hyperFormula);
    return { months, coreMs, hyperFormulaMs, speedup: hyperFormulaMs / coreMs };
  });
}
