/** The horizon a model sheet accepts, in months: one to ten years (TEI uses three). */
export const MIN_HORIZON = 12;
export const MAX_HORIZON = 120;
export const DEFAULT_HORIZON = 36;
