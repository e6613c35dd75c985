/**
 * The monthly cash-flow model with ramp-up. Payback is a cumulative cash-flow question (domain.md,
 * "Time to ROI"), not investment ÷ a constant saving: adoption ramps up, so early months realise
 * only part of the benefit, while recurring costs are paid in full from month 1.
 */
import { calcError, type CalcError } from "./errors";

/** Longest ramp-up and horizon the product accepts, in months (ten years). */
export const MAX_MONTHS = 120;

/**
 * Share of the full monthly benefit realised in month `month` (1-based). Adoption starts at the
 * go-live share g at go-live (published deployments: 20–40% of full deflection) and grows linearly
 * to full effect at the end of month R.
 *
 * factor = min(1, g + (1 − g) × month / R); R = 0 means full benefit from month 1.
 * With g = 0 this is the catalog's original min(1, month / R).
 *
 * @example rampFactor(1, 3) === 1 / 3; rampFactor(1, 4, 0.2) === 0.4
 */
export function rampFactor(month: number, rampUpMonths: number, goLiveShare = 0): number {
  if (rampUpMonths <= 0) return 1;
  return Math.min(1, goLiveShare + ((1 - goLiveShare) * month) / rampUpMonths);
}

/**
 * The business case's ramp-up (domain.md, second review: time and life of the investment): nothing
 * is realised during the L months of the build; the first month after go-live realises exactly the
 * go-live share g, and adoption grows linearly to full effect R months after that.
 *
 * factor = 0 for month ≤ L; 1 when R = 0; else min(1, g + (1 − g) × (month − L − 1) / R).
 * CX.CASHFLOW and CX.PAYBACK_MONTHS keep rampFactor (month 1 = g + (1 − g) / R): the meaning of
 * their arguments is stored in users' workbooks and does not change.
 *
 * @example goLiveRamp(1, 0, 12, 0.3) === 0.3; goLiveRamp(4, 3, 12, 0.3) === 0.3; goLiveRamp(13, 0, 12, 0.3) === 1
 */
export function goLiveRamp(
  month: number,
  monthsToGoLive: number,
  rampUpMonths: number,
  goLiveShare: number,
): number {
  if (month <= monthsToGoLive) return 0;
  if (rampUpMonths <= 0) return 1;
  const sinceGoLive = month - monthsToGoLive - 1;
  return Math.min(1, goLiveShare + ((1 - goLiveShare) * sinceGoLive) / rampUpMonths);
}

/** A yearly index in year `year` (1-based): (1 + rate)^(year − 1), so year 1 is today's money. */
export function yearIndex(rate: number, year: number): number {
  return (1 + rate) ** (year - 1);
}

/**
 * Whether a contract renewal (or re-platforming) is paid in `month`: at the start of every new
 * term, months T + 1, 2T + 1, …; never when the term T is 0.
 */
export function isRenewalMonth(month: number, termMonths: number): boolean {
  return termMonths > 0 && month > termMonths && (month - 1) % termMonths === 0;
}

export interface CashFlowInputs {
  /** One-off costs, paid in month 0. */
  readonly investment: number;
  /** Full monthly benefit once adoption is complete. */
  readonly monthlyBenefit: number;
  /** Recurring monthly costs (licences, maintenance), from month 1, not ramped. */
  readonly monthlyCost: number;
  readonly months: number;
  readonly rampUpMonths: number;
  /** Share of the full benefit at go-live (0 by default). */
  readonly goLiveShare?: number;
}

export interface CashFlowMonth {
  readonly month: number;
  readonly benefit: number;
  readonly cost: number;
  readonly net: number;
  readonly cumulative: number;
}

/**
 * Month 0 (the investment) then months 1..n.
 *
 * benefit_m = monthlyBenefit × rampFactor(m); net_m = benefit_m − cost_m; cumulative_m = Σ net.
 *
 * @example monthlyCashFlow({ investment: 100, monthlyBenefit: 50, monthlyCost: 0, months: 2, rampUpMonths: 0 })
 *   // cumulative: −100, −50, 0
 */
export function monthlyCashFlow(inputs: CashFlowInputs): CashFlowMonth[] {
  const { investment, monthlyBenefit, monthlyCost, rampUpMonths } = inputs;
  const rows: CashFlowMonth[] = [
    { month: 0, benefit: 0, cost: investment, net: -investment, cumulative: -investment },
  ];
  let cumulative = -investment;
  for (let month = 1; month <= inputs.months; month++) {
    const benefit = monthlyBenefit * rampFactor(month, rampUpMonths, inputs.goLiveShare);
    const net = benefit - monthlyCost;
    cumulative += net;
    rows.push({ month, benefit, cost: monthlyCost, net, cumulative });
  }
  return rows;
}

/** Where a running cumulative cash flow stands: its value and whether it has been negative. */
interface Running {
  cumulative: number;
  wasNegative: boolean;
}

/**
 * Adds month `month`'s net flow; returns the interpolated payback when this month is the first in
 * which the cumulative turns non-negative after being negative: (m − 1) + (−cumulative_{m−1}) / net_m.
 */
function step(running: Running, month: number, net: number): number | null {
  const before = running.cumulative;
  running.cumulative += net;
  if (before < 0 && running.cumulative >= 0) return month - 1 + -before / net;
  if (running.cumulative < 0) running.wasNegative = true;
  return null;
}

/**
 * Payback of a cash flow: the first month in which the cumulative cash flow, starting at
 * −investment in month 0, turns non-negative after being negative, interpolated linearly inside that
 * month. 0 when the cumulative is never negative (nothing to pay back); `null` when it is negative
 * and not recovered within the series. The model sheet computes the same crossing.
 *
 * @example paybackFromSeries(100000, [50000, 50000, 50000]) === 2
 * @example paybackFromSeries(0, [-1000, 500, 1000]) === 2.5 // dips to −1000, recovers in month 3
 */
export function paybackFromSeries(
  investment: number,
  monthlyNet: readonly number[],
): number | null {
  const running: Running = { cumulative: -investment, wasNegative: investment > 0 };
  for (let i = 0; i < monthlyNet.length; i++) {
    const payback = step(running, i + 1, monthlyNet[i] ?? 0);
    if (payback !== null) return payback;
  }
  return running.wasNegative ? null : 0;
}

/**
 * `CX.PAYBACK_MONTHS`: payback with ramp-up, for a constant monthly net benefit B (the months go on
 * until it is paid back) or for a series of month 1..n values (each a full-adoption value, scaled
 * by the ramp-up factor). The recurring monthly cost C is not ramped.
 *
 * realised_m = B_m × rampFactor(m, R, g) − C; payback as paybackFromSeries. After the ramp-up a
 * constant B earns B − C a month, so the crossing is R + (−cumulative_R) / (B − C).
 *
 * @example paybackMonths(100000, 200000 / 12, 3, 0, 0) ≈ 7
 * @example paybackMonths(90000, 8800, 12, 2000, 0) ≈ 20.35 // as CASHFLOW(90000, 8800, 2000, 36, 12)
 */
export function paybackMonths(
  investment: number,
  monthlyNetBenefit: number | readonly number[],
  rampUpMonths: number,
  monthlyCost = 0,
  goLiveShare = 0,
): number | CalcError {
  if (typeof monthlyNetBenefit !== "number") {
    const realised = monthlyNetBenefit.map(
      (net, i) => net * rampFactor(i + 1, rampUpMonths, goLiveShare) - monthlyCost,
    );
    const months = paybackFromSeries(investment, realised);
    return months ?? calcError("#N/A", "noPaybackWithin", { months: monthlyNetBenefit.length });
  }
  const running: Running = { cumulative: -investment, wasNegative: investment > 0 };
  for (let month = 1; month <= rampUpMonths; month++) {
    const net = monthlyNetBenefit * rampFactor(month, rampUpMonths, goLiveShare) - monthlyCost;
    const payback = step(running, month, net);
    if (payback !== null) return payback;
  }
  // Still non-negative after the ramp-up: it never was negative (a crossing returns above).
  const steady = monthlyNetBenefit - monthlyCost;
  if (running.cumulative >= 0 && steady >= 0) return 0;
  if (steady <= 0) return calcError("#N/A", "noPaybackNever");
  return rampUpMonths + -running.cumulative / steady;
}
