/**
 * Where everything sits on the model sheet, worked out before a cell is written, from the same
 * lists the blocks write: so a block at the top (the decision, the drivers) can refer to the
 * calculation and the monthly cash flow further down. Top to bottom the sheet reads like a board
 * paper: the decision, what drives it, the scenarios, then inputs, calculation and cash flows.
 */
import {
  DRIVERS,
  MAX_MONTHS,
  inputsOf,
  type InputDef,
  type InputId,
  type Section,
  type TemplateKind,
} from "../core";
import {
  STAFFING_ROWS,
  calcIdsOf,
  engineColumnsOf,
  namedIdsOf,
  teiIdsOf,
  weightIdsOf,
  type CalcLineId,
  type EngineColumnId,
  type NamedId,
  type StaffingRowId,
  type TeiLineId,
  type WeightId,
} from "./lines";
import { RESULTS } from "./results";

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
  readonly calc: { readonly header: number; readonly rows: ReadonlyMap<CalcLineId, number> };
  /** The TEI lines, then the present-value weights below them. */
  readonly tei: {
    readonly header: number;
    readonly rows: ReadonlyMap<TeiLineId | WeightId, number>;
  };
  readonly staffing: {
    readonly header: number;
    readonly rows: ReadonlyMap<StaffingRowId, number>;
  } | null;
  /** The contact log's week grid: header row, then Monday..Sunday in rows, hours 0..23 in B..Y. */
  readonly grid: { readonly header: number } | null;
  readonly flows: { readonly header: number };
  readonly engine: {
    readonly header: number;
    /** Row of month 0; months 1..120 follow. */
    readonly monthZero: number;
    readonly lastRow: number;
    readonly columns: ReadonlyMap<EngineColumnId, number>;
  };
  /** Every sheet-scoped name this template defines. */
  readonly names: ReadonlySet<NamedId>;
  readonly lastRow: number;
}

/** Rows from `start`, one per id. */
function rowsFrom<K>(start: number, ids: readonly K[]): Map<K, number> {
  return new Map(ids.map((id, i) => [id, start + i]));
}

/** The row (or column) of `id` in a block; an id this template does not have throws. */
export function placeOf<K extends string>(places: ReadonlyMap<K, number>, id: K): number {
  const place = places.get(id);
  if (place === undefined) throw new Error(`the model sheet has no line "${id}" here`);
  return place;
}

/** Row of an input or a calculation line; one this template does not have throws. */
export function rowOf(plan: SheetPlan, id: InputId | CalcLineId): number {
  const calc = plan.calc.rows.get(id as CalcLineId);
  if (calc !== undefined) return calc;
  const input = plan.inputs.rows.find((row) => row.def.id === id);
  if (input === undefined) throw new Error(`the model sheet has no input or line "${id}"`);
  return input.row;
}

/** The decision summary, the drivers and the scenario comparison, from row 1. */
function planTop(kind: TemplateKind) {
  const results = RESULTS[kind];
  const decisionRow = 7;
  const headline = results.filter((r) => r.place !== "reference").length;
  const referenceRow = decisionRow + headline + 1;
  const summaryEnd = referenceRow + results.filter((r) => r.place === "reference").length;
  const driverCount = DRIVERS[kind].length;
  const driversHeader = summaryEnd + 3;
  const rankedHeader = driversHeader + driverCount + 2;
  const breakEven = rankedHeader + driverCount + 2;
  return {
    summary: { decisionRow, referenceRow },
    drivers: { header: driversHeader, rankedHeader, breakEven },
    scenarios: { header: breakEven + 5 },
  };
}

/** The inputs from `header` down: a section row wherever the section changes, then its inputs. */
function planInputs(kind: TemplateKind, header: number): SheetPlan["inputs"] & { end: number } {
  let row = header;
  const sections: { section: Section; row: number }[] = [];
  const rows: InputRow[] = [];
  for (const def of inputsOf(kind)) {
    if (sections[sections.length - 1]?.section !== def.section)
      sections.push({ section: def.section, row: ++row });
    rows.push({ def, row: ++row });
  }
  return { header, sections, rows, end: row };
}

export function planSheet(kind: TemplateKind, withGrid = false): SheetPlan {
  const top = planTop(kind);
  const { end: row, ...inputs } = planInputs(kind, top.scenarios.header + 7);
  const calcHeader = row + 3;
  const calcIds = calcIdsOf(kind);
  const teiHeader = calcHeader + calcIds.length + 3;
  const teiIds = [...teiIdsOf(kind), ...weightIdsOf(kind)];
  const teiEnd = teiHeader + teiIds.length;
  const staffingHeader = teiEnd + 3;
  const afterStaffing =
    kind === "reachability" ? staffingHeader + STAFFING_ROWS.length + 3 : teiEnd + 3;
  // The contact log's week (24/7, when the user brought one): a header row and Monday..Sunday.
  const gridHeader = withGrid && kind === "reachability" ? afterStaffing : null;
  const flowsHeader = gridHeader === null ? afterStaffing : gridHeader + 7 + 3;
  const engineHeader = flowsHeader + 4 + 3;
  const monthZero = engineHeader + 1;
  const engineLast = monthZero + MAX_MONTHS;
  return {
    ...top,
    inputs,
    calc: { header: calcHeader, rows: rowsFrom(calcHeader + 1, calcIds) },
    tei: { header: teiHeader, rows: rowsFrom(teiHeader + 1, teiIds) },
    staffing:
      kind === "reachability"
        ? { header: staffingHeader, rows: rowsFrom(staffingHeader + 1, STAFFING_ROWS) }
        : null,
    grid: gridHeader === null ? null : { header: gridHeader },
    flows: { header: flowsHeader },
    engine: {
      header: engineHeader,
      monthZero,
      lastRow: engineLast,
      columns: new Map(engineColumnsOf(kind).map((id, i) => [id, i])),
    },
    names: namedIdsOf(kind),
    lastRow: engineLast,
  };
}
