/**
 * The calculation lines of the model sheet, declared once each: its format and its formula as a
 * function of "the same scenario's cell of line or input x", so every scenario column computes its
 * own case with the same arithmetic as core/model/lines.ts (same order of operations) and the
 * in-use column B picks the chosen scenario's value. Labels: i18n/calc.ts, keyed by the same ids.
 */
import { CASE_YEARS, type InputId, type TemplateKind } from "../../core";
import { yearIndexFormula } from "../formulas";
import { cx } from "../calls";
import { COUNT, DECIMAL, MONEY, MONEY_CENTS, PERCENT } from "../formats";
import { INDEX_RATES, indicesOf, type IndexedLine } from "./engine";

/** The lines both templates have, then the 24/7 retention, the costs and the digital capacity. */
const SHARED = [
  "unitValue",
  "rampValue",
  "automatedPerYear",
  "earnedPerAutomated",
  "automatedBenefitPerYear",
  "otherRampedPerYear",
  "rampedBenefitsPerYear",
] as const;
const RETENTION = ["retentionPerCohortMonth", "lifetimeMonths"] as const;
const COSTS = [
  "automatedCostPerYear",
  "recurringPerYear",
  "oneOffCosts",
  "hiddenCosts",
  "initial",
  "initialAfterRisk",
  "opportunityCost",
  "articleBenefits",
  "articleCosts",
  "articleRoi",
] as const;
const AGENT_TIME = ["loadedHourlyCost", "valuePerResolved", "grossPerAutomated"] as const;
const CAPACITY = ["hoursFreedPerYear", "fteFreed", "fteRealised", "cashPerFte"] as const;

/** Every calculation line of either template. */
export const CALC_LINE_IDS = [
  ...AGENT_TIME,
  ...SHARED,
  ...RETENTION,
  ...COSTS,
  ...CAPACITY,
] as const;
export type CalcLineId = (typeof CALC_LINE_IDS)[number];

/** The address of an input or a calculation line in the same scenario column. */
export type Ref = (id: InputId | CalcLineId) => string;

export interface CalcLineDef {
  readonly format: string;
  /** The formula, "=" included; `digital` picks the template's variant where the two differ. */
  readonly formula: (r: Ref, digital: boolean) => string;
}

const line = (format: string, formula: CalcLineDef["formula"]): CalcLineDef => ({
  format,
  formula: (r, digital) => `=${formula(r, digital)}`,
});

/** MIN over years 1..10 of a yearly formula. */
function worstYear(inYear: (year: number) => string): string {
  const years = Array.from({ length: CASE_YEARS }, (_, i) => inYear(i + 1));
  return `MIN(${years.join(",")})`;
}

/** What an automated contact earns after risk in `year`: its savings' and its cost's indices. */
function unitValueIn(r: Ref, digital: boolean, year: number): string {
  const kind = digital ? "digital" : "reachability";
  const index = (line: IndexedLine) =>
    indicesOf(kind, line)
      .filter((id) => id !== "volumeIndex")
      .map((id) => `*${yearIndexFormula(r(INDEX_RATES[id]), year)}`)
      .join("");
  const earned = `${r("earnedPerAutomated")}*(1-${r("benefitRisk")})${index("automatedBenefit")}`;
  return `${earned}-${r("costPerAutomatedContact")}*(1+${r("costRisk")})${index("automatedCost")}`;
}

/** Each line's format and formula. */
export const CALC_LINES: Readonly<Record<CalcLineId, CalcLineDef>> = {
  // core/model/lines.ts unitValue and rampValue: the worst of the ten years, indices applied.
  unitValue: line(MONEY_CENTS, (r, digital) => worstYear((year) => unitValueIn(r, digital, year))),
  rampValue: line(MONEY, (r, digital) =>
    worstYear((year) => {
      const volume = yearIndexFormula(r("volumeGrowth"), year);
      const automated = `${r("automatedPerYear")}/12*${volume}*(${unitValueIn(r, digital, year)})`;
      return `${automated}+${r("otherRampedPerYear")}/12*(1-${r("benefitRisk")})`;
    }),
  ),
  automatedPerYear: line(COUNT, (r, digital) => {
    const contacts = digital
      ? `${r("contactsPerMonth")}*12`
      : `${r("contactsPerMonth")}*12*${r("afterHoursShare")}`;
    return `${contacts}*(${r("standardQuestionShare")}*${r("automatedShare")})`;
  }),
  // core/model/lines.ts agentTime: savings at the cost that goes away.
  loadedHourlyCost: line(
    MONEY_CENTS,
    (r) => `${r("agentSalaryPerYear")}*(1+${r("employerOnCost")})/${r("productiveHoursPerFte")}`,
  ),
  valuePerResolved: line(
    MONEY_CENTS,
    (r) =>
      `IF(${r("priceAtCostPerContact")}<>0,${r("costPerContact")}*${r("variableCostShare")},${r("handleMinutes")}/60*${r("loadedHourlyCost")})`,
  ),
  grossPerAutomated: line(
    MONEY_CENTS,
    (r) =>
      `(1-${r("escalationShare")})*(${r("valuePerResolved")}+${r("handleMinutes")}/60/${r("productiveHoursPerFte")}*${r("overheadPerFteRemoved")})`,
  ),
  earnedPerAutomated: line(MONEY_CENTS, (r, digital) =>
    digital
      ? `${r("grossPerAutomated")}*${r("realisationShare")}`
      : `${r("revenuePerServedContact")}*${r("contributionMargin")}*${r("lostDemandShare")}`,
  ),
  automatedBenefitPerYear: line(
    MONEY,
    (r) => `${r("automatedPerYear")}*${r("earnedPerAutomated")}`,
  ),
  otherRampedPerYear: line(MONEY, (r, digital) =>
    digital
      ? `${r("extraRevenuePerYear")}*${r("contributionMargin")}`
      : r("operationalSavingsPerYear"),
  ),
  rampedBenefitsPerYear: line(
    MONEY,
    (r) => `${r("automatedBenefitPerYear")}+${r("otherRampedPerYear")}`,
  ),
  retentionPerCohortMonth: line(
    MONEY_CENTS,
    (r) =>
      `${r("retainedCustomersPerYear")}/12*(${r("customerLifetimeValue")}/${r("customerLifetimeYears")}/12)`,
  ),
  lifetimeMonths: line("0", (r) => `12*${r("customerLifetimeYears")}`),
  automatedCostPerYear: line(
    MONEY,
    (r) => `${r("automatedPerYear")}*${r("costPerAutomatedContact")}`,
  ),
  recurringPerYear: line(MONEY, (r, digital) =>
    digital ? r("recurringCostPerYear") : r("technologyCostPerYear"),
  ),
  oneOffCosts: line(MONEY, (r, digital) =>
    digital ? `${r("implementationCost")}+${r("trainingCost")}` : r("technologyOneOffCost"),
  ),
  hiddenCosts: line(MONEY, (r) => cx("HIDDEN_COSTS", [r("oneOffCosts"), r("hiddenCostRate")])),
  initial: line(MONEY, (r) => `${r("oneOffCosts")}+${r("hiddenCosts")}`),
  initialAfterRisk: line(MONEY, (r) => `${r("initial")}*(1+${r("costRisk")})`),
  opportunityCost: line(
    MONEY,
    (r) => `${r("weeklyTeamCost")}*${r("transitionWeeks")}*${r("productivityLoss")}`,
  ),
  articleBenefits: line(MONEY, (r, digital) => {
    if (digital) return r("rampedBenefitsPerYear");
    const retention = cx("RETENTION_VALUE", [
      r("retainedCustomersPerYear"),
      r("customerLifetimeValue"),
    ]);
    return `${r("rampedBenefitsPerYear")}+${retention}`;
  }),
  articleCosts: line(
    MONEY,
    (r) => `${r("oneOffCosts")}+${r("recurringPerYear")}+${r("automatedCostPerYear")}`,
  ),
  articleRoi: line(PERCENT, (r) => cx("ROI", [r("articleBenefits"), r("articleCosts")])),
  hoursFreedPerYear: line(
    COUNT,
    (r) => `${r("automatedPerYear")}*(1-${r("escalationShare")})*(${r("handleMinutes")}/60)`,
  ),
  fteFreed: line(DECIMAL, (r) => `${r("hoursFreedPerYear")}/${r("productiveHoursPerFte")}`),
  fteRealised: line(DECIMAL, (r) => `${r("fteFreed")}*${r("realisationShare")}`),
  // The check a controller makes: € saved ÷ FTE cashed is the loaded cost of an FTE (+ overheads).
  cashPerFte: line(
    MONEY,
    (r) => `IF(${r("fteRealised")}=0,0,${r("automatedBenefitPerYear")}/${r("fteRealised")})`,
  ),
};

/** Calculation lines, per scenario column, in sheet order. */
export function calcIdsOf(kind: TemplateKind): readonly CalcLineId[] {
  return kind === "digital"
    ? [...AGENT_TIME, ...SHARED, ...COSTS, ...CAPACITY]
    : [...SHARED, ...RETENTION, ...COSTS];
}
