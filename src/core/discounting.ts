/**
 * Forrester TEI-style figures (domain.md, "Public practice"): present values at a yearly discount
 * rate, initial costs undiscounted, ROI on present values, and risk adjustment per line item.
 */
import { paybackFromSeries } from "./cashflow";
import { calcError, type CalcError } from "./errors";

/**
 * Present value of end-of-period flows, as Excel's NPV: the first value is discounted one period.
 *
 * npv = Σ_{t=1..n} flow_t / (1 + rate)^t
 *
 * @example npv(0.1, [-10000, 3000, 4200, 6800]) ≈ 1188.44 // Excel's NPV documentation
 */
export function npv(rate: number, flows: readonly number[]): number {
  let total = 0;
  let factor = 1;
  for (const flow of flows) {
    factor *= 1 + rate;
    total += flow / factor;
  }
  return total;
}

export interface DiscountedFigures {
  readonly presentBenefits: number;
  readonly presentCosts: number;
  /** PV benefits − PV costs. */
  readonly netPresentValue: number;
}

/** Present values of yearly benefits and costs; `initialCosts` fall at time 0 and are not discounted. */
export function discountedFigures(
  yearlyBenefits: readonly number[],
  yearlyCosts: readonly number[],
  discountRate: number,
  initialCosts: number,
): DiscountedFigures {
  const presentBenefits = npv(discountRate, yearlyBenefits);
  const presentCosts = initialCosts + npv(discountRate, yearlyCosts);
  return { presentBenefits, presentCosts, netPresentValue: presentBenefits - presentCosts };
}

/**
 * TEI-style ROI on present values.
 *
 * ROI = (PV benefits − PV costs) / PV costs, year t discounted by (1 + r)^t, initial costs at t = 0
 *
 * @example discountedRoi([15000, 15000, 15000], [5000, 5000, 5000], 0.1, 10000) ≈ 0.6628
 */
export function discountedRoi(
  yearlyBenefits: readonly number[],
  yearlyCosts: readonly number[],
  discountRate: number,
  initialCosts: number,
): number | CalcError {
  const figures = discountedFigures(yearlyBenefits, yearlyCosts, discountRate, initialCosts);
  if (figures.presentCosts === 0) {
    return calcError("#DIV/0!", "sumsToZero", { param: "yearly_costs" });
  }
  return figures.netPresentValue / figures.presentCosts;
}

/**
 * Risk adjustment per line item: benefits are reduced, costs raised, by the risk percentage.
 *
 * adjusted = amount × (1 − risk) for a benefit, amount × (1 + risk) for a cost
 *
 * @example riskAdjust(100000, 0.1, false) === 90000
 */
export function riskAdjust(amount: number, risk: number, isCost: boolean): number {
  return isCost ? amount * (1 + risk) : amount * (1 - risk);
}

/**
 * The TEI discount factor of a year: 1 / (1 + r)^t, year t's flows counted at its end (Forrester's
 * TEI convention, as Excel's NPV discounts its first value by one full period).
 *
 * @example yearDiscountFactor(2, 0.1) ≈ 0.8264
 */
export function yearDiscountFactor(year: number, annualRate: number): number {
  return 1 / (1 + annualRate) ** year;
}

/**
 * `CX.DISCOUNTED_PAYBACK`: the payback of monthly net flows, month m discounted at its year's
 * factor (year ⌈m/12⌉, as the yearly TEI table does), the investment at month 0 undiscounted.
 * `null` when not recovered within the series; 0 when never negative.
 *
 * @example discountedPayback(100000, Array(36).fill(5000), 0.1) === 23 // 20 months undiscounted
 */
export function discountedPayback(
  investment: number,
  monthlyNet: readonly number[],
  annualRate: number,
): number | null {
  const discounted = monthlyNet.map(
    (net, i) => net * yearDiscountFactor(Math.ceil((i + 1) / 12), annualRate),
  );
  return paybackFromSeries(investment, discounted);
}
