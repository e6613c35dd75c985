/** 24/7 only: the staffing alternative's rows, declared once (labels: i18n). */
import { SHIFT_BANDS } from "../../core";

/** The CAO bands, then the plain hours: one staffing row each. */
export const STAFFING_BANDS = [...SHIFT_BANDS, "plain"] as const;
export type StaffingBand = (typeof STAFFING_BANDS)[number];

/** The totals below the bands; each is a named cell. */
export const STAFFING_TOTALS = [
  "staffedHours",
  "staffingFte",
  "basePay",
  "surcharges",
  "staffingCostPerYear",
  "staffingPresentCosts",
  "staffingNpv",
  "staffingRoi",
  "cheaperRoute",
] as const;
export type StaffingTotalId = (typeof STAFFING_TOTALS)[number];

export type StaffingRowId = StaffingBand | StaffingTotalId;
export const STAFFING_ROWS: readonly StaffingRowId[] = [...STAFFING_BANDS, ...STAFFING_TOTALS];
