/**
 * Every default the product ships, with where it comes from. `source` is either a line of
 * shared/domain.md or "assumption": the product shows that label next to the figure.
 */
export interface SourcedDefault {
  readonly value: number;
  /** "article000" / "article002" (the Dutch source articles), "practice" (domain.md's public practice), or "assumption". */
  readonly source: "article000" | "article002" | "practice" | "assumption";
  /** Why this value, in one line (English; the i18n layer carries the Dutch). */
  readonly why: string;
}

export const DEFAULTS = {
  hiddenCostRate: {
    value: 0.4,
    source: "article000",
    why: "Hidden implementation and upkeep costs run to 30–50% of the initial investment; 40% is the middle.",
  },
  transitionWeeks: {
    value: 3,
    source: "article000",
    why: "The team loses 2–4 weeks of productivity during the transition; 3 is the middle.",
  },
  productivityLoss: {
    value: 0.25,
    source: "assumption",
    why: "How much productivity is lost in the transition weeks is not in the source: 25% is our assumption.",
  },
  discountRate: {
    value: 0.1,
    source: "practice",
    why: "Forrester TEI discounts year t by 1.1^t (10% a year).",
  },
  horizonMonths: {
    value: 36,
    source: "practice",
    why: "Forrester TEI uses a three-year horizon.",
  },
  openFrom: {
    value: 9,
    source: "assumption",
    why: "Office hours 09:00–17:00 are our assumption; set your own.",
  },
  openUntil: {
    value: 17,
    source: "assumption",
    why: "Office hours 09:00–17:00 are our assumption; set your own.",
  },
  openDays: {
    value: 5,
    source: "assumption",
    why: "Open Monday to Friday is our assumption; set your own.",
  },
} as const satisfies Record<string, SourcedDefault>;
