/** The articles' core formula, shared by both templates and by `CX.ROI` / `CX.NET_BENEFIT`. */
import { calcError, type CalcError } from "./errors";
import { finiteOrError } from "./numbers";

/**
 * Simple (undiscounted) return on investment.
 *
 * ROI = (Σbenefits − Σcosts) / Σcosts
 *
 * @example roi(150000 + 50000, 100000) === 1 // E1: the chatbot example, 100%
 */
export function roi(totalBenefits: number, totalCosts: number): number | CalcError {
  if (totalCosts === 0) return calcError("#DIV/0!", "sumsToZero", { param: "costs" });
  // Tiny costs can overflow the ratio: #NUM!, as Excel shows, never Infinity.
  return finiteOrError((totalBenefits - totalCosts) / totalCosts);
}

/**
 * Net benefit: what remains after costs.
 *
 * net = Σbenefits − Σcosts
 *
 * @example netBenefit(65000, 50000) === 15000 // E2: 24/7 automation
 */
export function netBenefit(totalBenefits: number, totalCosts: number): number {
  return totalBenefits - totalCosts;
}
