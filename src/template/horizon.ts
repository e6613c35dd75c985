/**
 * The horizon a model sheet accepts, in months: one to ten years (TEI uses three). The sheet always
 * holds the monthly cash flow of the longest horizon (core's MAX_MONTHS), so the horizon cell can
 * change in the sheet.
 */
import { MAX_MONTHS } from "../core";

export const MIN_HORIZON = 12;
export const MAX_HORIZON = MAX_MONTHS;
export const DEFAULT_HORIZON = 36;
