/**
 * Formula pieces the model sheet uses in more than one place, each mirroring one line of the core
 * in the same order of operations, so Excel and the core agree to the last digit.
 */

import { quoteText } from "../excel";

/** core rampFactor: min(1, g + (1 − g) × m / R), R = 0 → 1. */
export function rampFactorFormula(month: string, ramp: string, goLive: string): string {
  return `IF(${ramp}<=0,1,MIN(1,${goLive}+(1-${goLive})*${month}/${ramp}))`;
}

/** x kept inside [min, max], writing only the bounds that can bind. */
export function clamp(x: string, min: number | null, max: number | null): string {
  const low = min === null ? x : `MAX(${min},${x})`;
  return max === null ? low : `MIN(${max},${low})`;
}

/** "Not within 36 months", with the horizon read live from its cell. */
export function notWithin(horizon: string, before: string, after: string): string {
  return `${quoteText(before)}&${horizon}&${quoteText(after)}`;
}

/**
 * The number format of a payback in months: 0 (the cumulative cash flow never falls below zero,
 * nothing to earn back) reads as text, not as "0.0 months". A condition section in a number
 * format ([=0]) is Excel's documented custom-format syntax ("Review guidelines for customizing a
 * number format", support.microsoft.com); the value stays the number 0 for formulas reading it.
 */
export function paybackFormat(atOnce: string): string {
  return `[=0]"${atOnce.replace(/"/g, "")}";0.0`;
}

/** An ROI, or the sheet's "no costs" text where the costs it divides by are 0 (core: no ROI). */
export function roiOrNoCosts(costs: string, roi: string, noCosts: string): string {
  return `=IF(${costs}=0,${quoteText(noCosts)},${roi})`;
}

/**
 * The TEI ROI (Forrester): NPV ÷ present value of the costs, or the sheet's "no costs" text. The
 * decision summary and each scenario column use this one formula.
 */
export function teiRoiFormula(npv: string, presentCosts: string, noCosts: string): string {
  return roiOrNoCosts(presentCosts, `${npv}/${presentCosts}`, noCosts);
}
