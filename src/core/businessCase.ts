/**
 * The whole business-case model behind both templates: from the inputs to every result the sheet
 * shows. The template writes the same arithmetic as Excel formulas; a test evaluates those formulas
 * in an independent engine and compares every result with this module.
 */
import { automationSavings, retentionValue } from "./benefits";
import { monthlyCashFlow, paybackFromSeries, rampedMonths, type CashFlowMonth } from "./cashflow";
import { hiddenCosts, staffCost } from "./costs";
import { discountedFigures } from "./discounting";
import { type CalcError } from "./errors";
import { SHIFT_BANDS, type InputValues, type TemplateKind } from "./inputs";
import { roi } from "./roi";
import { worthIt, type Verdict } from "./verdict";

export const WEEKS_PER_YEAR = 52;

export interface YearFigures {
  readonly year: number;
  readonly months: number;
  /** Benefits realised in the year, after ramp-up and the benefit risk adjustment. */
  readonly benefits: number;
  /** Recurring costs in the year, after the cost risk adjustment. */
  readonly costs: number;
}

export interface BusinessCase {
  /** Benefits a year at full adoption. */
  readonly yearlyBenefits: number;
  readonly oneOffCosts: number;
  readonly hiddenCosts: number;
  /** Paid in month 0: one-off plus hidden costs. */
  readonly investment: number;
  readonly monthlyBenefit: number;
  readonly monthlyCost: number;
  /** The articles' method: first-year benefits against one-off and first-year recurring costs, no hidden costs. */
  readonly firstYearRoiArticle: number | CalcError;
  readonly firstYearRoi: number | CalcError;
  readonly horizonRoi: number | CalcError;
  readonly years: readonly YearFigures[];
  readonly presentBenefits: number;
  readonly presentCosts: number;
  readonly netPresentValue: number;
  readonly discountedRoi: number | CalcError;
  /** `null` when the investment is not paid back within the horizon. */
  readonly paybackMonths: number | null;
  readonly verdict: Verdict;
  readonly cashFlow: readonly CashFlowMonth[];
  /** 24/7 only: the yearly cost of staffing the off-hours instead, and the horizon ROI of doing so. */
  readonly staffing?: {
    readonly costPerYear: number;
    readonly horizonRoi: number | CalcError;
    /** Which way of being reachable 24/7 costs less over the horizon. */
    readonly cheaper: "automation" | "staffing";
  };
}

const get = (inputs: InputValues, id: string): number => inputs[id] ?? 0;

function yearlyBenefitsOf(kind: TemplateKind, v: InputValues): number {
  if (kind === "digital") {
    const staffSavings = automationSavings(
      get(v, "contactsPerMonth") * 12,
      get(v, "automationRate"),
      get(v, "costPerContact"),
      get(v, "costPerAutomatedContact"),
    );
    return staffSavings + get(v, "extraRevenuePerYear");
  }
  return (
    get(v, "afterHoursRevenuePerYear") +
    retentionValue(get(v, "retainedCustomersPerYear"), get(v, "customerLifetimeValue")) +
    get(v, "operationalSavingsPerYear")
  );
}

function oneOffCostsOf(kind: TemplateKind, v: InputValues): number {
  return kind === "digital"
    ? get(v, "implementationCost") + get(v, "trainingCost")
    : get(v, "technologyOneOffCost");
}

function recurringPerYearOf(kind: TemplateKind, v: InputValues): number {
  return kind === "digital" ? get(v, "recurringCostPerYear") : get(v, "technologyCostPerYear");
}

/** The off-hours staff cost of one week: Σ hours × hourly cost × (1 + surcharge) × staff, by CAO band. */
export function weeklyStaffCost(v: InputValues): number {
  const hours = SHIFT_BANDS.map((band) => get(v, `hours_${band}`));
  const surcharges = SHIFT_BANDS.map((band) => get(v, `surcharge_${band}`));
  const result = staffCost(
    { rows: hours.length, columns: 1, values: hours },
    get(v, "hourlyStaffCost"),
    { rows: surcharges.length, columns: 1, values: surcharges },
    get(v, "staffPerShift"),
  );
  return typeof result === "number" ? result : 0;
}

/**
 * Every figure of a business case over `horizonMonths`.
 *
 * @example computeBusinessCase("digital", scenarioInputs("digital", "article", exampleFigures("digital")), 36).firstYearRoiArticle === 1
 */
export function computeBusinessCase(
  kind: TemplateKind,
  v: InputValues,
  horizonMonths: number,
): BusinessCase {
  const yearlyBenefits = yearlyBenefitsOf(kind, v);
  const oneOffCosts = oneOffCostsOf(kind, v);
  const recurringPerYear = recurringPerYearOf(kind, v);
  const hidden = hiddenCosts(
    oneOffCosts,
    get(v, "hiddenCostRate"),
    get(v, "weeklyTeamCost"),
    get(v, "transitionWeeks"),
    get(v, "productivityLoss"),
  );
  const investment = oneOffCosts + hidden;
  const rampUp = get(v, "rampUpMonths");
  const monthlyBenefit = yearlyBenefits / 12;
  const monthlyCost = recurringPerYear / 12;

  const firstYearBenefits = (yearlyBenefits * rampedMonths(rampUp, 12)) / 12;
  const horizonBenefits = (yearlyBenefits * rampedMonths(rampUp, horizonMonths)) / 12;
  const horizonRecurring = (recurringPerYear * horizonMonths) / 12;

  const years: YearFigures[] = [];
  for (let year = 1; (year - 1) * 12 < horizonMonths; year++) {
    const end = Math.min(year * 12, horizonMonths);
    const months = end - (year - 1) * 12;
    const ramped = rampedMonths(rampUp, end) - rampedMonths(rampUp, (year - 1) * 12);
    years.push({
      year,
      months,
      benefits: ((yearlyBenefits * ramped) / 12) * (1 - get(v, "benefitRisk")),
      costs: ((recurringPerYear * months) / 12) * (1 + get(v, "costRisk")),
    });
  }
  const discounted = discountedFigures(
    years.map((y) => y.benefits),
    years.map((y) => y.costs),
    get(v, "discountRate"),
    investment * (1 + get(v, "costRisk")),
  );

  const cashFlow = monthlyCashFlow({
    investment,
    monthlyBenefit,
    monthlyCost,
    months: horizonMonths,
    rampUpMonths: rampUp,
  });
  const paybackMonths = paybackFromSeries(
    investment,
    cashFlow.slice(1).map((row) => row.net),
  );

  const staffing =
    kind === "reachability"
      ? staffingFigures(v, horizonMonths, horizonBenefits, investment + horizonRecurring)
      : undefined;
  return {
    yearlyBenefits,
    oneOffCosts,
    hiddenCosts: hidden,
    investment,
    monthlyBenefit,
    monthlyCost,
    firstYearRoiArticle: roi(firstYearBenefits, oneOffCosts + recurringPerYear),
    firstYearRoi: roi(firstYearBenefits, investment + recurringPerYear),
    horizonRoi: roi(horizonBenefits, investment + horizonRecurring),
    years,
    presentBenefits: discounted.presentBenefits,
    presentCosts: discounted.presentCosts,
    netPresentValue: discounted.netPresentValue,
    discountedRoi: roi(discounted.presentBenefits, discounted.presentCosts),
    paybackMonths,
    verdict: worthIt(
      get(v, "contactsPerMonth"),
      get(v, "standardQuestionShare"),
      get(v, "teamOverloaded") !== 0,
    ),
    cashFlow,
    ...(staffing ? { staffing } : {}),
  };
}

function staffingFigures(
  v: InputValues,
  horizonMonths: number,
  horizonBenefits: number,
  automationCosts: number,
) {
  const costPerYear = weeklyStaffCost(v) * WEEKS_PER_YEAR;
  const staffingCosts = (costPerYear * horizonMonths) / 12;
  return {
    costPerYear,
    horizonRoi: roi(horizonBenefits, staffingCosts),
    cheaper: staffingCosts < automationCosts ? ("staffing" as const) : ("automation" as const),
  };
}
