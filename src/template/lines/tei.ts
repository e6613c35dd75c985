/**
 * The yearly TEI table's lines and the present-value weights below it, declared once. Labels:
 * i18n/calc.ts (CALC_LABELS, WEIGHT_LABELS) and i18n/sheet.ts, keyed by the same ids.
 */
import type { TemplateKind } from "../../core";
import type { CalcLineId } from "./calc";
import type { EngineColumnId, IndexedLine } from "./engine";

/** A benefit line of the TEI table: the calculation line with its amount at full effect. */
export interface BenefitLine {
  readonly perYear: CalcLineId;
  /** Spread over the years by the ramp-up (full-effect months) or by the retained cohorts. */
  readonly profile: "ramped" | "cohorts";
  /** The automated contacts' line moves with the yearly indices (lines/engine.ts indicesOf). */
  readonly indexed?: true;
}

/** Each template's benefit lines, in sheet order. */
export const BENEFIT_LINES = {
  digital: {
    staffSavings: { perYear: "automatedBenefitPerYear", profile: "ramped", indexed: true },
    revenueMargin: { perYear: "otherRampedPerYear", profile: "ramped" },
  },
  reachability: {
    revenueMargin: { perYear: "automatedBenefitPerYear", profile: "ramped", indexed: true },
    retention: { perYear: "retentionPerCohortMonth", profile: "cohorts" },
    operationalSavings: { perYear: "otherRampedPerYear", profile: "ramped" },
  },
} as const satisfies Record<TemplateKind, Record<string, BenefitLine>>;

export type BenefitLineId = {
  [K in TemplateKind]: keyof (typeof BENEFIT_LINES)[K];
}[TemplateKind];

/** The cost lines, in sheet order: the Initial column holds the first. */
export const COST_LINES = ["initialCosts", "automatedContacts", "recurring", "renewal"] as const;

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
  /** The yearly indices the line it values moves with (lines/engine.ts indicesOf). */
  readonly times?: IndexedLine;
}

/**
 * Present-value weights of the scenario in use, below the TEI table: what €1 a year at full effect
 * is worth over the horizon with ramp-up (and at the tornado's ramp-up ends), with the yearly
 * indices of the automated contacts' savings and costs, of the running costs and of wages, and per
 * unit of retained cohorts. The drivers and break-even values are linear in them.
 */
export const WEIGHTS = {
  weightRamped: { column: "rampFactor", perYear: true },
  weightAutomatedBenefit: { column: "rampFactor", perYear: true, times: "automatedBenefit" },
  weightAutomatedCost: { column: "rampFactor", perYear: true, times: "automatedCost" },
  weightRecurring: { column: "inHorizon", perYear: true, times: "recurring" },
  weightWages: { column: "inHorizon", perYear: true, times: "staffing" },
  weightCohorts: { column: "cohorts", perYear: false },
  weightRampedLow: { column: "rampLow", perYear: true },
  weightRampedHigh: { column: "rampHigh", perYear: true },
  weightAutomatedBenefitLow: { column: "rampLow", perYear: true, times: "automatedBenefit" },
  weightAutomatedBenefitHigh: { column: "rampHigh", perYear: true, times: "automatedBenefit" },
  weightAutomatedCostLow: { column: "rampLow", perYear: true, times: "automatedCost" },
  weightAutomatedCostHigh: { column: "rampHigh", perYear: true, times: "automatedCost" },
  weightCohortsLow: { column: "cohortsLow", perYear: false },
  weightCohortsHigh: { column: "cohortsHigh", perYear: false },
} as const satisfies Record<string, WeightDef>;

export type WeightId = keyof typeof WEIGHTS;

/** A template's weights, in sheet order: wages and cohorts only where there are (24/7). */
export function weightIdsOf(kind: TemplateKind): readonly WeightId[] {
  const reachability = kind === "reachability";
  return [
    "weightRamped",
    "weightAutomatedBenefit",
    "weightAutomatedCost",
    "weightRecurring",
    ...(reachability ? (["weightWages", "weightCohorts"] as const) : []),
    "weightRampedLow",
    "weightRampedHigh",
    "weightAutomatedBenefitLow",
    "weightAutomatedBenefitHigh",
    "weightAutomatedCostLow",
    "weightAutomatedCostHigh",
    ...(reachability ? (["weightCohortsLow", "weightCohortsHigh"] as const) : []),
  ];
}
