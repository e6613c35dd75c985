/**
 * Scenarios around the user's own figures (domain.md; issue "A business case a controller can
 * defend"): "expected" is the user's figures as entered; "conservative" and "optimistic" are stated
 * adjustments of those figures, per driver, from domain.md's ranges where it gives one and a stated
 * ± otherwise; "article" is the article's worked example. Nothing here overwrites a user's figure
 * with a generic one: a bound only moves a figure that is better (or worse) than the published range.
 *
 * Volume and adoption drivers help only while what they scale earns money: more automated contacts
 * are better only when an automated contact earns more than it costs ("unit value" ≥ 0), a faster
 * ramp-up only while the ramped cash flow is positive ("ramp value" ≥ 0). Those adjustments are
 * guarded by that sign, computed in the scenario itself, so the optimistic NPV ≥ expected ≥
 * conservative for any figures: every step from "expected" to a scenario moves the NPV one way.
 */
import { computeBusinessCase, type BusinessCase } from "./businessCase";
import { articleFigures } from "./examples";
import {
  INPUT_RULES,
  type CaseFigures,
  type Figures,
  type InputId,
  type TemplateKind,
} from "./inputs";
import { caseLines, rampValue, unitValue } from "./lines";

/** The scenarios, in the order of the sheet's columns and the dropdown. */
export const SCENARIOS = ["expected", "conservative", "optimistic", "article"] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A guard: the adjustment applies only while this value, computed in the scenario, is ≥ 0. */
export type Guard = "unitValue" | "rampValue";

/**
 * How conservative and optimistic move a figure y:
 * - factor: y × factor;
 * - delta: y + delta (percentage points for shares);
 * - bound: conservative = the worse of y and the bound, optimistic = the better of y and the bound
 *   (`better` says which way is better: a cost is better lower).
 * Every result stays inside the input's allowed range.
 */
export type ScenarioRule = {
  readonly conservative: number;
  readonly optimistic: number;
  readonly guard?: Guard;
  /** A price or licence: it stays as entered when the user marks prices as contracted. */
  readonly contracted?: true;
} & (
  | { readonly kind: "factor" }
  | { readonly kind: "delta" }
  | { readonly kind: "bound"; readonly better: "higher" | "lower" }
);

const factor = (conservative: number, optimistic: number, guard?: Guard): ScenarioRule => ({
  kind: "factor",
  conservative,
  optimistic,
  ...(guard ? { guard } : {}),
});
const delta = (conservative: number, optimistic: number): ScenarioRule => ({
  kind: "delta",
  conservative,
  optimistic,
});
const bound = (
  conservative: number,
  optimistic: number,
  better: "higher" | "lower",
  guard?: Guard,
): ScenarioRule => ({
  kind: "bound",
  conservative,
  optimistic,
  better,
  ...(guard ? { guard } : {}),
});

/** A rule for a price or licence, which does not move once the user marks prices contracted. */
const contracted = (rule: ScenarioRule): ScenarioRule => ({ ...rule, contracted: true });

/**
 * The adjustments; inputs without a rule keep the user's figure in every scenario. The risk
 * adjustments have none: the scenarios move the uncertain drivers and risk is counted once, as the
 * user set it (domain.md, second review).
 */
export const SCENARIO_RULES: Readonly<Partial<Record<InputId, ScenarioRule>>> = {
  contactsPerMonth: factor(0.9, 1.1, "unitValue"),
  automatedShare: factor(0.8, 1.1, "unitValue"),
  afterHoursShare: factor(0.8, 1.1, "unitValue"),
  costPerContact: factor(0.9, 1.1),
  handleMinutes: factor(0.9, 1.1),
  escalationShare: delta(0.1, -0.05),
  lostDemandShare: delta(-0.1, 0.1),
  realisationShare: delta(-0.2, 0.1),
  // Vendor figures: self-service costs €0.50–2 a contact.
  costPerAutomatedContact: contracted(bound(2, 0.5, "lower")),
  extraRevenuePerYear: factor(0.75, 1.1),
  revenuePerServedContact: factor(0.75, 1.1),
  contributionMargin: factor(0.9, 1.1),
  retainedCustomersPerYear: factor(0.75, 1.1),
  operationalSavingsPerYear: factor(0.75, 1.1),
  implementationCost: factor(1.2, 0.95),
  trainingCost: factor(1.2, 0.95),
  technologyOneOffCost: factor(1.2, 0.95),
  recurringCostPerYear: contracted(factor(1.1, 0.95)),
  technologyCostPerYear: contracted(factor(1.1, 0.95)),
  // The digital article: hidden costs can run up to 30–50% of the initial investment.
  hiddenCostRate: bound(0.5, 0.3, "lower"),
  // The digital article: at least 2–4 weeks of reduced productivity.
  transitionWeeks: bound(4, 2, "lower"),
  productivityLoss: delta(0.1, -0.1),
  // Published deployments: full effect after 6–18 months, 20–40% of it at go-live.
  rampUpMonths: bound(18, 6, "lower", "rampValue"),
  goLiveShare: bound(0.2, 0.4, "higher", "rampValue"),
};

function clampTo(id: InputId, value: number): number {
  const { min, max } = INPUT_RULES[id];
  return Math.min(max, Math.max(min, value));
}

/** One figure under a rule, for "conservative" or "optimistic". */
export function adjusted(
  id: InputId,
  rule: ScenarioRule,
  scenario: "conservative" | "optimistic",
  yours: number,
): number {
  const amount = rule[scenario];
  switch (rule.kind) {
    case "factor":
      return clampTo(id, yours * amount);
    case "delta":
      return clampTo(id, yours + amount);
    case "bound": {
      const higher = (rule.better === "higher") === (scenario === "optimistic");
      return clampTo(id, higher ? Math.max(yours, amount) : Math.min(yours, amount));
    }
  }
}

/** The figures after the rules with this guard (none: the unguarded rules) for one scenario. */
function applyRules<K extends TemplateKind>(
  scenario: "conservative" | "optimistic",
  yours: Figures<K>,
  base: Figures<K>,
  guard: Guard | undefined,
): Figures<K> {
  const next: Record<string, number> = { ...base };
  const own = yours as Readonly<Record<InputId, number>>;
  const fixedPrices = own.pricesContracted !== 0;
  for (const id of Object.keys(yours) as InputId[]) {
    const rule = SCENARIO_RULES[id];
    if (rule === undefined || rule.guard !== guard) continue;
    if (rule.contracted && fixedPrices) continue;
    next[id] = adjusted(id, rule, scenario, own[id]);
  }
  return next as Figures<K>;
}

const linesOf = <K extends TemplateKind>(kind: K, figures: Figures<K>) =>
  caseLines({ kind, figures } as CaseFigures);

/**
 * The figures in force under a scenario, given the user's own figures: unguarded adjustments first,
 * then volume (while an automated contact earns money), then ramp-up and go-live (while the ramped
 * cash flow is positive), each guard computed from the scenario's own figures so far.
 *
 * @example scenarioFigures("digital", "expected", yours) === yours
 */
export function scenarioFigures<K extends TemplateKind>(
  kind: K,
  scenario: Scenario,
  yours: Figures<K>,
): Figures<K> {
  if (scenario === "expected") return yours;
  if (scenario === "article") return articleFigures(kind);
  let figures = applyRules(scenario, yours, yours, undefined);
  if (unitValue(linesOf(kind, figures)) >= 0) {
    figures = applyRules(scenario, yours, figures, "unitValue");
  }
  if (rampValue(linesOf(kind, figures)) >= 0) {
    figures = applyRules(scenario, yours, figures, "rampValue");
  }
  return figures;
}

/** A case under a scenario, its kind kept. */
export function scenarioCase(input: CaseFigures, scenario: Scenario): CaseFigures {
  return input.kind === "digital"
    ? { kind: "digital", figures: scenarioFigures("digital", scenario, input.figures) }
    : { kind: "reachability", figures: scenarioFigures("reachability", scenario, input.figures) };
}

/** The business case of every scenario of `input` over `horizonMonths`, by scenario. */
export function scenarioBusinessCases(
  input: CaseFigures,
  horizonMonths: number,
): Readonly<Record<Scenario, BusinessCase>> {
  return Object.fromEntries(
    SCENARIOS.map((s) => [s, computeBusinessCase(scenarioCase(input, s), horizonMonths)]),
  ) as Record<Scenario, BusinessCase>;
}
