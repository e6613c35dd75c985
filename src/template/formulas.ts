/**
 * Formula pieces the model sheet uses in more than one place, each mirroring one line of the core
 * in the same order of operations, so Excel and the core agree to the last digit.
 */

import { quoteText } from "../excel";

/** core goLiveRamp: 0 during the build, then min(1, g + (1 − g) × (m − L − 1) / R), R = 0 → 1. */
export function rampFactorFormula(
  month: string,
  lead: string,
  ramp: string,
  goLive: string,
): string {
  const ramped = `IF(${ramp}<=0,1,MIN(1,${goLive}+(1-${goLive})*(${month}-${lead}-1)/${ramp}))`;
  return `IF(${month}<=${lead},0,${ramped})`;
}

/** core yearIndex: (1 + rate)^(year − 1), for a year cell or a year number. */
export function yearIndexFormula(rate: string, year: string | number): string {
  return typeof year === "number" ? `(1+${rate})^${year - 1}` : `(1+${rate})^(${year}-1)`;
}

/** core isRenewalMonth: 1 at the start of each new contract term (months T + 1, 2T + 1, …), else 0. */
export function renewalFormula(month: string, term: string): string {
  return `IF(${term}>0,IF(AND(${month}>${term},MOD(${month}-1,${term})=0),1,0),0)`;
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
