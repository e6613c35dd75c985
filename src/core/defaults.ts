/**
 * The defaults of the catalog's optional parameters, declared once: the catalog's parameters and
 * native forms read them from here. Where a value comes from is what users see on the sheet and in
 * the wizard (core/model/inputs.ts `source`, i18n/inputs.ts notes); the comments say why each
 * value, for the reader of this file.
 */
export const DEFAULTS = {
  /** The digital article: hidden costs run to 30–50% of the initial investment; 40% the middle. */
  hiddenCostRate: { value: 0.4 },
  /** The digital article: 2–4 weeks of reduced productivity in the transition; 3 the middle. */
  transitionWeeks: { value: 3 },
  /** Assumption: the source does not say how much productivity those weeks lose. */
  productivityLoss: { value: 0.25 },
  /** Forrester TEI discounts year t by 1.1^t (10% a year). */
  discountRate: { value: 0.1 },
  /** Forrester TEI uses a three-year horizon. */
  horizonMonths: { value: 36 },
  /** Assumption: open from 09:00 … */
  openFrom: { value: 9 },
  /** … until 17:00 … */
  openUntil: { value: 17 },
  /** … Monday to Friday. */
  openDays: { value: 5 },
} as const satisfies Record<string, { readonly value: number }>;
