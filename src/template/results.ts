/**
 * The results, in one order: the sheet's decision summary and reference block, the wizard's review
 * step and the preview all read this list (issue: the 24/7 review order differed from the sheet's).
 */
import type { BusinessCase, TemplateKind } from "../core";

export type ResultFormat = "money" | "percent" | "months" | "fte" | "text";

export interface ResultDef {
  readonly id: ResultId;
  readonly format: ResultFormat;
  /** Shown in the decision summary (headline) or below it (reference). */
  readonly place: "decision" | "headline" | "reference";
}

export type ResultId =
  | "verdict"
  | "fit"
  | "netPresentValue"
  | "teiRoi"
  | "irr"
  | "payback"
  | "discountedPayback"
  | "articleRoi"
  | "simplePayback"
  | "hiddenCosts"
  | "opportunityCost"
  | "fteFreed"
  | "fteRealised"
  | "cashPerFte"
  | "staffingFte"
  | "staffingCostPerYear"
  | "staffingNpv"
  | "staffingRoi"
  | "cheaperRoute";

const result = (id: ResultId, format: ResultFormat, place: ResultDef["place"]): ResultDef => ({
  id,
  format,
  place,
});

const SHARED: readonly ResultDef[] = [
  result("verdict", "text", "decision"),
  result("fit", "text", "decision"),
  result("netPresentValue", "money", "headline"),
  result("teiRoi", "percent", "headline"),
  result("irr", "percent", "headline"),
  result("payback", "months", "headline"),
  result("discountedPayback", "months", "headline"),
  result("articleRoi", "percent", "reference"),
  result("simplePayback", "months", "reference"),
  result("hiddenCosts", "money", "reference"),
  result("opportunityCost", "money", "reference"),
];

export const RESULTS: Readonly<Record<TemplateKind, readonly ResultDef[]>> = {
  digital: [
    ...SHARED,
    result("fteFreed", "fte", "reference"),
    result("fteRealised", "fte", "reference"),
    result("cashPerFte", "money", "reference"),
  ],
  reachability: [
    ...SHARED,
    result("staffingFte", "fte", "reference"),
    result("staffingCostPerYear", "money", "reference"),
    result("staffingNpv", "money", "reference"),
    result("staffingRoi", "percent", "reference"),
    result("cheaperRoute", "text", "reference"),
  ],
};

/** A result's value as the core computes it: a number, null (none: not paid back, no IRR) or a key of text. */
export type ResultValue = number | null | { readonly text: string };

/** Every result of a business case, by id (texts as keys the i18n layer words). */
export function resultValues(bc: BusinessCase): Readonly<Partial<Record<ResultId, ResultValue>>> {
  const numberOr = (value: number | { kind: "error" }) =>
    typeof value === "number" ? value : null;
  const fit =
    bc.fit.kind === "verdict"
      ? { text: `fit.${bc.fit.level}${bc.fit.immediateRelief ? "+relief" : ""}` }
      : { text: bc.fit.fits ? "fit.reachability" : "fit.weakReachability" };
  const shared: Partial<Record<ResultId, ResultValue>> = {
    verdict: { text: `verdict.${bc.verdict}` },
    fit,
    netPresentValue: bc.netPresentValue,
    teiRoi: numberOr(bc.roi),
    irr: bc.irr ?? { text: changesSign(bc) ? "irr.notFound" : "irr.none" },
    payback: bc.payback,
    discountedPayback: bc.discountedPayback,
    articleRoi: numberOr(bc.articleRoi),
    simplePayback: bc.simplePayback,
    hiddenCosts: bc.lines.hidden,
    opportunityCost: bc.lines.opportunityCost,
  };
  if (bc.capacity !== null) {
    shared.fteFreed = bc.capacity.fteFreed;
    shared.fteRealised = bc.capacity.fteRealised;
    shared.cashPerFte = bc.capacity.cashPerFte;
  }
  if (bc.staffing !== null) {
    shared.staffingFte = bc.staffing.fte;
    shared.staffingCostPerYear = bc.staffing.perYear;
    shared.staffingNpv = bc.staffing.netPresentValue;
    shared.staffingRoi = numberOr(bc.staffing.roi);
    shared.cheaperRoute = { text: `route.${bc.staffing.cheaper}` };
  }
  return shared;
}

/** Whether the yearly risk-adjusted flows change sign: without a change there is no IRR at all. */
function changesSign(bc: BusinessCase): boolean {
  const flows = [-bc.initial, ...bc.years.map((year) => year.net)];
  return flows.some((flow) => flow > 0) && flows.some((flow) => flow < 0);
}
