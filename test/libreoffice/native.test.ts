/**
 * LibreOffice Calc computes the native forms of CX.PAYBACK_MONTHS, CX.DISCOUNTED_PAYBACK and
 * CX.AFTER_HOURS_SHARE as the core does: fixed cases plus a few hundred seeded random calls,
 * stacked on one sheet each, recalculated by ONE soffice run, each cell compared with the core's
 * `evaluate` to 1e-9.
 *
 * Needs LibreOffice (`soffice` on PATH, or $SOFFICE): without it the suite is skipped with a
 * warning, but fails when CI is set (soffice.ts, sofficeForSuite).
 */
import fc from "fast-check";
import { evaluate, type FunctionId } from "../../src/catalog";
import { nativeAfterHours } from "../../src/catalog/native/afterHours";
import { nativeDiscountedPayback, nativePayback } from "../../src/catalog/native/payback";
import type { CallArg, NativeForm } from "../../src/excel/nativeForm";
import { afterHoursSpecs, placeAfterHours } from "../catalog/native/afterHoursCases";
import { at, cell, mismatch, number, range, type NativeCase } from "../catalog/native/engine";
import {
  crossingSpecs,
  paybackCalls,
  paybackSpec,
  paybackSpecs,
  placePayback,
  type PaybackSpec,
} from "../catalog/native/paybackCases";
import { recalculate, sofficeForSuite, sofficeVersion } from "./soffice";
import { stackCases, type PlacedCase } from "./workbooks";
import { writeXlsx } from "./xlsx";
import { isCellError, type WorkbookValues } from "./readXlsx";

const soffice = sofficeForSuite("test/libreoffice/native.test.ts");
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

/** Seeded, so every run checks the same cases and a failure can be replayed. */
const SEED = 20261123;
const paybackCount = Number(process.env.LO_PAYBACK_CASES ?? 300);
const afterHoursCount = Number(process.env.LO_AFTER_HOURS_CASES ?? 60);
const discountedCount = Number(process.env.LO_DISCOUNTED_CASES ?? 150);

const base = paybackSpec();
const fixedPayback: PaybackSpec[] = [
  { ...base, investment: 100000, benefit: 200000 / 12 },
  { ...base, investment: 100000, benefit: 200000 / 12, ramp: { as: "number", value: 3 } },
  {
    ...base,
    investment: 90000,
    benefit: 8800,
    ramp: { as: "number", value: 12 },
    cost: { as: "number", value: 2000 },
  },
  {
    ...base,
    benefit: 65000 / 12,
    ramp: { as: "number", value: 12 },
    cost: { as: "cell", value: 50000 / 12 },
  },
  { ...base, investment: 5000, benefit: [1000, 2000, 1000] },
  { ...base, benefit: [100, -300, 300, -500, 1000], orientation: "row" },
  { ...base, investment: 1, benefit: [null, 2, null, 0] },
];

interface Check {
  readonly id: FunctionId;
  readonly native: (args: readonly CallArg[]) => NativeForm | null;
}
const PAYBACK: Check = { id: "PAYBACK_MONTHS", native: nativePayback };
const DISCOUNTED: Check = { id: "DISCOUNTED_PAYBACK", native: nativeDiscountedPayback };
const AFTER_HOURS: Check = { id: "AFTER_HOURS_SHARE", native: nativeAfterHours };

/** A yearly discount rate: left out (10%), typed, or read from a cell. */
type Rate = { readonly as: "omitted" } | { readonly as: "number" | "cell"; readonly value: number };
const rates: fc.Arbitrary<Rate> = fc.oneof(
  fc.constant<Rate>({ as: "omitted" }),
  fc.constantFrom(0, 0.05, 0.1, 0.25, 1).map((value): Rate => ({ as: "number", value })),
  fc.integer({ min: 0, max: 10000 }).map((n): Rate => ({ as: "cell", value: n / 10000 })),
);

/**
 * CX.DISCOUNTED_PAYBACK(investment, monthly_net_flows, [discount_rate]) on the series of the
 * PAYBACK_MONTHS cases (their ramp, cost and share left out), the rate in column C. Not on the
 * typed business figures (typedSpecs): whole hundreds discounted at 10% can bring the cumulative to
 * exactly 0 in some month, which the core's running sum misses by 2e-13 and LibreOffice's MMULT
 * does not, so the two pay back in different months (e.g. 29,600 invested, 6,290, 3,330, 2,960,
 * −1,110, … a month: LibreOffice 9, the core 10.1).
 */
function placeDiscounted(spec: PaybackSpec, rate: Rate, top: number, label: string): NativeCase {
  const omitted = { as: "omitted" } as const;
  const c = placePayback({ ...spec, ramp: omitted, cost: omitted, share: omitted }, top, label);
  const [investment, flows] = c.args;
  const [rawInvestment, rawFlows] = c.raw;
  if (investment === undefined || flows === undefined) throw new Error(`${label}: no series`);
  if (rate.as === "omitted")
    return { ...c, args: [investment, flows], raw: [rawInvestment, rawFlows] };
  const arg = rate.as === "number" ? number(rate.value) : cell(`C${top}`);
  const cells = rate.as === "cell" ? { ...c.cells, [`C${top}`]: rate.value } : c.cells;
  return {
    ...c,
    cells,
    args: [investment, flows, arg],
    raw: [rawInvestment, rawFlows, rate.value],
  };
}

function formulaOf(check: Check) {
  return (c: NativeCase) => {
    const form = check.native(c.args);
    if (form === null) throw new Error(`${c.label}: no native form`);
    return `=${form.text}`;
  };
}

/** What LibreOffice showed, by kind: a guard against a run that compared nothing. */
function kinds(placed: PlacedCase[], values: WorkbookValues, sheet: string): string[] {
  const shown = placed.map(({ resultAddress }) => values.get(sheet)?.get(resultAddress));
  const kind = (v: unknown) =>
    typeof v === "number" ? (v === 0 ? "zero" : "number") : isCellError(v) ? v.error : typeof v;
  return [...new Set(shown.map(kind))].sort();
}

function differences(check: Check, placed: PlacedCase[], values: WorkbookValues, sheet: string) {
  const cells = values.get(sheet);
  return placed.flatMap(({ case: c, resultAddress }) => {
    const why = mismatch(cells?.get(resultAddress), evaluate(check.id, c.raw));
    return why === null ? [] : [`${c.label} at ${resultAddress}: ${why}\n  ${formulaOf(check)(c)}`];
  });
}

describeWithLibreOffice(
  `native forms in ${soffice ? sofficeVersion(soffice) : "LibreOffice"}`,
  () => {
    const payback = stackCases(
      "Payback",
      [
        ...fixedPayback.map((s, i) => (top: number) => placePayback(s, top, `fixed #${i}`)),
        ...fc
          .sample(paybackCalls, { numRuns: paybackCount, seed: SEED })
          .map((s, i) => (top: number) => placePayback(s, top, `random #${i}`)),
      ],
      formulaOf(PAYBACK),
    );
    const discounted = stackCases(
      "Discounted",
      fc
        .sample(
          fc.tuple(
            fc.oneof(paybackSpecs, crossingSpecs).filter((s) => typeof s.benefit !== "number"),
            rates,
          ),
          { numRuns: discountedCount, seed: SEED },
        )
        .map(
          ([s, rate], i) =>
            (top: number) =>
              placeDiscounted(s, rate, top, `random #${i}`),
        ),
      formulaOf(DISCOUNTED),
    );
    const afterHours = stackCases(
      "AfterHours",
      fc
        .sample(afterHoursSpecs, { numRuns: afterHoursCount, seed: SEED })
        .map((s, i) => (top: number) => placeAfterHours(s, top, `random #${i}`)),
      formulaOf(AFTER_HOURS),
    );
    // Ranges that grew after the formula was built (a row inserted inside them): Excel widens the
    // reference, the array constants keep their size. Every engine must show an error, not a number.
    const grown = {
      name: "Grown",
      cells: {
        ...Object.fromEntries([10, 20, 30, 40, 50, 60].map((v, i) => [`F${i + 1}`, v])),
        ...Object.fromEntries(
          Array.from({ length: 8 * 24 }, (_v, i) => [at(1 + (i % 24), 10 + Math.floor(i / 24)), 1]),
        ),
        CW1: {
          formula: `=${nativePayback([number(100), range("F1:F5")])!
            .text.split("F1:F5")
            .join("F1:F6")}`,
        },
        CW2: {
          formula: `=${nativeAfterHours([range("B10:Y16")])!
            .text.split("B10:Y16")
            .join("B10:Y17")}`,
        },
      },
    };
    let values: WorkbookValues;

    beforeAll(async () => {
      const book = writeXlsx({
        sheets: [payback.sheet, discounted.sheet, afterHours.sheet, grown],
      });
      const result = await recalculate(soffice!, book, { timeoutMs: 300_000 });
      values = result.values;
      console.info(
        `LibreOffice recalculated ` +
          `${payback.placed.length + discounted.placed.length + afterHours.placed.length} native ` +
          `forms in ${result.elapsedMs} ms`,
      );
    }, 320_000);

    it("PAYBACK_MONTHS: every case shows the core's payback, #N/A or 0", () => {
      expect(differences(PAYBACK, payback.placed, values, "Payback")).toEqual([]);
      expect(kinds(payback.placed, values, "Payback")).toEqual(["#N/A", "number", "zero"]);
    });

    it("DISCOUNTED_PAYBACK: every series shows the core's discounted payback, #N/A or 0", () => {
      expect(differences(DISCOUNTED, discounted.placed, values, "Discounted")).toEqual([]);
      expect(kinds(discounted.placed, values, "Discounted")).toEqual(["#N/A", "number", "zero"]);
    });

    it("a series or week grown after the formula was built shows #VALUE!, never a number", () => {
      expect(values.get("Grown")?.get("CW1")).toEqual({ error: "#VALUE!" });
      expect(values.get("Grown")?.get("CW2")).toEqual({ error: "#VALUE!" });
    });

    it("AFTER_HOURS_SHARE: every week shows the core's share or #DIV/0!", () => {
      expect(differences(AFTER_HOURS, afterHours.placed, values, "AfterHours")).toEqual([]);
      expect(kinds(afterHours.placed, values, "AfterHours")).toEqual(["#DIV/0!", "number"]);
    });
  },
);
