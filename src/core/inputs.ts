/**
 * The inputs of the two business-case templates, as data: unit, allowed range, where the default
 * comes from, and whether the scenarios vary it. The template, the wizard's validation and the
 * core model all read this one list.
 */
import type { SourcedDefault } from "./defaults";

export type TemplateKind = "digital" | "reachability";

export type Unit =
  | "currency"
  | "currencyPerYear"
  | "currencyPerWeek"
  | "currencyPerHour"
  | "contactsPerMonth"
  | "customersPerYear"
  | "percent"
  | "months"
  | "weeks"
  | "hoursPerWeek"
  | "people"
  | "flag";

export interface InputDef {
  readonly id: string;
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
  /** Where the shipped values come from; "figure" means the user's own figure (we ship an example). */
  readonly source: SourcedDefault["source"] | "figure";
  /** True when conservative / expected / optimistic use different values; otherwise all use the user's figure. */
  readonly varies: boolean;
}

const MONEY = 1e12;
const money = (id: string, unit: Unit = "currencyPerYear"): InputDef => ({
  id,
  unit,
  min: 0,
  max: MONEY,
  source: "figure",
  varies: false,
});
const rate = (id: string, source: InputDef["source"], varies = true, max = 1): InputDef => ({
  id,
  unit: "percent",
  min: 0,
  max,
  source,
  varies,
});

const VOLUME: readonly InputDef[] = [
  {
    id: "contactsPerMonth",
    unit: "contactsPerMonth",
    min: 0,
    max: 1e9,
    source: "figure",
    varies: false,
  },
  rate("standardQuestionShare", "figure", false),
  {
    id: "teamOverloaded",
    unit: "flag",
    min: 0,
    max: 1,
    whole: true,
    source: "figure",
    varies: false,
  },
];

const HIDDEN_AND_TIMING: readonly InputDef[] = [
  rate("hiddenCostRate", "article000"),
  money("weeklyTeamCost", "currencyPerWeek"),
  { id: "transitionWeeks", unit: "weeks", min: 0, max: 52, source: "article000", varies: true },
  rate("productivityLoss", "assumption"),
  {
    id: "rampUpMonths",
    unit: "months",
    min: 0,
    max: 120,
    whole: true,
    source: "practice",
    varies: true,
  },
  rate("discountRate", "practice", false),
  rate("benefitRisk", "assumption"),
  rate("costRisk", "assumption"),
];

export const DIGITAL_INPUTS: readonly InputDef[] = [
  ...VOLUME,
  rate("automationRate", "assumption"),
  { id: "costPerContact", unit: "currency", min: 0, max: 1e6, source: "practice", varies: true },
  {
    id: "costPerAutomatedContact",
    unit: "currency",
    min: 0,
    max: 1e6,
    source: "practice",
    varies: true,
  },
  money("extraRevenuePerYear"),
  money("implementationCost", "currency"),
  money("trainingCost", "currency"),
  money("recurringCostPerYear"),
  ...HIDDEN_AND_TIMING,
];

/** Off-hours bands of CAO Rijk (domain.md): the hours a week outside office hours, by surcharge band. */
export const SHIFT_BANDS = ["night", "earlyMorning", "evening", "lateEvening", "weekend"] as const;
export type ShiftBand = (typeof SHIFT_BANDS)[number];

export const REACHABILITY_INPUTS: readonly InputDef[] = [
  ...VOLUME,
  money("afterHoursRevenuePerYear"),
  {
    id: "retainedCustomersPerYear",
    unit: "customersPerYear",
    min: 0,
    max: 1e9,
    source: "figure",
    varies: false,
  },
  money("customerLifetimeValue", "currency"),
  money("operationalSavingsPerYear"),
  money("technologyOneOffCost", "currency"),
  money("technologyCostPerYear"),
  ...HIDDEN_AND_TIMING,
  {
    id: "hourlyStaffCost",
    unit: "currencyPerHour",
    min: 0,
    max: 1e6,
    source: "assumption",
    varies: false,
  },
  { id: "staffPerShift", unit: "people", min: 0, max: 1000, source: "assumption", varies: false },
  ...SHIFT_BANDS.map((band): InputDef => ({
    id: `hours_${band}`,
    unit: "hoursPerWeek",
    min: 0,
    max: 168,
    source: "practice",
    varies: false,
  })),
  ...SHIFT_BANDS.map((band) => rate(`surcharge_${band}`, "practice", false, 2)),
];

export function inputsOf(kind: TemplateKind): readonly InputDef[] {
  return kind === "digital" ? DIGITAL_INPUTS : REACHABILITY_INPUTS;
}

export type InputValues = Readonly<Record<string, number>>;

/** Checks one value against its input's rule; returns the broken rule, or null when the value is fine. */
export function checkInput(
  def: InputDef,
  value: unknown,
): null | { rule: "notNumber" | "atLeast" | "atMost" | "notWhole"; min: number; max: number } {
  const bounds = { min: def.min, max: def.max };
  if (typeof value !== "number" || !Number.isFinite(value)) return { rule: "notNumber", ...bounds };
  if (value < def.min) return { rule: "atLeast", ...bounds };
  if (value > def.max) return { rule: "atMost", ...bounds };
  if (def.whole && !Number.isInteger(value)) return { rule: "notWhole", ...bounds };
  return null;
}
