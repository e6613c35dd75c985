/**
 * Scenarios a controller signs (issue "Value what really becomes cash", item 5): conservative and
 * optimistic move the uncertain drivers; the risk adjustments stay as the user set them, and
 * contracted prices and licences do not move.
 */
import fc from "fast-check";
import {
  computeBusinessCase,
  exampleFigures,
  scenarioFigures,
  type CaseFigures,
  type Figures,
  type TemplateKind,
} from "../../src/core";
import { caseArbitrary } from "../support/figures";

fc.configureGlobal({ seed: process.env.CI ? 20261208 : undefined });

describe.each<TemplateKind>(["digital", "reachability"])("%s scenarios", (kind) => {
  const yours = exampleFigures<TemplateKind>(kind);

  it("risk is counted once: the scenarios keep the user's risk adjustments", () => {
    for (const scenario of ["conservative", "optimistic"] as const) {
      const moved = scenarioFigures(kind, scenario, yours);
      expect(moved.benefitRisk).toBe(0.1);
      expect(moved.costRisk).toBe(0.05);
    }
  });

  it("a contracted €1 a bot contact and the licences stay as entered", () => {
    const signed = { ...yours, costPerAutomatedContact: 1, pricesContracted: 1 };
    const recurring = kind === "digital" ? "recurringCostPerYear" : "technologyCostPerYear";
    for (const scenario of ["conservative", "optimistic"] as const) {
      const moved = scenarioFigures(kind, scenario, signed) as Record<string, number>;
      expect(moved.costPerAutomatedContact).toBe(1);
      expect(moved[recurring]).toBe(18000);
    }
    // Not contracted, the conservative case prices a bot contact at the vendors' €2 ceiling.
    const open = scenarioFigures(kind, "conservative", { ...signed, pricesContracted: 0 });
    expect(open.costPerAutomatedContact).toBe(2);
  });

  it("optimistic NPV ≥ expected ≥ conservative for any figures, contracted or not", () => {
    fc.assert(
      fc.property(caseArbitrary(kind), fc.boolean(), (input: CaseFigures, signed: boolean) => {
        const figures = {
          ...input.figures,
          pricesContracted: signed ? 1 : 0,
        } as Figures<TemplateKind>;
        const npv = (scenario: "conservative" | "expected" | "optimistic") =>
          computeBusinessCase({ kind, figures: scenarioFigures(kind, scenario, figures) }, 36)
            .netPresentValue;
        const [low, mid, high] = [npv("conservative"), npv("expected"), npv("optimistic")];
        const slack = 1e-6 * Math.max(1, Math.abs(mid));
        expect(high).toBeGreaterThanOrEqual(mid - slack);
        expect(mid).toBeGreaterThanOrEqual(low - slack);
      }),
      { numRuns: 200 },
    );
  });
});
