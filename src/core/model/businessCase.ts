/**
 * Every figure of a business case, from its figures and horizon: the TEI headline (risk-adjusted,
 * discounted NPV, ROI, IRR, payback), the article method, the capacity view, the verdict from the
 * money, the fit with the articles' criteria, and for 24/7 the staffing route. The model sheet
 * writes the same arithmetic as Excel formulas; a test evaluates those and compares every figure.
 */
import { paybackFromSeries, yearIndex } from "../cashflow";
import { discountedPayback } from "../discounting";
import { type CalcError } from "../errors";
import { irr } from "../irr";
import { roi } from "../roi";
import {
  moneyVerdict,
  reachabilityFits,
  worthIt,
  type MoneyVerdict,
  type Verdict,
} from "../verdict";
import { monthFlows, yearFlows, type MonthFlow, type YearFlow } from "./flows";
import type { CaseFigures, Figures } from "./inputs";
import { caseLines, type CaseLines } from "./lines";
import { staffingCost, type StaffingCost } from "./staffing";

export interface Headline {
  /** Present value of the risk-adjusted benefits (year t discounted by (1 + r)^t). */
  readonly presentBenefits: number;
  /** Initial costs (undiscounted) + present value of the risk-adjusted yearly costs. */
  readonly presentCosts: number;
  readonly netPresentValue: number;
  /** (PV benefits − PV costs) / PV costs. */
  readonly roi: number | CalcError;
  /** Of the yearly risk-adjusted flows: initial, year 1 … year n. */
  readonly irr: number | null;
  /** Months until the risk-adjusted cumulative cash flow turns non-negative; null: not within the horizon. */
  readonly payback: number | null;
  /** The same on the discounted flows (each month at its year's discount factor). */
  readonly discountedPayback: number | null;
}

export interface BusinessCase extends Headline {
  readonly kind: CaseFigures["kind"];
  readonly horizonMonths: number;
  readonly lines: CaseLines;
  /** Months 1..n before risk. */
  readonly months: readonly MonthFlow[];
  /** Years after risk. */
  readonly years: readonly YearFlow[];
  /** Initial costs after risk, month 0. */
  readonly initial: number;
  /** Month 1..n risk-adjusted net cash flow. */
  readonly monthlyNet: readonly number[];
  /** The articles' method: one year at full effect, undiscounted, no hidden costs, no risk. */
  readonly articleRoi: number | CalcError;
  /** Payback of the cash flow before risk. */
  readonly simplePayback: number | null;
  readonly verdict: MoneyVerdict;
  /** Digital: the article's criteria (CX.WORTH_IT); 24/7: whether the situation fits. */
  readonly fit: Verdict | { readonly kind: "reachabilityFit"; readonly fits: boolean };
  readonly capacity: {
    readonly hoursFreedPerYear: number;
    /** Hours freed ÷ productive hours a year. */
    readonly fteFreed: number;
    /** FTE freed × realisation share: the part that becomes cash. */
    readonly fteRealised: number;
    /** Staff savings a year ÷ FTE cashed (0 when none is): the loaded cost of an FTE, + overheads. */
    readonly cashPerFte: number;
  } | null;
  readonly staffing: StaffingRoute | null;
}

export interface StaffingRoute extends StaffingCost {
  /** Same benefits (PV, after risk) against the staffing costs (PV, after risk). */
  readonly presentCosts: number;
  readonly netPresentValue: number;
  readonly roi: number | CalcError;
  readonly cheaper: "automation" | "staffing";
}

/** The headline figures of month flows (before risk) and their years (after risk). */
export function headlineOf(
  lines: CaseLines,
  months: readonly MonthFlow[],
  years: readonly YearFlow[],
): Headline & { initial: number; monthlyNet: number[] } {
  const initial = lines.initial * (1 + lines.costRisk);
  let presentBenefits = 0;
  let presentCosts = initial;
  for (const year of years) {
    presentBenefits += year.totalBenefits * year.discountFactor;
    presentCosts += year.totalCosts * year.discountFactor;
  }
  const monthlyNet = months.map(
    (m) => m.totalBenefits * (1 - lines.benefitRisk) - m.totalCosts * (1 + lines.costRisk),
  );
  return {
    initial,
    monthlyNet,
    presentBenefits,
    presentCosts,
    netPresentValue: presentBenefits - presentCosts,
    roi: roi(presentBenefits, presentCosts),
    irr: irr([-initial, ...years.map((year) => year.net)]),
    payback: paybackFromSeries(initial, monthlyNet),
    discountedPayback: discountedPayback(initial, monthlyNet, lines.discountRate),
  };
}

/**
 * Every figure of a business case over `horizonMonths` (12..120).
 *
 * @example computeBusinessCase({ kind: "digital", figures: articleFigures("digital") }, 36).articleRoi === 1 // E1
 */
export function computeBusinessCase(input: CaseFigures, horizonMonths: number): BusinessCase {
  const lines = caseLines(input);
  const months = monthFlows(lines, horizonMonths);
  const years = yearFlows(lines, months);
  const headline = headlineOf(lines, months, years);
  return {
    ...headline,
    kind: input.kind,
    horizonMonths,
    lines,
    months,
    years,
    articleRoi: articleRoi(lines),
    simplePayback: paybackFromSeries(
      lines.initial,
      months.map((m) => m.totalBenefits - m.totalCosts),
    ),
    verdict: moneyVerdict(headline.netPresentValue, headline.payback),
    fit: fitOf(input),
    capacity: capacityOf(input, lines),
    staffing:
      input.kind === "reachability"
        ? staffingRoute(input.figures, headline.presentBenefits, headline.presentCosts, years)
        : null,
  };
}

/**
 * The articles' simple ROI: one year at full effect against the one-off costs and one year's
 * running costs; no ramp-up, hidden costs, risk or discounting; retention as the article books it,
 * customers retained × CLV. Freed capacity and revenue count as the figures say (realisation and
 * margin), so only the article preset (100% of both) reproduces E1 and E2.
 */
export function articleRoi(lines: CaseLines): number | CalcError {
  let benefits = 0;
  for (const perYear of Object.values(lines.rampedBenefits)) benefits += perYear;
  if (lines.retention !== null)
    benefits += lines.retention.customersPerYear * lines.retention.lifetimeValue;
  return roi(benefits, lines.oneOff + lines.recurringPerYear + lines.automatedCostPerYear);
}

function fitOf(input: CaseFigures): BusinessCase["fit"] {
  const f = input.figures;
  if (input.kind === "digital") {
    return worthIt(f.contactsPerMonth, f.standardQuestionShare, input.figures.teamOverloaded !== 0);
  }
  const r = input.figures;
  return {
    kind: "reachabilityFit",
    fits: reachabilityFits(
      r.afterHoursShare,
      r.afterHoursFitThreshold,
      r.urgentSupport !== 0,
      r.multipleTimeZones !== 0,
    ),
  };
}

function capacityOf(input: CaseFigures, lines: CaseLines): BusinessCase["capacity"] {
  if (input.kind !== "digital") return null;
  const d = input.figures;
  const time = lines.agentTime;
  if (time === null) return null;
  // Hours freed come from the resolved contacts' own handle time: escalations free nothing.
  const hoursFreedPerYear = lines.automatedPerYear * time.resolvedShare * time.hoursPerResolved;
  const fteFreed = hoursFreedPerYear / d.productiveHoursPerFte;
  const fteRealised = fteFreed * d.realisationShare;
  const savings = lines.rampedBenefits.staffSavings ?? 0;
  return {
    hoursFreedPerYear,
    fteFreed,
    fteRealised,
    cashPerFte: fteRealised === 0 ? 0 : savings / fteRealised,
  };
}

/** The staffing route on the same benefits: its costs are staff, each year of the horizon, wages indexed, after risk. */
function staffingRoute(
  f: Figures<"reachability">,
  presentBenefits: number,
  automationPresentCosts: number,
  years: readonly YearFlow[],
): StaffingRoute {
  const cost = staffingCost(f);
  let presentCosts = 0;
  for (const year of years) {
    const wages = yearIndex(f.wageIndexation, year.year);
    presentCosts +=
      ((cost.perYear * year.months) / 12) * wages * (1 + f.costRisk) * year.discountFactor;
  }
  return {
    ...cost,
    presentCosts,
    netPresentValue: presentBenefits - presentCosts,
    roi: roi(presentBenefits, presentCosts),
    cheaper: presentCosts < automationPresentCosts ? "staffing" : "automation",
  };
}
