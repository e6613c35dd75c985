/**
 * The cash flows of a business case month by month and year by year (Forrester TEI's layout: an
 * initial column, then years 1..n), before and after the TEI risk adjustment: benefits × (1 − risk),
 * costs × (1 + risk). The model sheet computes the same lines with Excel formulas.
 */
import { rampFactor } from "../cashflow";
import { yearDiscountFactor } from "../discounting";
import type { CaseLines, RampedBenefitId } from "./lines";

export type BenefitLineId = RampedBenefitId | "retention";
export type CostLineId = "automatedContacts" | "recurring";

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
 * Months 1..n of a business case, before risk.
 *
 * ramped line_m = a year at full effect ÷ 12 × rampFactor(m); recurring_m = a year ÷ 12;
 * retention_m = customers a year ÷ 12 × margin a year ÷ 12 × (RM(m) − RM(m − lifetime months)),
 * where RM(k) = Σ_{j ≤ k} rampFactor(j): every month's cohort, ramped, stays its lifetime.
 *
 * @example monthFlows(caseLines(E1 figures), 12)[0].totalBenefits === 200000 / 12
 */
export function monthFlows(lines: CaseLines, months: number): MonthFlow[] {
  const rampedSum: number[] = [0];
  const flows: MonthFlow[] = [];
  for (let month = 1; month <= months; month++) {
    const factor = rampFactor(month, lines.rampUpMonths, lines.goLiveShare);
    rampedSum.push((rampedSum[month - 1] ?? 0) + factor);
    const benefits: Partial<Record<BenefitLineId, number>> = {};
    for (const [id, perYear] of Object.entries(lines.rampedBenefits)) {
      benefits[id as RampedBenefitId] = (perYear / 12) * factor;
    }
    const retention = lines.retention;
    if (retention !== null) {
      const cohorts =
        (rampedSum[month] ?? 0) - (rampedSum[Math.max(0, month - retention.lifetimeMonths)] ?? 0);
      benefits.retention =
        (retention.customersPerYear / 12) * (retention.marginPerCustomerPerYear / 12) * cohorts;
    }
    const costs = {
      automatedContacts: (lines.automatedCostPerYear / 12) * factor,
      recurring: lines.recurringPerYear / 12,
    };
    flows.push({
      month,
      rampFactor: factor,
      benefits,
      costs,
      totalBenefits: sumOf(benefits),
      totalCosts: costs.automatedContacts + costs.recurring,
    });
  }
  return flows;
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
    const costs: Record<CostLineId, number> = { automatedContacts: 0, recurring: 0 };
    for (const month of inYear) {
      for (const [id, value] of Object.entries(month.benefits)) {
        const key = id as BenefitLineId;
        benefits[key] = (benefits[key] ?? 0) + value * benefitKeep;
      }
      costs.automatedContacts += month.costs.automatedContacts * costKeep;
      costs.recurring += month.costs.recurring * costKeep;
    }
    const totalBenefits = sumOf(benefits);
    const totalCosts = costs.automatedContacts + costs.recurring;
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
