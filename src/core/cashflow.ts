/**
 * The monthly cash-flow model with ramp-up. Payback is a cumulative cash-flow question (domain.md,
 * "Time to ROI"), not investment ÷ a constant saving: adoption ramps up, so early months realise
 * only part of the benefit.
 */
import { calcError, type CalcError } from "./errors";

/** Longest ramp-up and horizon the product accepts, in months (ten years). */
export const MAX_MONTHS = 120;

/**
 * Share of the full monthly benefit realised in month `month` (1-based).
 *
 * factor = min(1, month / rampUpMonths); rampUpMonths = 0 means full benefit from month 1.
 *
 * @example rampFactor(1, 3) === 1 / 3
 */
export function rampFactor(month: number, rampUpMonths: number): number {
  return rampUpMonths <= 0 ? 1 : Math.min(1, month / rampUpMonths);
}

export interface CashFlowInputs {
  /** One-off costs, paid in month 0. */
  readonly investment: number;
  /** Full monthly benefit once adoption is complete. */
  readonly monthlyBenefit: number;
  /** Recurring monthly costs (licences, maintenance), from month 1. */
  readonly monthlyCost: number;
  readonly months: number;
  readonly rampUpMonths: number;
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
  const rows: CashFlowMonth[] = [
    {
      month: 0,
      benefit: 0,
      cost: inputs.investment,
      net: -inputs.investment,
      cumulative: -inputs.investment,
    },
  ];
  let cumulative = -inputs.investment;
  for (let month = 1; month <= inputs.months; month++) {
    const benefit = inputs.monthlyBenefit * rampFactor(month, inputs.rampUpMonths);
    const net = benefit - inputs.monthlyCost;
    cumulative += net;
    rows.push({ month, benefit, cost: inputs.monthlyCost, net, cumulative });
  }
  return rows;
}

/**
 * Months until the cumulative net cash flow, starting at −investment, reaches zero, interpolated
 * linearly inside the month it happens: (m − 1) + (−cumulative_{m−1}) / net_m for the first month m
 * where it turns non-negative. `null` when that never happens in the series. The model sheet's
 * cash-flow table computes the same crossing from the same running sum.
 *
 * @example paybackFromSeries(100000, [50000, 50000, 50000]) === 2
 */
export function paybackFromSeries(
  investment: number,
  monthlyNet: readonly number[],
): number | null {
  let cumulative = -investment;
  if (cumulative >= 0) return 0;
  for (let i = 0; i < monthlyNet.length; i++) {
    const net = monthlyNet[i] ?? 0;
    const before = cumulative;
    cumulative += net;
    if (cumulative >= 0) return i + -before / net;
  }
  return null;
}

/**
 * `CX.PAYBACK_MONTHS`: payback with ramp-up, for a constant monthly net benefit or for a series of
 * month 1..n values (each a full-adoption value, scaled by the ramp-up factor).
 *
 * A constant benefit B with ramp-up R covers B × m(m+1)/(2R) by month m ≤ R, then B a month.
 *
 * @example paybackMonths(100000, 200000 / 12, 3) === 7 // ≈ 7 (floating point)
 */
export function paybackMonths(
  investment: number,
  monthlyNetBenefit: number | readonly number[],
  rampUpMonths: number,
): number | CalcError {
  if (investment <= 0) return 0;
  if (typeof monthlyNetBenefit !== "number") {
    const realised = monthlyNetBenefit.map((net, i) => net * rampFactor(i + 1, rampUpMonths));
    const months = paybackFromSeries(investment, realised);
    return months ?? calcError("#N/A", "noPaybackWithin", { months: monthlyNetBenefit.length });
  }
  if (monthlyNetBenefit <= 0) return calcError("#N/A", "noPaybackNever");
  const rampMonths = Array.from(
    { length: rampUpMonths },
    (_, i) => monthlyNetBenefit * rampFactor(i + 1, rampUpMonths),
  );
  const duringRamp = paybackFromSeries(investment, rampMonths);
  if (duringRamp !== null) return duringRamp;
  const coveredByRamp = rampMonths.reduce((total, net) => total + net, 0);
  return rampUpMonths + (investment - coveredByRamp) / monthlyNetBenefit;
}
