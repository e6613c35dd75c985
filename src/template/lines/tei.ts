/**
 * The yearly TEI table's lines and the present-value weights below it, declared once. Labels:
 * i18n/calc.ts (CALC_LABELS, WEIGHT_LABELS) and i18n/sheet.ts, keyed by the same ids.
 */
import type { TemplateKind } from "../../core";
import type { CalcLineId } from "./calc";
import type { EngineColumnId } from "./engine";

/** A benefit line of the TEI table: the calculation line with its amount at full effect. */
export interface BenefitLine {
  readonly perYear: CalcLineId;
  /** Spread over the years by the ramp-up (full-effect months) or by the retained cohorts. */
  readonly profile: "ramped" | "cohorts";
}

/** Each template's benefit lines, in sheet order. */
export const BENEFIT_LINES = {
  digital: {
    staffSavings: { perYear: "automatedBenefitPerYear", profile: "ramped" },
    revenueMargin: { perYear: "otherRampedPerYear", profile: "ramped" },
  },
  reachability: {
    revenueMargin: { perYear: "automatedBenefitPerYear", profile: "ramped" },
    retention: { perYear: "retentionPerCohortMonth", profile: "cohorts" },
    operationalSavings: { perYear: "otherRampedPerYear", profile: "ramped" },
  },
} as const satisfies Record<TemplateKind, Record<string, BenefitLine>>;

export type BenefitLineId = {
  [K in TemplateKind]: keyof (typeof BENEFIT_LINES)[K];
}[TemplateKind];

/** The cost lines, in sheet order: the Initial column holds the first. */
export const COST_LINES = ["initialCosts", "automatedContacts", "recurring"] as const;

export type TeiLineId =
  | "monthsInYear"
  | "fullEffectMonths"
  | "discountFactor"
  | BenefitLineId
  | "totalBenefits"
  | (typeof COST_LINES)[number]
  | "totalCosts"
  | "net"
  | "cumulative";

/** A template's benefit lines with their definitions, in sheet order. */
export function benefitLinesOf(kind: TemplateKind): readonly [BenefitLineId, BenefitLine][] {
  return Object.entries(BENEFIT_LINES[kind]) as [BenefitLineId, BenefitLine][];
}

/** TEI table lines, in order. */
export function teiIdsOf(kind: TemplateKind): readonly TeiLineId[] {
  return [
    "monthsInYear",
    "fullEffectMonths",
    "discountFactor",
    ...benefitLinesOf(kind).map(([id]) => id),
    "totalBenefits",
    ...COST_LINES,
    "totalCosts",
    "net",
    "cumulative",
  ];
}

/** A present-value weight: Σ over months 1..120 of a monthly column × the discount factor. */
export interface WeightDef {
  readonly column: EngineColumnId;
  /** Per €1 a year (÷ 12), or per €1 a month per cohort. */
  readonly perYear: boolean;
}

/**
 * Present-value weights of the scenario in use, below the TEI table: what €1 a year at full effect
 * is worth over the horizon with ramp-up (and at the tornado's ramp-up ends), flat, and per unit
 * of retained cohorts. The drivers and break-even values are linear in them.
 */
export const WEIGHTS = {
  weightRamped: { column: "rampFactor", perYear: true },
  weightFlat: { column: "inHorizon", perYear: true },
  weightCohorts: { column: "cohorts", perYear: false },
  weightRampedLow: { column: "rampLow", perYear: true },
  weightRampedHigh: { column: "rampHigh", perYear: true },
  weightCohortsLow: { column: "cohortsLow", perYear: false },
  weightCohortsHigh: { column: "cohortsHigh", perYear: false },
} as const satisfies Record<string, WeightDef>;

export type WeightId = keyof typeof WEIGHTS;

/** A template's weights, in sheet order: the cohort weights only where there are cohorts. */
export function weightIdsOf(kind: TemplateKind): readonly WeightId[] {
  const cohorts = kind === "reachability";
  return [
    "weightRamped",
    "weightFlat",
    ...(cohorts ? (["weightCohorts"] as const) : []),
    "weightRampedLow",
    "weightRampedHigh",
    ...(cohorts ? (["weightCohortsLow", "weightCohortsHigh"] as const) : []),
  ];
}
