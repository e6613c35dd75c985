/**
 * What "make shareable" and the fixes write, as plain data: one rectangle per write with what it
 * held before (read first), single cells of a column merged into one command, and batches well
 * under Excel on the web's 5 MB request limit. The pane sends them (taskpane/sharing/write.ts).
 */
import {
  cellAddress,
  parseRange,
  qualify,
  rangeAddress,
  shownConstant,
  type RangePosition,
} from "../../excel";
import type { CellChange, FormulaFix } from "./plan";

/** One rectangle's new content and the content it had (both as Range.formulas grids). */
export interface CellWrite {
  readonly sheet: string;
  /** Local address: `B3` or `B3:B9`. */
  readonly address: string;
  readonly grid: readonly (readonly unknown[])[];
  readonly original: readonly (readonly unknown[])[];
}

/** A kept cell's spilled range (CX.CASHFLOW) as read: its local address, values and types. */
export interface Spill {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** Excel on the web refuses requests over 5 MB; a fifth of that leaves room for the estimate. */
export const DEFAULT_BUDGET_BYTES = 1_000_000;
/** Per command: object paths and the property-set action around the payload. */
const COMMAND_OVERHEAD_BYTES = 300;
/** Longest column run merged into one command. */
const MAX_RUN = 500;

export function payloadBytes(write: Pick<CellWrite, "sheet" | "address" | "grid">): number {
  const { sheet, address, grid } = write;
  const json = JSON.stringify({ sheet, address, grid });
  return new TextEncoder().encode(json).length + COMMAND_OVERHEAD_BYTES;
}

/** A kept cell's write: its value, or its whole spill range's values (the anchor first). */
export function keptWrite(change: CellChange, spill: Spill | undefined): CellWrite {
  const { sheet, address, before } = change;
  if (spill === undefined)
    return {
      sheet,
      address,
      grid: [[shownConstant(change.value, change.valueType)]],
      original: [[before]],
    };
  const grid = spill.values.map((row, r) =>
    row.map((value, c) => shownConstant(value, spill.valueTypes[r]?.[c] ?? "Unknown")),
  );
  // Restoring a spill: the anchor gets its formula back and the rest must be empty, or it cannot spill.
  const original = grid.map((row, r) => row.map((_v, c) => (r === 0 && c === 0 ? before : "")));
  return { sheet, address: spill.address, grid, original };
}

/** Make shareable's writes: native formulas first, then kept values (`spills`: one per kept cell). */
export function shareWrites(
  changes: readonly CellChange[],
  spills: readonly (Spill | undefined)[],
): CellWrite[] {
  const kept = changes.filter((change) => change.formula === null);
  const native = changes.flatMap(({ sheet, address, formula, before }) =>
    formula === null ? [] : [{ sheet, address, grid: [[formula]], original: [[before]] }],
  );
  return [...native, ...kept.map((change, i) => keptWrite(change, spills[i]))];
}

/** Each fix's formula written over the one it had. */
export function fixWrites(fixes: readonly FormulaFix[]): CellWrite[] {
  return fixes.map(({ sheet, address, before, formula }) => ({
    sheet,
    address,
    grid: [[formula]],
    original: [[before]],
  }));
}

type Placed = { readonly write: CellWrite; readonly range: RangePosition };

/** By sheet, then column, then row: the order in which a column's cells follow each other. */
function byColumn(a: Placed, b: Placed): number {
  if (a.write.sheet !== b.write.sheet) return a.write.sheet < b.write.sheet ? -1 : 1;
  return a.range.start.column - b.range.start.column || a.range.start.row - b.range.start.row;
}

/** One write for a run of single cells, top to bottom in one column. */
function runWrite(run: readonly Placed[]): CellWrite[] {
  const [first, last] = [run[0], run[run.length - 1]];
  if (first === undefined || last === undefined) return [];
  return [
    {
      sheet: first.write.sheet,
      address: rangeAddress({ start: first.range.start, end: last.range.end }),
      grid: run.flatMap(({ write }) => write.grid),
      original: run.flatMap(({ write }) => write.original),
    },
  ];
}

/** Whether `cell` continues the column run whose last cell is `last`. */
function continues(run: readonly Placed[], cell: Placed): boolean {
  const last = run[run.length - 1];
  return (
    last !== undefined &&
    run.length < MAX_RUN &&
    last.write.sheet === cell.write.sheet &&
    last.range.start.column === cell.range.start.column &&
    last.range.start.row + 1 === cell.range.start.row
  );
}

/** Single cells next to each other in one column become one command (fewer bytes, fewer objects). */
export function mergeColumnRuns(writes: readonly CellWrite[]): CellWrite[] {
  const merged: CellWrite[] = [];
  const singles: Placed[] = [];
  for (const write of writes) {
    const range = parseRange(write.address);
    const single = range.start.row === range.end.row && range.start.column === range.end.column;
    if (single) singles.push({ write, range });
    else merged.push(write);
  }
  let run: Placed[] = [];
  for (const cell of singles.sort(byColumn)) {
    if (!continues(run, cell)) {
      merged.push(...runWrite(run));
      run = [];
    }
    run.push(cell);
  }
  merged.push(...runWrite(run));
  return merged;
}

/** Consecutive writes grouped so that each group's estimated payload stays within the budget. */
export function batchesOf<T extends Pick<CellWrite, "sheet" | "address" | "grid">>(
  writes: readonly T[],
  budgetBytes: number,
): T[][] {
  const batches: T[][] = [];
  let [current, size] = [[] as T[], 0];
  for (const write of writes) {
    const bytes = payloadBytes(write);
    if (current.length > 0 && size + bytes > budgetBytes) {
      batches.push(current);
      [current, size] = [[], 0];
    }
    current.push(write);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Each cell of a write, as `Sheet!A1` with its row and column in the write's grids. */
export function cellsOfWrite(write: CellWrite): { name: string; r: number; c: number }[] {
  const { start, end } = parseRange(write.address);
  const cells: { name: string; r: number; c: number }[] = [];
  for (let row = start.row; row <= end.row; row++)
    for (let column = start.column; column <= end.column; column++)
      cells.push({
        name: qualify(write.sheet, cellAddress({ row, column })),
        r: row - start.row,
        c: column - start.column,
      });
  return cells;
}
