/**
 * Where everything sits on the model sheet, worked out before a cell is written, from the same
 * lists the blocks write: so a block at the top (the decision, the drivers) can refer to the
 * calculation and the monthly cash flow further down. Top to bottom the sheet reads like a board
 * paper: the decision, what drives it, the scenarios, then inputs, calculation and cash flows.
 */
import {
  DRIVERS,
  SHIFT_BANDS,
  inputsOf,
  type InputDef,
  type Section,
  type TemplateKind,
} from "../core";
import { RESULTS } from "./results";

/** Calculation lines, per scenario column, in sheet order. */
export function calcIdsOf(kind: TemplateKind): readonly string[] {
  const shared = [
    "unitValue",
    "rampValue",
    "automatedPerYear",
    "earnedPerAutomated",
    "automatedBenefitPerYear",
    "otherRampedPerYear",
    "rampedBenefitsPerYear",
  ];
  const retention = ["retentionPerCohortMonth", "lifetimeMonths"];
  const costs = [
    "automatedCostPerYear",
    "recurringPerYear",
    "oneOffCosts",
    "hiddenCosts",
    "initial",
    "initialAfterRisk",
    "opportunityCost",
    "articleBenefits",
    "articleCosts",
    "articleRoi",
  ];
  const capacity = ["hoursFreedPerYear", "fteFreed", "fteRealised"];
  return kind === "digital"
    ? [...shared, ...costs, ...capacity]
    : [...shared, ...retention, ...costs];
}

/** Columns of the monthly cash flow; the Excel table holds the first TABLE_COLUMNS of them. */
export function engineColumnsOf(kind: TemplateKind): readonly string[] {
  const cohorts = kind === "reachability";
  const display = [
    "month",
    "year",
    "inHorizon",
    "discountFactor",
    "rampFactor",
    "rampedSoFar",
    ...(cohorts ? ["cohorts"] : []),
    "benefits",
    "costs",
    "net",
    "cumulative",
    "discountedNet",
    "discountedCumulative",
    "netBeforeRisk",
  ];
  const variant = (end: "Low" | "High") => [
    `ramp${end}`,
    ...(cohorts ? [`ramp${end}SoFar`, `cohorts${end}`] : []),
  ];
  const scenario = (s: number) => [`ramp_${s}`, ...(cohorts ? [`rampSoFar_${s}`] : []), `net_${s}`];
  return [...display, ...variant("Low"), ...variant("High"), ...[0, 1, 2, 3].flatMap(scenario)];
}

/** TEI table lines, in order. */
export function teiIdsOf(kind: TemplateKind): readonly string[] {
  const benefits =
    kind === "digital"
      ? ["staffSavings", "revenueMargin"]
      : ["revenueMargin", "retention", "operationalSavings"];
  return [
    "monthsInYear",
    "fullEffectMonths",
    "discountFactor",
    ...benefits,
    "totalBenefits",
    "initialCosts",
    "automatedContacts",
    "recurring",
    "totalCosts",
    "net",
    "cumulative",
    ...weightIdsOf(kind),
  ];
}

/**
 * Present-value weights of the scenario in use, below the TEI table: what €1 a year at full effect
 * is worth over the horizon with ramp-up (and at the tornado's ramp-up ends), flat, and per unit
 * of retained cohorts. The drivers and break-even values are linear in them.
 */
export function weightIdsOf(kind: TemplateKind): readonly string[] {
  const cohorts = kind === "reachability";
  return [
    "weightRamped",
    "weightFlat",
    ...(cohorts ? ["weightCohorts"] : []),
    "weightRampedLow",
    "weightRampedHigh",
    ...(cohorts ? ["weightCohortsLow", "weightCohortsHigh"] : []),
  ];
}

/** The CAO bands, then the plain hours: one staffing row each. */
export const STAFFING_BANDS = [...SHIFT_BANDS, "plain"] as const;
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

export interface InputRow {
  readonly def: InputDef;
  readonly row: number;
}

export interface SheetPlan {
  readonly summary: { readonly decisionRow: number; readonly referenceRow: number };
  readonly drivers: {
    readonly header: number;
    readonly rankedHeader: number;
    readonly breakEven: number;
  };
  readonly scenarios: { readonly header: number };
  readonly inputs: {
    readonly header: number;
    readonly sections: readonly { readonly section: Section; readonly row: number }[];
    readonly rows: readonly InputRow[];
  };
  readonly calc: { readonly header: number; readonly rows: ReadonlyMap<string, number> };
  readonly tei: { readonly header: number; readonly rows: ReadonlyMap<string, number> };
  readonly staffing: { readonly header: number; readonly rows: ReadonlyMap<string, number> } | null;
  /** The contact log's week grid: header row, then Monday..Sunday in rows, hours 0..23 in B..Y. */
  readonly grid: { readonly header: number } | null;
  readonly flows: { readonly header: number };
  readonly engine: {
    readonly header: number;
    /** Row of month 0; months 1..120 follow. */
    readonly monthZero: number;
    readonly lastRow: number;
    readonly columns: ReadonlyMap<string, number>;
  };
  readonly lastRow: number;
}

export const MAX_MONTHS = 120;

/** Rows from `start`, one per id. */
function rowsFrom(start: number, ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, start + i]));
}

export function planSheet(kind: TemplateKind, withGrid = false): SheetPlan {
  const results = RESULTS[kind];
  const decisionRow = 7;
  const headline = results.filter((r) => r.place !== "reference").length;
  const referenceRow = decisionRow + headline + 1;
  const summaryEnd = referenceRow + results.filter((r) => r.place === "reference").length;

  const driverCount = DRIVERS[kind].length;
  const driversHeader = summaryEnd + 3;
  const rankedHeader = driversHeader + driverCount + 2;
  const breakEven = rankedHeader + driverCount + 2;

  const scenariosHeader = breakEven + 5;

  const inputsHeader = scenariosHeader + 7;
  let row = inputsHeader;
  const sections: { section: Section; row: number }[] = [];
  const inputRows: InputRow[] = [];
  for (const def of inputsOf(kind)) {
    if (sections[sections.length - 1]?.section !== def.section)
      sections.push({ section: def.section, row: ++row });
    inputRows.push({ def, row: ++row });
  }

  const calcHeader = row + 3;
  const calcIds = calcIdsOf(kind);
  const teiHeader = calcHeader + calcIds.length + 3;
  const teiIds = teiIdsOf(kind);
  const teiEnd = teiHeader + teiIds.length;
  const staffingHeader = teiEnd + 3;
  const staffingIds = [...STAFFING_BANDS, ...STAFFING_TOTALS];
  const afterStaffing =
    kind === "reachability" ? staffingHeader + staffingIds.length + 3 : teiEnd + 3;
  // The contact log's week (24/7, when the user brought one): a header row and Monday..Sunday.
  const gridHeader = withGrid && kind === "reachability" ? afterStaffing : null;
  const flowsHeader = gridHeader === null ? afterStaffing : gridHeader + 7 + 3;
  const engineHeader = flowsHeader + 4 + 3;
  const monthZero = engineHeader + 1;
  const engineLast = monthZero + MAX_MONTHS;
  return {
    summary: { decisionRow, referenceRow },
    drivers: { header: driversHeader, rankedHeader, breakEven },
    scenarios: { header: scenariosHeader },
    inputs: { header: inputsHeader, sections, rows: inputRows },
    calc: { header: calcHeader, rows: rowsFrom(calcHeader + 1, calcIds) },
    tei: { header: teiHeader, rows: rowsFrom(teiHeader + 1, teiIds) },
    staffing:
      kind === "reachability"
        ? { header: staffingHeader, rows: rowsFrom(staffingHeader + 1, staffingIds) }
        : null,
    grid: gridHeader === null ? null : { header: gridHeader },
    flows: { header: flowsHeader },
    engine: {
      header: engineHeader,
      monthZero,
      lastRow: engineLast,
      columns: new Map(engineColumnsOf(kind).map((id, i) => [id, i])),
    },
    lastRow: engineLast,
  };
}
