/**
 * Preset figures for the two templates. "article" reproduces the articles' worked examples
 * (E1 = 100%, E2 = 30%); conservative / expected / optimistic span domain.md's ranges for the
 * inputs that vary; for the rest every scenario uses the user's own figures. `yours` is the example
 * a new user starts from: replace it with your own figures.
 */
import { DEFAULTS } from "./defaults";
import type { InputValues, TemplateKind } from "./inputs";

export const SCENARIOS = ["article", "conservative", "expected", "optimistic"] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** [conservative, expected, optimistic] for the inputs whose value the scenario decides. */
type Spread = readonly [number, number, number];

const SHARED_SPREAD: Readonly<Record<string, Spread>> = {
  hiddenCostRate: [0.5, 0.4, 0.3], // article 000: 30–50% of the initial investment
  transitionWeeks: [4, 3, 2], // article 000: 2–4 weeks of lost productivity
  productivityLoss: [0.35, 0.25, 0.15], // assumption
  rampUpMonths: [18, 12, 6], // practice: full effect over 6–18 months
  benefitRisk: [0.2, 0.1, 0.05], // assumption (TEI risk adjustment)
  costRisk: [0.1, 0.05, 0], // assumption (TEI risk adjustment)
};

const DIGITAL_SPREAD: Readonly<Record<string, Spread>> = {
  ...SHARED_SPREAD,
  automationRate: [0.2, 0.3, 0.4], // assumption; article 002: up to 80% of standard questions
  costPerContact: [4, 6.5, 9], // practice: chat €4–9 per contact
  costPerAutomatedContact: [2, 1.25, 0.5], // practice: self-service €0.50–2
};

const SHARED_FIGURES: InputValues = {
  teamOverloaded: 0,
  weeklyTeamCost: 8000,
  discountRate: DEFAULTS.discountRate.value,
  hiddenCostRate: DEFAULTS.hiddenCostRate.value,
  transitionWeeks: DEFAULTS.transitionWeeks.value,
  productivityLoss: DEFAULTS.productivityLoss.value,
  rampUpMonths: 12,
  benefitRisk: 0.1,
  costRisk: 0.05,
};

const DIGITAL_YOURS: InputValues = {
  ...SHARED_FIGURES,
  contactsPerMonth: 4000,
  standardQuestionShare: 0.5,
  automationRate: 0.3,
  costPerContact: 6.5,
  costPerAutomatedContact: 1.25,
  extraRevenuePerYear: 30000,
  implementationCost: 50000,
  trainingCost: 10000,
  recurringCostPerYear: 24000,
};

/** E1: 100,000 invested; 150,000 staff savings (5,000 contacts × 12 × 50% × (€6 − €1)) + 50,000 extra revenue. */
const DIGITAL_ARTICLE: InputValues = {
  ...DIGITAL_YOURS,
  contactsPerMonth: 5000,
  standardQuestionShare: 0.6,
  automationRate: 0.5,
  costPerContact: 6,
  costPerAutomatedContact: 1,
  extraRevenuePerYear: 50000,
  implementationCost: 100000,
  trainingCost: 0,
  recurringCostPerYear: 0,
  weeklyTeamCost: 0,
  rampUpMonths: 0,
  benefitRisk: 0,
  costRisk: 0,
};

/** CAO Rijk surcharges (domain.md) by band, and the hours a week each band covers outside 08:00–18:00 on weekdays. */
const CAO_RIJK: InputValues = {
  hours_night: 30, // weekdays 00–06: 6 h × 5
  hours_earlyMorning: 10, // weekdays 06–08: 2 h × 5
  hours_evening: 20, // weekdays 18–22: 4 h × 5
  hours_lateEvening: 10, // weekdays 22–24: 2 h × 5
  hours_weekend: 48, // Saturday and Sunday
  surcharge_night: 0.5,
  surcharge_earlyMorning: 0.2,
  surcharge_evening: 0.2,
  surcharge_lateEvening: 0.4,
  surcharge_weekend: 0.7,
};

const REACHABILITY_YOURS: InputValues = {
  ...SHARED_FIGURES,
  ...CAO_RIJK,
  contactsPerMonth: 1500,
  standardQuestionShare: 0.5,
  afterHoursRevenuePerYear: 30000,
  retainedCustomersPerYear: 50,
  customerLifetimeValue: 500,
  operationalSavingsPerYear: 10000,
  technologyOneOffCost: 20000,
  technologyCostPerYear: 36000,
  hourlyStaffCost: 35,
  staffPerShift: 1,
};

/** E2: 50,000 a year on 24/7 automation; 30,000 revenue + 25,000 retention (50 × 500) + 10,000 savings. */
const REACHABILITY_ARTICLE: InputValues = {
  ...REACHABILITY_YOURS,
  afterHoursRevenuePerYear: 30000,
  retainedCustomersPerYear: 50,
  customerLifetimeValue: 500,
  operationalSavingsPerYear: 10000,
  technologyOneOffCost: 0,
  technologyCostPerYear: 50000,
  weeklyTeamCost: 0,
  rampUpMonths: 0,
  benefitRisk: 0,
  costRisk: 0,
};

/** The example figures a new user starts from. */
export function exampleFigures(kind: TemplateKind): InputValues {
  return kind === "digital" ? DIGITAL_YOURS : REACHABILITY_YOURS;
}

/** What a scenario sets, as inputs it overrides; everything else comes from the user's figures. */
export function scenarioOverrides(kind: TemplateKind, scenario: Scenario): InputValues {
  if (scenario === "article") return kind === "digital" ? DIGITAL_ARTICLE : REACHABILITY_ARTICLE;
  const spread = kind === "digital" ? DIGITAL_SPREAD : SHARED_SPREAD;
  const index = SCENARIOS.indexOf(scenario) - 1;
  return Object.fromEntries(Object.entries(spread).map(([id, values]) => [id, values[index] ?? 0]));
}

/** The inputs in force under a scenario, given the user's figures. */
export function scenarioInputs(
  kind: TemplateKind,
  scenario: Scenario | "yours",
  yours: InputValues,
): InputValues {
  return scenario === "yours" ? yours : { ...yours, ...scenarioOverrides(kind, scenario) };
}
