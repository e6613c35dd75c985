/**
 * What holds for any valid figures (fast-check; seeded in CI): the verdict never contradicts the
 * money, payback never falls as the investment rises, the scenarios keep their order, and the
 * break-even values give an NPV of zero when fed back.
 */
import fc from "fast-check";
import {
  breakEven,
  computeBusinessCase,
  scenarioCase,
  type CaseFigures,
  type TemplateKind,
} from "../../src/core";
import { caseArbitrary } from "../support/figures";

fc.configureGlobal({
  seed: process.env.CI ? 20261123 : undefined,
  numRuns: Number(process.env.RUNS ?? 150),
});

const kinds: TemplateKind[] = ["digital", "reachability"];
const horizon = fc.integer({ min: 12, max: 120 });

describe.each(kinds)("%s", (kind) => {
  it("a verdict that says it pays always stands on a non-negative risk-adjusted NPV", () => {
    fc.assert(
      fc.property(caseArbitrary(kind), horizon, (input, months) => {
        const bc = computeBusinessCase(input, months);
        if (bc.verdict === "pays") expect(bc.netPresentValue).toBeGreaterThanOrEqual(0);
        if (bc.netPresentValue < 0) expect(bc.verdict).toBe("doesNotPay");
      }),
    );
  });

  it("payback never comes earlier when the one-off costs rise", () => {
    const oneOff = kind === "digital" ? "implementationCost" : "technologyOneOffCost";
    fc.assert(
      fc.property(
        caseArbitrary(kind),
        horizon,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (input, months, extra) => {
          const figures = input.figures as Record<string, number>;
          const more = { ...figures, [oneOff]: (figures[oneOff] ?? 0) + extra };
          const before = computeBusinessCase(input, months).payback ?? Infinity;
          const after =
            computeBusinessCase({ kind, figures: more } as CaseFigures, months).payback ?? Infinity;
          expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        },
      ),
    );
  });

  it("optimistic NPV ≥ expected ≥ conservative, for any figures of the user", () => {
    fc.assert(
      fc.property(caseArbitrary(kind), horizon, (input, months) => {
        const [conservative, expected, optimistic] = (
          ["conservative", "expected", "optimistic"] as const
        ).map((s) => computeBusinessCase(scenarioCase(input, s), months).netPresentValue);
        const slack = 1e-9 * Math.max(1, Math.abs(expected ?? 0));
        expect(optimistic).toBeGreaterThanOrEqual((expected ?? 0) - slack);
        expect(expected).toBeGreaterThanOrEqual((conservative ?? 0) - slack);
      }),
    );
  });

  it("the break-even values give a risk-adjusted NPV of zero when fed back", () => {
    fc.assert(
      fc.property(caseArbitrary(kind), horizon, (input, months) => {
        const found = breakEven(input, months);
        const npvWith = (changes: Record<string, number>) =>
          computeBusinessCase(
            { kind, figures: { ...input.figures, ...changes } } as CaseFigures,
            months,
          ).netPresentValue;
        const scale = Math.max(1, computeBusinessCase(input, months).presentCosts);
        for (const [id, value] of [
          ["automatedShare", found.automatedShare],
          ["contactsPerMonth", found.contactsPerMonth],
        ] as const) {
          if (typeof value === "number")
            expect(Math.abs(npvWith({ [id]: value }))).toBeLessThan(1e-6 * scale);
          else {
            // No zero in the range: the NPV keeps the stated sign, at 0 and at the range's top.
            const top = id === "automatedShare" ? 0.8 : 2 * input.figures.contactsPerMonth + 1;
            for (const x of [0, top]) {
              const npv = npvWith({ [id]: x });
              if (value.stays === "positive") expect(npv).toBeGreaterThanOrEqual(-1e-6 * scale);
              else expect(npv).toBeLessThanOrEqual(1e-6 * scale);
            }
          }
        }
      }),
    );
  });
});
