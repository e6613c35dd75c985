/**
 * Writing many cells so that, from the user's view, all of them change or none does. Excel batches
 * are not transactions: a failing `context.sync()` keeps what it applied before the failure. So
 * every write carries what the cells held before (read first), the writes go out in batches well
 * under Excel on the web's 5 MB request limit (catalog/sharing/writes.ts), and when a batch fails,
 * the cells are read back, those that changed are written back to their original content, and
 * read again: WriteFailure says what changed, what was put back and what could not be.
 * Sheets the add-in protected are unprotected before the first batch and protected again with
 * the same options after the last, and after a failure (catalog/sharing/protection.ts).
 */
import {
  notAsBefore,
  toRestore,
  WriteFailure,
  type FailedStep,
  type ReadBack,
  type WriteOutcome,
} from "../../catalog/sharing/outcome";
import type { Unlock } from "../../catalog/sharing/protection";
import {
  DEFAULT_BUDGET_BYTES,
  batchesOf,
  mergeColumnRuns,
  type CellWrite,
} from "../../catalog/sharing/writes";
import type { ExcelRun } from "./read";

export type WriteProgress =
  | { readonly phase: "writing"; readonly done: number; readonly total: number }
  | { readonly phase: "restoring"; readonly done: number; readonly total: number };

export interface WriteOptions {
  /** Estimated payload bytes per request; default DEFAULT_BUDGET_BYTES. */
  readonly budgetBytes?: number;
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Sheets the add-in protected: unprotected for the writes, then protected again. */
  readonly unlock?: readonly Unlock[];
  /** After the last batch, before the sheets are protected again (notes); must not throw. */
  readonly beforeProtect?: () => Promise<void>;
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

/** Queues unprotect (no password: the add-in sets none) or protect with each sheet's options. */
function queueProtection(context: Excel.RequestContext, unlock: readonly Unlock[], on: boolean) {
  for (const { sheet, options } of unlock) {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    if (on) protection.protect(options);
    else protection.unprotect();
  }
}

interface Seen {
  readonly formulas: ReadBack;
  /** Per sheet of `unlock`: whether it is protected now. */
  readonly protectedNow: ReadonlyMap<string, boolean>;
}

/** The writes' cells and the sheets' protection as they are now; undefined if Excel refused. */
function readBack(
  run: ExcelRun,
  writes: readonly CellWrite[],
  unlock: readonly Unlock[],
): Promise<Seen | undefined> {
  return run(async (context) => {
    const sheet = (name: string) => context.workbook.worksheets.getItem(name);
    const ranges = writes.map((w) => {
      const range = sheet(w.sheet).getRange(w.address);
      range.load("formulas");
      return range;
    });
    const protections = unlock.map((u) => sheet(u.sheet).protection.load("protected"));
    await context.sync();
    return {
      formulas: ranges.map((range) => range.formulas as unknown[][]),
      protectedNow: new Map(unlock.map((u, i) => [u.sheet, protections[i]?.protected === true])),
    };
  }).catch(() => undefined);
}

/** Writes back the original content of `writes`, unprotecting `locked` (the add-in's) first. */
async function restore(
  run: ExcelRun,
  writes: readonly CellWrite[],
  locked: readonly Unlock[],
  options: WriteOptions,
): Promise<void> {
  if (locked.length > 0)
    await run(async (context) => {
      queueProtection(context, locked, false);
      await context.sync();
    }).catch(() => undefined);
  const chunks = batchesOf(writes, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  for (const [index, chunk] of chunks.entries()) {
    options.onProgress?.({ phase: "restoring", done: index, total: chunks.length });
    // A fresh request context per chunk: the failed one may be unusable; a failed chunk is
    // found by reading the cells back afterwards.
    await run(async (context) => {
      queue(context, chunk, "original");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk (5 MB cap)
      await context.sync();
    }).catch(() => undefined);
  }
  options.onProgress?.({ phase: "restoring", done: chunks.length, total: chunks.length });
}

/** Protects again each sheet of `unlock` that is not protected now; returns those it could not. */
async function reprotect(
  run: ExcelRun,
  unlock: readonly Unlock[],
  seen: Seen | undefined,
): Promise<string[]> {
  const open = unlock.filter((u) => seen?.protectedNow.get(u.sheet) !== true);
  if (open.length === 0) return [];
  const done = await run(async (context) => {
    queueProtection(context, open, true);
    await context.sync();
    return true;
  }).catch(() => false);
  if (done) return [];
  const after = await readBack(run, [], open);
  return open.filter((u) => after?.protectedNow.get(u.sheet) !== true).map((u) => u.sheet);
}

/**
 * Whether Excel refused to unprotect a sheet for want of its password: an InvalidArgument error
 * (as WorksheetProtection.pauseProtection documents for a wrong password).
 */
function passwordRefused(step: FailedStep, reason: unknown): boolean {
  const code = (reason as { code?: unknown } | null)?.code;
  return step === "unprotect" && code === "InvalidArgument";
}

/** After a failure: what changed, put back, and the protection as before. */
async function recover(
  run: ExcelRun,
  sent: readonly CellWrite[],
  failure: { step: FailedStep; reason: unknown },
  options: WriteOptions,
): Promise<WriteOutcome> {
  const unlock = options.unlock ?? [];
  const first = await readBack(run, sent, unlock);
  const changed = notAsBefore(sent, first?.formulas ?? []);
  const restoring = first === undefined ? [...sent] : toRestore(sent, first.formulas);
  const sheets = new Set(restoring.map((write) => write.sheet));
  const locked = unlock.filter(
    (u) => sheets.has(u.sheet) && (first === undefined || first.protectedNow.get(u.sheet) === true),
  );
  if (restoring.length > 0) await restore(run, restoring, locked, options);
  const last = restoring.length > 0 ? await readBack(run, restoring, unlock) : first;
  const unrestored = notAsBefore(restoring, last?.formulas ?? []);
  const unprotected = await reprotect(run, unlock, last);
  // Unprotecting stops at the first sheet Excel refuses: the first still protected.
  const refused = passwordRefused(failure.step, failure.reason)
    ? unlock.find((u) => first?.protectedNow.get(u.sheet))?.sheet
    : undefined;
  return { changed, unrestored, unprotected, ...(refused === undefined ? {} : { refused }) };
}

/**
 * Unprotects the add-in's sheets, writes every grid batch by batch in one request context, then
 * protects the sheets again; on a failure anywhere, puts back what changed and throws
 * WriteFailure. Returns the number of batches.
 */
export async function writeAtomically(
  run: ExcelRun,
  writes: readonly CellWrite[],
  options: WriteOptions = {},
): Promise<number> {
  const batches = batchesOf(mergeColumnRuns(writes), options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  const unlock = options.unlock ?? [];
  let [step, sent] = ["unprotect" as FailedStep, 0];
  try {
    await run(async (context) => {
      options.onProgress?.({ phase: "writing", done: 0, total: batches.length });
      if (unlock.length > 0) {
        queueProtection(context, unlock, false);
        await context.sync();
      }
      step = "write";
      for (const batch of batches) {
        queue(context, batch, "grid");
        sent += 1;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch: the 5 MB cap
        await context.sync();
        options.onProgress?.({ phase: "writing", done: sent, total: batches.length });
      }
    });
    await options.beforeProtect?.();
    step = "protect";
    if (unlock.length > 0)
      await run(async (context) => {
        queueProtection(context, unlock, true);
        await context.sync();
      });
  } catch (reason) {
    const outcome = await recover(run, batches.slice(0, sent).flat(), { step, reason }, options);
    throw new WriteFailure(reason, step, sent, batches.length, outcome);
  }
  return batches.length;
}
