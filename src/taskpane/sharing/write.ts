/**
 * Writing many cells so that, from the user's view, all of them change or none does. Excel batches
 * are not transactions: a failing `context.sync()` keeps what it applied before the failure. So
 * every write carries what the cells held before (read first), the writes go out in batches well
 * under Excel on the web's 5 MB request limit, and when a batch fails every batch sent so far,
 * the failed one included, is written back to its original content. The restore can fail too;
 * then WriteFailure lists the cells that may hold either content.
 */
import { cellAddress, parseRange, qualify, rangeAddress, type RangePosition } from "../../excel";
import type { ExcelRun } from "./read";

/** One rectangle's new content and the content it had (both as Range.formulas grids). */
export interface CellWrite {
  readonly sheet: string;
  /** Local address: `B3` or `B3:B9`. */
  readonly address: string;
  readonly grid: readonly (readonly unknown[])[];
  readonly original: readonly (readonly unknown[])[];
}

export type WriteProgress =
  | { readonly phase: "writing"; readonly done: number; readonly total: number }
  | { readonly phase: "restoring"; readonly done: number; readonly total: number };

export interface WriteOptions {
  /** Estimated payload bytes per request; default DEFAULT_BUDGET_BYTES. */
  readonly budgetBytes?: number;
  readonly onProgress?: (progress: WriteProgress) => void;
}

/** Excel on the web refuses requests over 5 MB; a fifth of that leaves room for the estimate. */
export const DEFAULT_BUDGET_BYTES = 1_000_000;
/** Per command: object paths and the property-set action around the payload. */
const COMMAND_OVERHEAD_BYTES = 300;
/** Longest column run merged into one command. */
const MAX_RUN = 500;

export class WriteFailure extends Error {
  constructor(
    readonly reason: unknown,
    /** 1-based batch that failed, of `batches`. */
    readonly failedBatch: number,
    readonly batches: number,
    /** `Sheet!A1` of every cell that may still hold its new content. */
    readonly unrestored: readonly string[],
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "WriteFailure";
  }
  get restored(): boolean {
    return this.unrestored.length === 0;
  }
}

export function payloadBytes(write: Pick<CellWrite, "sheet" | "address" | "grid">): number {
  const { sheet, address, grid } = write;
  const json = JSON.stringify({ sheet, address, grid });
  return new TextEncoder().encode(json).length + COMMAND_OVERHEAD_BYTES;
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
    const last = run[run.length - 1];
    const continues =
      last !== undefined &&
      run.length < MAX_RUN &&
      last.write.sheet === cell.write.sheet &&
      last.range.start.column === cell.range.start.column &&
      last.range.start.row + 1 === cell.range.start.row;
    if (!continues) {
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

/** Queues the writes' `pick` grids (one worksheet object per sheet); the caller syncs. */
function queue(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  pick: "grid" | "original",
) {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const write of writes) {
    const sheet = sheets.get(write.sheet) ?? context.workbook.worksheets.getItem(write.sheet);
    sheets.set(write.sheet, sheet);
    sheet.getRange(write.address).formulas = write[pick] as unknown[][];
  }
}

/** Every cell of the writes, as `Sheet!A1`. */
function cellsOf(writes: readonly CellWrite[]): string[] {
  return writes.flatMap((write) => {
    const { start, end } = parseRange(write.address);
    const cells: string[] = [];
    for (let row = start.row; row <= end.row; row++)
      for (let column = start.column; column <= end.column; column++)
        cells.push(qualify(write.sheet, cellAddress({ row, column })));
    return cells;
  });
}

/** Writes back the original content of `writes`; returns the cells it could not restore. */
async function restore(
  run: ExcelRun,
  writes: readonly CellWrite[],
  options: WriteOptions,
): Promise<string[]> {
  const chunks = batchesOf(writes, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  const unrestored: string[] = [];
  for (const [index, chunk] of chunks.entries()) {
    options.onProgress?.({ phase: "restoring", done: index, total: chunks.length });
    // A fresh request context per chunk: the failed one may be unusable. One chunk at a time, so
    // that a chunk that fails is known and listed.
    const ok = await run(async (context) => {
      queue(context, chunk, "original");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk (5 MB cap)
      await context.sync();
      return true;
    }).catch(() => false);
    if (!ok) unrestored.push(...cellsOf(chunk));
  }
  options.onProgress?.({ phase: "restoring", done: chunks.length, total: chunks.length });
  return unrestored;
}

/**
 * Writes every grid, batch by batch in one request context; on a failed batch, restores all
 * batches sent so far and throws WriteFailure. Returns the number of batches.
 */
export async function writeAtomically(
  run: ExcelRun,
  writes: readonly CellWrite[],
  options: WriteOptions = {},
): Promise<number> {
  const batches = batchesOf(mergeColumnRuns(writes), options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  let sent = 0;
  try {
    await run(async (context) => {
      options.onProgress?.({ phase: "writing", done: 0, total: batches.length });
      for (const batch of batches) {
        queue(context, batch, "grid");
        sent += 1;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch: the 5 MB cap
        await context.sync();
        options.onProgress?.({ phase: "writing", done: sent, total: batches.length });
      }
    });
  } catch (reason) {
    const unrestored = await restore(run, batches.slice(0, sent).flat(), options);
    throw new WriteFailure(reason, sent, batches.length, unrestored);
  }
  return batches.length;
}
