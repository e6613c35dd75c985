/**
 * The sheet-scoped names of the model sheet, by typed id. Every formula names a cell through
 * `ref(id)` (context.ts), which checks the id against the names this template defines and throws
 * on any other; a name a block defines must be in this list, and every name in it is defined
 * exactly once (buildTemplate checks). A misspelt id is a compile error.
 */
import { inputIdsOf, type InputId, type TemplateKind } from "../../core";
import { calcIdsOf, type CalcLineId } from "./calc";
import { STAFFING_TOTALS, type StaffingTotalId } from "./staffing";
import { weightIdsOf, type WeightId } from "./tei";

/** The decision summary's named results (their ids as the names read, not the result ids). */
export const RESULT_NAME_IDS = [
  "verdict",
  "fit",
  "netPresentValue",
  "teiRoi",
  "internalRateOfReturn",
  "paybackMonths",
  "discountedPaybackMonths",
  "simplePaybackMonths",
] as const;
export type ResultNameId = (typeof RESULT_NAME_IDS)[number];

/** The cells every model sheet names besides its lines: the switches and the present values. */
export const SHEET_NAME_IDS = [
  "scenarioIndex",
  "horizonMonths",
  "presentBenefits",
  "presentCosts",
] as const;

export type NamedId =
  | InputId
  | CalcLineId
  | WeightId
  | StaffingTotalId
  | ResultNameId
  | (typeof SHEET_NAME_IDS)[number];

/** Every id a template's sheet names. */
export function namedIdsOf(kind: TemplateKind): ReadonlySet<NamedId> {
  return new Set<NamedId>([
    ...inputIdsOf(kind),
    ...calcIdsOf(kind),
    ...weightIdsOf(kind),
    ...(kind === "reachability" ? STAFFING_TOTALS : []),
    ...RESULT_NAME_IDS,
    ...SHEET_NAME_IDS,
  ]);
}

/** An id's sheet-scoped name: `contactsPerMonth` → `ContactsPerMonth`. */
export function nameOf(id: NamedId): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}
