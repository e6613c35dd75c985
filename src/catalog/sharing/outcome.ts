/**
 * What a failed rewrite did, told from what the cells hold afterwards rather than from what was
 * sent: Excel batches are not transactions (a failing sync keeps what it applied before the
 * failure, design.md), so the pane reads the written cells back and compares them with what they
 * held before. Only a cell that does not hold its old content counts as changed, and only one that
 * still does not after the restore counts as not put back.
 */
import { cellsOfWrite, type CellWrite } from "./writes";

/** Where the rewrite stopped: unprotecting the add-in's sheets, a batch of cells, protecting again. */
export type FailedStep = "unprotect" | "write" | "protect";

export interface WriteOutcome {
  /** `Sheet!A1` of every cell that held new content when Excel stopped. */
  readonly changed: readonly string[];
  /** Of those, the cells that still do not hold their old content after the restore. */
  readonly unrestored: readonly string[];
  /** Sheets the add-in unprotected for the rewrite and could not protect again. */
  readonly unprotected: readonly string[];
  /** The sheet Excel refused to unprotect (it has a password Excel could not report). */
  readonly refused?: string;
}

export class WriteFailure extends Error {
  /** `Sheet!A1` of every cell that may still hold its new content. */
  readonly unrestored: readonly string[];
  /** Every cell and every sheet's protection as before. */
  readonly restored: boolean;
  /** Trying again cannot help while Excel refuses to unprotect a sheet. */
  readonly retryHelps: boolean;

  constructor(
    readonly reason: unknown,
    readonly step: FailedStep,
    /** 1-based batch that failed (the write step), of `batches`. */
    readonly failedBatch: number,
    readonly batches: number,
    readonly outcome: WriteOutcome,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "WriteFailure";
    this.unrestored = outcome.unrestored;
    this.restored = outcome.unrestored.length === 0 && outcome.unprotected.length === 0;
    this.retryHelps = outcome.refused === undefined;
  }
}

/** Range.formulas of each write's rectangle as read now; undefined where it could not be read. */
export type ReadBack = readonly (readonly (readonly unknown[])[] | undefined)[];

/**
 * Per write, its cells that do not hold their old content now. A cell whose old content is empty
 * (the rest of a spilled table, whose anchor holds the formula) follows its anchor.
 */
function differing(writes: readonly CellWrite[], now: ReadBack): string[][] {
  return writes.map((write, i) =>
    cellsOfWrite(write).flatMap(({ name, r, c }) => {
      const before = write.original[r]?.[c];
      if (before === "" || before === null || before === undefined) return [];
      return now[i]?.[r]?.[c] === before ? [] : [name];
    }),
  );
}

/** `Sheet!A1` of every cell of `writes` that does not hold its old content in `now`. */
export function notAsBefore(writes: readonly CellWrite[], now: ReadBack): string[] {
  return differing(writes, now).flat();
}

/** The writes with a cell that does not hold its old content: what a restore writes back. */
export function toRestore(writes: readonly CellWrite[], now: ReadBack): CellWrite[] {
  const cells = differing(writes, now);
  return writes.filter((_write, i) => (cells[i]?.length ?? 0) > 0);
}
