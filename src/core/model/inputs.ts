/**
 * The inputs of the two business cases as data: a typed id, unit, allowed range, where the value
 * comes from, the wizard section it sits in, and how the scenarios move it (scenarios.ts). The
 * template, the wizard's validation and the core model all read these lists; ids are a union, so a
 * misspelt id is a compile error rather than a silent 0.
 */

import { MAX_MONTHS } from "../cashflow";

export type TemplateKind = "digital" | "reachability";

/** Longest build before go-live the product accepts, in months. */
export const MAX_LEAD_MONTHS = 36;

/** Highest yearly indexation of wages or prices the product accepts. */
export const MAX_INDEXATION = 0.25;

/** Weeks in a year, for yearly staff hours and pay (staffing.ts) and the longest transition. */
export const WEEKS_PER_YEAR = 52;

/** Inputs both business cases have. */
export const SHARED_INPUT_IDS = [
  "contactsPerMonth",
  "standardQuestionShare",
  "automatedShare",
  "costPerAutomatedContact",
  "contributionMargin",
  "hiddenCostRate",
  "pricesContracted",
  "weeklyTeamCost",
  "transitionWeeks",
  "productivityLoss",
  "rampUpMonths",
  "goLiveShare",
  "discountRate",
  "benefitRisk",
  "costRisk",
  "monthsToGoLive",
  "contractTermMonths",
  "renewalCost",
  "wageIndexation",
  "priceIndexation",
  "volumeGrowth",
] as const;

export const DIGITAL_INPUT_IDS = [
  ...SHARED_INPUT_IDS,
  "teamOverloaded",
  "handleMinutes",
  "otherHandleMinutes",
  "escalationShare",
  "agentSalaryPerYear",
  "employerOnCost",
  "productiveHoursPerFte",
  "overheadPerFteRemoved",
  "priceAtCostPerContact",
  "costPerContact",
  "variableCostShare",
  "realisationShare",
  "extraRevenuePerYear",
  "implementationCost",
  "trainingCost",
  "recurringCostPerYear",
] as const;

/** The CAO Rijk §7.1 bands of irregular hours, in the order the sheet lists them. */
export const SHIFT_BANDS = [
  "night",
  "earlyMorning",
  "evening",
  "lateEvening",
  "weekend",
  "holiday",
] as const;
export type ShiftBand = (typeof SHIFT_BANDS)[number];

export const REACHABILITY_INPUT_IDS = [
  ...SHARED_INPUT_IDS,
  "afterHoursShare",
  "afterHoursFitThreshold",
  "urgentSupport",
  "multipleTimeZones",
  "revenuePerServedContact",
  "lostDemandShare",
  "retainedCustomersPerYear",
  "customerLifetimeValue",
  "customerLifetimeYears",
  "operationalSavingsPerYear",
  "technologyOneOffCost",
  "technologyCostPerYear",
  "openFrom",
  "openUntil",
  "openDays",
  "publicHolidaysPerYear",
  "hourlySalary",
  "employerOnCost",
  "staffPerShift",
  "contractHoursPerWeek",
  "productiveHoursPerFte",
  "surcharge_night",
  "surcharge_earlyMorning",
  "surcharge_evening",
  "surcharge_lateEvening",
  "surcharge_weekend",
  "surcharge_holiday",
  "cap_night",
  "cap_earlyMorning",
  "cap_evening",
  "cap_lateEvening",
  "cap_weekend",
  "cap_holiday",
] as const;

export type DigitalInputId = (typeof DIGITAL_INPUT_IDS)[number];
export type ReachabilityInputId = (typeof REACHABILITY_INPUT_IDS)[number];
export type InputId = DigitalInputId | ReachabilityInputId;
export type InputIdOf<K extends TemplateKind> = K extends "digital"
  ? DigitalInputId
  : ReachabilityInputId;

/** A complete set of figures for one business case: every input of that kind, no other. */
export type Figures<K extends TemplateKind> = Readonly<Record<InputIdOf<K>, number>>;

/** A business case's kind with its figures, so code that takes both kinds stays type-safe. */
export type CaseFigures =
  | { readonly kind: "digital"; readonly figures: Figures<"digital"> }
  | { readonly kind: "reachability"; readonly figures: Figures<"reachability"> };

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
  | "years"
  | "minutes"
  | "hour"
  | "days"
  | "daysPerYear"
  | "hoursPerWeek"
  | "hoursPerYear"
  | "people"
  | "flag";

/**
 * Where the value a user starts from comes from. `figure`: the user's own figure (we ship an
 * example value and say so); the rest name a source a user reads by its title in the product.
 */
export type SourceKind =
  | "figure"
  | "digitalArticle"
  | "reachabilityArticle"
  | "forresterTei"
  | "caoRijk"
  | "vendorFigures"
  | "publishedDeployments"
  | "publicHolidays"
  | "assumption";

/** The wizard's sections, in order. */
export type Section =
  "volume" | "automation" | "revenue" | "costs" | "transition" | "timing" | "life" | "staffing";

export interface InputDef {
  readonly id: InputId;
  readonly unit: Unit;
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
  readonly source: SourceKind;
  readonly section: Section;
}

const MONEY = 1e12;
type Def = Omit<InputDef, "id">;
const money = (unit: Unit, source: SourceKind, section: Section): Def => ({
  unit,
  min: 0,
  max: MONEY,
  source,
  section,
});
const share = (source: SourceKind, section: Section, max = 1): Def => ({
  unit: "percent",
  min: 0,
  max,
  source,
  section,
});
const count = (unit: Unit, max: number, source: SourceKind, section: Section): Def => ({
  unit,
  min: 0,
  max,
  whole: true,
  source,
  section,
});
const flag = (section: Section): Def => ({ ...count("flag", 1, "figure", section) });

/** Rules of every input, by id (the lists above decide which a template shows and in what order). */
export const INPUT_RULES: Readonly<Record<InputId, Def>> = {
  contactsPerMonth: count("contactsPerMonth", 1e9, "figure", "volume"),
  standardQuestionShare: share("figure", "volume"),
  teamOverloaded: flag("volume"),
  afterHoursShare: share("figure", "volume"),
  afterHoursFitThreshold: share("assumption", "volume"),
  urgentSupport: flag("volume"),
  multipleTimeZones: flag("volume"),
  // The 24/7 article: automation can handle up to 80% of the standard questions.
  automatedShare: share("reachabilityArticle", "automation", 0.8),
  // Volume is not workload: the contacts a bot resolves are the short ones (handleMinutes), the
  // rest take their own time (otherHandleMinutes); hours freed come from the automated ones.
  handleMinutes: { unit: "minutes", min: 0, max: 600, source: "figure", section: "automation" },
  otherHandleMinutes: {
    unit: "minutes",
    min: 0,
    max: 600,
    source: "figure",
    section: "automation",
  },
  // Contained is not resolved: an attempt that escalates costs the bot's contact and an agent's.
  escalationShare: share("assumption", "automation"),
  agentSalaryPerYear: money("currencyPerYear", "figure", "automation"),
  // Seats, licences per FTE actually removed: overheads count only through this stated line.
  overheadPerFteRemoved: money("currencyPerYear", "assumption", "automation"),
  priceAtCostPerContact: flag("automation"),
  costPerContact: { ...money("currency", "vendorFigures", "automation"), max: 1e6 },
  variableCostShare: share("assumption", "automation"),
  costPerAutomatedContact: { ...money("currency", "vendorFigures", "automation"), max: 1e6 },
  realisationShare: share("assumption", "automation"),
  productiveHoursPerFte: {
    unit: "hoursPerYear",
    min: 1,
    max: 8784,
    source: "assumption",
    section: "automation",
  },
  extraRevenuePerYear: money("currencyPerYear", "figure", "revenue"),
  revenuePerServedContact: { ...money("currency", "figure", "revenue"), max: 1e6 },
  // Out of hours much demand is deferred to the next morning, not lost: only the lost share counts.
  lostDemandShare: share("assumption", "revenue"),
  contributionMargin: share("assumption", "revenue"),
  retainedCustomersPerYear: count("customersPerYear", 1e9, "figure", "revenue"),
  customerLifetimeValue: money("currency", "figure", "revenue"),
  customerLifetimeYears: { ...count("years", 50, "assumption", "revenue"), min: 1 },
  operationalSavingsPerYear: money("currencyPerYear", "figure", "revenue"),
  implementationCost: money("currency", "figure", "costs"),
  trainingCost: money("currency", "figure", "costs"),
  recurringCostPerYear: money("currencyPerYear", "figure", "costs"),
  technologyOneOffCost: money("currency", "figure", "costs"),
  technologyCostPerYear: money("currencyPerYear", "figure", "costs"),
  hiddenCostRate: share("digitalArticle", "costs"),
  // Contracted prices and licences are not uncertain: the scenarios leave them as entered.
  pricesContracted: flag("costs"),
  weeklyTeamCost: money("currencyPerWeek", "figure", "transition"),
  transitionWeeks: {
    unit: "weeks",
    min: 0,
    max: WEEKS_PER_YEAR,
    source: "digitalArticle",
    section: "transition",
  },
  productivityLoss: share("assumption", "transition"),
  rampUpMonths: count("months", MAX_MONTHS, "publishedDeployments", "timing"),
  goLiveShare: share("publishedDeployments", "timing"),
  discountRate: share("forresterTei", "timing"),
  benefitRisk: share("assumption", "timing"),
  costRisk: share("assumption", "timing"),
  // Time and life of the investment (domain.md, second review): each 0 keeps a case without a
  // build, renewal, indexation or growth; lines.ts says which line each moves.
  monthsToGoLive: count("months", MAX_LEAD_MONTHS, "assumption", "life"),
  contractTermMonths: count("months", MAX_MONTHS, "assumption", "life"),
  renewalCost: money("currency", "assumption", "life"),
  wageIndexation: share("assumption", "life", MAX_INDEXATION),
  priceIndexation: share("assumption", "life", MAX_INDEXATION),
  volumeGrowth: { ...share("assumption", "life", 1), min: -0.5 },
  openFrom: count("hour", 23, "assumption", "staffing"),
  openUntil: { ...count("hour", 24, "assumption", "staffing"), min: 1 },
  openDays: count("days", 7, "assumption", "staffing"),
  publicHolidaysPerYear: count("daysPerYear", 30, "publicHolidays", "staffing"),
  hourlySalary: { ...money("currencyPerHour", "figure", "staffing"), max: 1e4 },
  employerOnCost: share("vendorFigures", "staffing", 2),
  staffPerShift: { unit: "people", min: 0, max: 1000, source: "assumption", section: "staffing" },
  contractHoursPerWeek: {
    unit: "hoursPerWeek",
    min: 1,
    max: 168,
    source: "caoRijk",
    section: "staffing",
  },
  surcharge_night: share("caoRijk", "staffing", 2),
  surcharge_earlyMorning: share("caoRijk", "staffing", 2),
  surcharge_evening: share("caoRijk", "staffing", 2),
  surcharge_lateEvening: share("caoRijk", "staffing", 2),
  surcharge_weekend: share("caoRijk", "staffing", 2),
  surcharge_holiday: share("caoRijk", "staffing", 2),
  cap_night: { ...money("currencyPerHour", "caoRijk", "staffing"), max: 1e4 },
  cap_earlyMorning: { ...money("currencyPerHour", "caoRijk", "staffing"), max: 1e4 },
  cap_evening: { ...money("currencyPerHour", "caoRijk", "staffing"), max: 1e4 },
  cap_lateEvening: { ...money("currencyPerHour", "caoRijk", "staffing"), max: 1e4 },
  cap_weekend: { ...money("currencyPerHour", "caoRijk", "staffing"), max: 1e4 },
  cap_holiday: { ...money("currencyPerHour", "caoRijk", "staffing"), max: 1e4 },
};

export function inputIdsOf<K extends TemplateKind>(kind: K): readonly InputIdOf<K>[] {
  return (
    kind === "digital" ? DIGITAL_INPUT_IDS : REACHABILITY_INPUT_IDS
  ) as readonly InputIdOf<K>[];
}

/** Inputs that sit in another section in one template: the digital agent cost is not staffing. */
const SECTION_IN: Readonly<Record<TemplateKind, Partial<Record<InputId, Section>>>> = {
  digital: { employerOnCost: "automation" },
  reachability: {},
};

/** The inputs of a business case, in the order the sheet and the wizard show them. */
export function inputsOf(kind: TemplateKind): readonly InputDef[] {
  return inputIdsOf(kind).map((id) => {
    const section = SECTION_IN[kind][id];
    return { id, ...INPUT_RULES[id], ...(section ? { section } : {}) };
  });
}

export type BrokenRule = "notNumber" | "atLeast" | "atMost" | "notWhole";

/** Checks one value against its input's rule; returns the broken rule, or null when the value is fine. */
export function checkInput(
  def: Pick<InputDef, "min" | "max" | "whole">,
  value: unknown,
): null | { rule: BrokenRule; min: number; max: number } {
  const bounds = { min: def.min, max: def.max };
  if (typeof value !== "number" || !Number.isFinite(value)) return { rule: "notNumber", ...bounds };
  if (value < def.min) return { rule: "atLeast", ...bounds };
  if (value > def.max) return { rule: "atMost", ...bounds };
  if (def.whole && !Number.isInteger(value)) return { rule: "notWhole", ...bounds };
  return null;
}
