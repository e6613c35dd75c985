/** Cost figures: hidden implementation costs and (24/7) staffing with irregular-hours surcharges. */
import { invalid, type CalcError } from "./errors";
import type { Cells } from "./args";

/**
 * Hidden costs of implementation and upkeep (article 000): a share of the initial investment,
 * plus the productivity the team loses during the transition.
 *
 * hidden = initialInvestment × hiddenCostRate + weeklyTeamCost × transitionWeeks × productivityLoss
 *
 * @example hiddenCosts(100000, 0.5, 10000, 4, 0.25) === 60000
 */
export function hiddenCosts(
  initialInvestment: number,
  hiddenCostRate: number,
  weeklyTeamCost: number,
  transitionWeeks: number,
  productivityLoss: number,
): number {
  return initialInvestment * hiddenCostRate + weeklyTeamCost * transitionWeeks * productivityLoss;
}

/**
 * Staff cost of shifts, each with its own irregular-hours surcharge.
 *
 * cost = Σ hoursᵢ × hourlyCost × (1 + surchargeᵢ) × staff
 *
 * `surcharge` is one cell (applied to every shift) or a block the same shape as `hours`;
 * blank hours are skipped, a blank surcharge is 0.
 *
 * @example staffCost(hours [[8],[8]], 30, surcharge [[0.2],[0.7]], 2) === 8×30×1.2×2 + 8×30×1.7×2
 */
export function staffCost(
  hours: Cells,
  hourlyCost: number,
  surcharge: Cells,
  staff: number,
): number | CalcError {
  const single = surcharge.rows === 1 && surcharge.columns === 1;
  if (!single && (surcharge.rows !== hours.rows || surcharge.columns !== hours.columns)) {
    return invalid("surcharge", "sameShape", { other: "hours" });
  }
  let total = 0;
  hours.values.forEach((h, i) => {
    if (h === null) return;
    const rate = (single ? surcharge.values[0] : surcharge.values[i]) ?? 0;
    total += h * hourlyCost * (1 + rate) * staff;
  });
  return total;
}
