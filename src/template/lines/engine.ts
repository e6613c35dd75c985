/**
 * The columns of the monthly cash flow (months 0..120), declared once: the scenario in use as a
 * reader follows it (the Excel table holds these), then the columns the drivers and the scenario
 * comparison read. A column id outside this list is a compile error; one the template does not
 * have (a 24/7 cohort column on the digital sheet) throws where the sheet is built.
 */
import { SCENARIOS, type InputId, type TemplateKind } from "../../core";

/** The scenario columns: 0 expected, 1 conservative, 2 optimistic, 3 article (SCENARIOS). */
export type ScenarioIndex = 0 | 1 | 2 | 3;
export const SCENARIO_INDEXES: readonly ScenarioIndex[] = SCENARIOS.map(
  (_, s) => s as ScenarioIndex,
);

/** The table's columns, in order; the last one ends the Excel table. */
export const TABLE_COLUMNS = [
  "month",
  "year",
  "inHorizon",
  "discountFactor",
  "rampFactor",
  "rampedSoFar",
  "cohorts",
  "volumeIndex",
  "wageIndex",
  "priceIndex",
  "renewals",
  "benefits",
  "costs",
  "net",
  "cumulative",
  "discountedNet",
  "discountedCumulative",
  "netBeforeRisk",
] as const;
export type TableColumnId = (typeof TABLE_COLUMNS)[number];

/** The yearly index columns and the input each follows: (1 + rate)^(year − 1). */
export const INDEX_RATES = {
  volumeIndex: "volumeGrowth",
  wageIndex: "wageIndexation",
  priceIndex: "priceIndexation",
} as const satisfies Record<string, InputId>;
export type IndexColumnId = keyof typeof INDEX_RATES;

/** The lines that move with a yearly index (core/model/flows.ts, businessCase.ts). */
export type IndexedLine =
  "automatedBenefit" | "automatedCost" | "recurring" | "renewal" | "staffing";

/**
 * Which indices each line moves with: the automated contacts grow with the volume; what they save
 * follows wages in the digital case (agent time), while 24/7 revenue stays in today's money; what
 * they cost, the licences and the renewals follow prices; the staffing alternative follows wages.
 */
export function indicesOf(kind: TemplateKind, line: IndexedLine): readonly IndexColumnId[] {
  switch (line) {
    case "automatedBenefit":
      return kind === "digital" ? ["volumeIndex", "wageIndex"] : ["volumeIndex"];
    case "automatedCost":
      return ["volumeIndex", "priceIndex"];
    case "recurring":
    case "renewal":
      return ["priceIndex"];
    case "staffing":
      return ["wageIndex"];
  }
}

/** The tornado's ramp-up ends, and each scenario's own columns. */
export type RampEnd = "Low" | "High";
export type EngineColumnId =
  | TableColumnId
  | `ramp${RampEnd}`
  | `ramp${RampEnd}SoFar`
  | `cohorts${RampEnd}`
  | `ramp_${ScenarioIndex}`
  | `rampSoFar_${ScenarioIndex}`
  | `costs_${ScenarioIndex}`
  | `net_${ScenarioIndex}`;

/** Columns only the 24/7 template has: the retained cohorts and the ramp-up sums they need. */
const COHORT_COLUMNS: ReadonlySet<EngineColumnId> = new Set<EngineColumnId>([
  "cohorts",
  "rampLowSoFar",
  "cohortsLow",
  "rampHighSoFar",
  "cohortsHigh",
  ...SCENARIO_INDEXES.map((s) => `rampSoFar_${s}` as const),
]);

const ALL_COLUMNS: readonly EngineColumnId[] = [
  ...TABLE_COLUMNS,
  ...(["Low", "High"] as const).flatMap((end) => [
    `ramp${end}` as const,
    `ramp${end}SoFar` as const,
    `cohorts${end}` as const,
  ]),
  ...SCENARIO_INDEXES.flatMap((s) => [
    `ramp_${s}` as const,
    `rampSoFar_${s}` as const,
    `costs_${s}` as const,
    `net_${s}` as const,
  ]),
];

/** A template's monthly columns, in sheet order (column A first). */
export function engineColumnsOf(kind: TemplateKind): readonly EngineColumnId[] {
  return kind === "reachability"
    ? ALL_COLUMNS
    : ALL_COLUMNS.filter((id) => !COHORT_COLUMNS.has(id));
}
