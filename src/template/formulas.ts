/**
 * Excel formula text for the model sheet, in both modes. Each formula mirrors one line of
 * src/core/businessCase.ts in the same order of operations, so Excel and the core agree to the
 * last digit; the equivalence test evaluates both.
 */
import type { FormulaMode } from "./spec";

/** An input's or a calculation's sheet-scoped name: `contactsPerMonth` → `ContactsPerMonth`. */
export function nameOf(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** Text inside a formula: "…" with quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Σ_{m=1..n} min(1, m/R) in closed form, as core `rampedMonths`. */
export function rampedMonthsFormula(ramp: string, months: string): string {
  return `IF(${ramp}<=0,${months},IF(${ramp}>=${months},${months}*(${months}+1)/(2*${ramp}),(${ramp}+1)/2+${months}-${ramp}))`;
}

/** Simple ROI: native arithmetic, or CX.ROI. */
export function roiFormula(mode: FormulaMode, benefits: string, costs: string): string {
  return mode === "addin"
    ? `=CX.ROI(${benefits},${costs})`
    : `=(${benefits}-(${costs}))/(${costs})`;
}

export interface VerdictTexts {
  readonly veryProfitable: string;
  readonly worthIt: string;
  readonly maybe: string;
  readonly notYet: string;
  readonly immediateRelief: string;
}

/** The worth-it verdict as a native formula, with the thresholds of core `worthIt`. */
export function verdictFormula(
  contacts: string,
  share: string,
  overloaded: string,
  texts: VerdictTexts,
): string {
  const enough = `OR(${contacts}>=500,${overloaded}<>0)`;
  const many = `${share}>0.4`;
  return (
    `=IF(${enough},IF(${many},${quoted(texts.veryProfitable)},${quoted(texts.worthIt)}),` +
    `IF(${many},${quoted(texts.maybe)},${quoted(texts.notYet)}))` +
    `&IF(${contacts}>=1000,${quoted(texts.immediateRelief)},"")`
  );
}
