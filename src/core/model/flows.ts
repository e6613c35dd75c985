/**
 * The cash flows of a business case month by month and year by year (Forrester TEI's layout: an
 * initial column, then years 1..n), before and after the TEI risk adjustment: benefits × (1 − risk),
 * costs × (1 + risk). The model sheet computes the same lines with Excel formulas.
 */
import { goLiveRamp, isRenewalMonth, yearIndex } from "../cashflow";
import { yearDiscountFactor } from "../discounting";
import type { CaseLines, RampedBenefitId } from "./lines";

export type BenefitLineId = RampedBenefitId | "retention";
export type CostLineId = "automatedContacts" | "recurring" | "renewal";

export interface MonthFlow {
  readonly month: number;
  /** Share of full effect realised this month (ramp-up). */
  readonly rampFactor: number;
  /** Before risk, by line. */
  readonly benefits: Readonly<Partial<Record<BenefitLineId, number>>>;
  readonly costs: Readonly<Record<CostLineId, number>>;
  readonly totalBenefits: number;
  readonly totalCosts: number;
}

/**
 * Months 1..n of a business case, before risk. In month m of year y = ⌈m / 12⌉, with the yearly
 * indices G_y (volume), E_y (what an automated contact earns: wages, digital) and P_y (prices):
 *
 * automated line_m = a year at full effect ÷ 12 × f(m) × G_y × E_y; other ramped lines ÷ 12 × f(m);
 * automated costs_m = a year ÷ 12 × f(m) × G_y × P_y; recurring_m = a year ÷ 12 × P_y (paid during
 * the build too); renewal_m = renewal cost × P_y at the start of each new contract term;
 * retention_m = customers a year ÷ 12 × margin a year ÷ 12 × (RM(m) − RM(m − lifetime months)),
 * where RM(k) = Σ_{j ≤ k} f(j) and f is goLiveRamp: every month's cohort, ramped, stays its lifetime.
 *
 * @example monthFlows(caseLines(E1 figures), 12)[0].totalBenefits === 200000 / 12
 */
export function monthFlows(lines: CaseLines, months: number): MonthFlow[] {
  const rampedSum: number[] = [0];
  const flows: MonthFlow[] = [];
  for (let month = 1; month <= months; month++) {
    const factor = goLiveRamp(month, lines.monthsToGoLive, lines.rampUpMonths, lines.goLiveShare);
    rampedSum.push((rampedSum[month - 1] ?? 0) + factor);
    const benefits = monthBenefits(lines, month, factor, rampedSum);
    const costs = monthCosts(lines, month, factor);
    flows.push({
      month,
      rampFactor: factor,
      benefits,
      costs,
      totalBenefits: sumOf(benefits),
      totalCosts: sumOf(costs),
    });
  }
  return flows;
}

/** The yearly indices in force in `month`. */
function indicesOf(lines: CaseLines, month: number) {
  const year = Math.ceil(month / 12);
  return {
    volume: yearIndex(lines.volumeGrowth, year),
    earned: yearIndex(lines.earnedIndexation, year),
    price: yearIndex(lines.priceIndexation, year),
  };
}

function monthBenefits(
  lines: CaseLines,
  month: number,
  factor: number,
  rampedSum: readonly number[],
): Partial<Record<BenefitLineId, number>> {
  const index = indicesOf(lines, month);
  const benefits: Partial<Record<BenefitLineId, number>> = {};
  for (const [id, perYear] of Object.entries(lines.rampedBenefits)) {
    const grows = id === lines.automatedLine ? index.volume * index.earned : 1;
    benefits[id as RampedBenefitId] = (perYear / 12) * factor * grows;
  }
  const retention = lines.retention;
  if (retention !== null) {
    const cohorts =
      (rampedSum[month] ?? 0) - (rampedSum[Math.max(0, month - retention.lifetimeMonths)] ?? 0);
    benefits.retention =
      (retention.customersPerYear / 12) * (retention.marginPerCustomerPerYear / 12) * cohorts;
  }
  return benefits;
}

function monthCosts(lines: CaseLines, month: number, factor: number): Record<CostLineId, number> {
  const index = indicesOf(lines, month);
  return {
    automatedContacts: (lines.automatedCostPerYear / 12) * factor * index.volume * index.price,
    recurring: (lines.recurringPerYear / 12) * index.price,
    renewal: isRenewalMonth(month, lines.contractTermMonths) ? lines.renewalCost * index.price : 0,
  };
}

export function sumOf(values: Readonly<Partial<Record<string, number>>>): number {
  let total = 0;
  for (const value of Object.values(values)) total += value ?? 0;
  return total;
}

export interface YearFlow {
  readonly year: number;
  /** Months of the horizon in this year (12, or fewer in a last, partial year). */
  readonly months: number;
  /** 1 / (1 + r)^year: TEI discounts year t by (1 + r)^t, end of year. */
  readonly discountFactor: number;
  /** After risk, by line. */
  readonly benefits: Readonly<Partial<Record<BenefitLineId, number>>>;
  readonly costs: Readonly<Record<CostLineId, number>>;
  readonly totalBenefits: number;
  readonly totalCosts: number;
  readonly net: number;
}

/** Years 1..⌈n / 12⌉, each the sum of its months, after risk. */
export function yearFlows(lines: CaseLines, months: readonly MonthFlow[]): YearFlow[] {
  const benefitKeep = 1 - lines.benefitRisk;
  const costKeep = 1 + lines.costRisk;
  const years: YearFlow[] = [];
  for (let start = 0; start < months.length; start += 12) {
    const inYear = months.slice(start, start + 12);
    const year = start / 12 + 1;
    const benefits: Partial<Record<BenefitLineId, number>> = {};
    const costs: Record<CostLineId, number> = { automatedContacts: 0, recurring: 0, renewal: 0 };
    for (const month of inYear) {
      for (const [id, value] of Object.entries(month.benefits)) {
        const key = id as BenefitLineId;
        benefits[key] = (benefits[key] ?? 0) + value * benefitKeep;
      }
      for (const id of Object.keys(costs) as CostLineId[]) costs[id] += month.costs[id] * costKeep;
    }
    const totalBenefits = sumOf(benefits);
    const totalCosts = sumOf(costs);
    years.push({
      year,
      months: inYear.length,
      discountFactor: yearDiscountFactor(year, lines.discountRate),
      benefits,
      costs,
      totalBenefits,
      totalCosts,
      net: totalBenefits - totalCosts,
    });
  }
  return years;
}
