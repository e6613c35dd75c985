/**
 * The pane's analysis of a contact log, as plain data (no DOM, no Office), so node tests and the
 * benchmark run it as the pane does. Split by cost, so 100,000 timestamps stay interactive:
 * - `readLog` counts the values into the week grid and its heat map: once per read (or when a
 *   reading option changes), linear in the log;
 * - `hoursView` gives the share outside the opening hours and the busiest closed hours from the
 *   grid alone (168 cells): redone whenever the form's opening hours change, never re-reading.
 */
import {
  busiestOutsideSlots,
  contactGrid,
  csvColumn,
  heatMap,
  isCalcError,
  outsideHoursShare,
  type BusySlot,
  type CalcError,
  type ContactGrid,
  type HeatMap,
  type OpeningHours,
} from "../../core";
import { cellAddress, parseRange, splitQualified, type CellPosition } from "../../excel";
import type { RejectWord } from "../../i18n/contactLog";

/** How the values are read (the core's ContactGridOptions, as the pane's controls set them). */
export interface LogOptions {
  readonly timeZone: string;
  readonly dutchDates: boolean;
  readonly holidaysApart: boolean;
}

/** Where the values came from: the workbook's selection (its address and top-left cell), or a paste. */
export type LogSource =
  | { readonly kind: "selection"; readonly address: string; readonly top: CellPosition }
  | { readonly kind: "paste" };

/** What one read of the selected range hands over: Excel.Range address, values and valueTypes. */
export interface SelectionCells {
  /** Sheet-qualified, as Excel gives it: "Log!A1:A5001". */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** A log ready to be counted. */
export interface LogInput {
  readonly source: LogSource;
  readonly values: readonly (readonly unknown[])[];
  /** Cells that held an Excel error value (#N/A …), as "row,column" (0-based): said so in words. */
  readonly errorCells: ReadonlySet<string>;
}

/** One read of a log: what is computed once per read. */
export interface LogReading {
  readonly input: LogInput;
  readonly options: LogOptions;
  readonly grid: ContactGrid;
  readonly heat: HeatMap;
}

/** What depends on the opening hours: recomputed from the grid when they change. */
export interface HoursView {
  readonly hours: OpeningHours;
  readonly share: number | CalcError;
  readonly busiest: readonly BusySlot[];
}

/** A value that was not counted, placed as the user finds it: a cell of the sheet, or a line. */
export interface RejectedRow {
  /** "A7" for a selection (the sheet's own cell), "7" for a pasted line (1-based). */
  readonly at: string;
  readonly text: string;
  readonly reason: RejectWord;
}

/** How many busiest closed hours the pane lists: where evening or weekend cover would start. */
export const BUSIEST_SHOWN = 5;
/** How many rejected values the pane lists (all are counted). */
export const REJECTED_SHOWN = 10;

const key = (row: number, column: number) => `${row},${column}`;

/** The selection as a log: date-time cells arrive as serials, error cells are remembered. */
export function selectionInput(cells: SelectionCells): LogInput {
  const errorCells = new Set<string>();
  cells.valueTypes.forEach((types, row) =>
    types.forEach((type, column) => {
      if (type === "Error") errorCells.add(key(row, column));
    }),
  );
  const local = splitQualified(cells.address).local;
  return {
    source: { kind: "selection", address: cells.address, top: parseRange(local).start },
    values: cells.values,
    errorCells,
  };
}

/** A pasted column as a log: one value a line (csvColumn). */
export function pasteInput(text: string): LogInput {
  return { source: { kind: "paste" }, values: csvColumn(text), errorCells: new Set() };
}

/**
 * Counts a log into the week grid and its heat map, or the core's error (unknown time zone,
 * nothing readable). The expensive step: the pane calls it once per read.
 *
 * @example readLog(pasteInput("created\n2026-03-14 21:07"), options) → grid.counts[5][21] = 1
 */
export function readLog(input: LogInput, options: LogOptions): LogReading | CalcError {
  const grid = contactGrid(input.values, options);
  if (isCalcError(grid)) return grid;
  return { input, options, grid, heat: heatMap(grid) };
}

/**
 * The share outside `hours` and the busiest closed hours: the cheap step, from the 168 cells of
 * the grid only (contacts counted apart on holidays are outside, as the core's share has them).
 */
export function hoursView(reading: LogReading, hours: OpeningHours): HoursView {
  return {
    hours,
    share: outsideHoursShare(reading.grid, hours),
    busiest: busiestOutsideSlots(reading.grid, hours, BUSIEST_SHOWN),
  };
}

/** The first rejected values, each at the cell or line where the user finds it, with why. */
export function rejectedRows(reading: LogReading, shown = REJECTED_SHOWN): RejectedRow[] {
  const { source, errorCells } = reading.input;
  return reading.grid.rejectedRows.slice(0, shown).map((rejected) => ({
    at:
      source.kind === "selection"
        ? cellAddress({
            row: source.top.row + rejected.row,
            column: source.top.column + rejected.column,
          })
        : String(rejected.row + 1),
    text: rejected.raw,
    reason: errorCells.has(key(rejected.row, rejected.column)) ? "excelError" : rejected.reason,
  }));
}

/** How many cells a log holds (the "Reading n cells…" message). */
export function cellCount(values: readonly (readonly unknown[])[]): number {
  return values.reduce((sum, row) => sum + row.length, 0);
}
