/**
 * Replays a `TemplateSpec` onto a new worksheet in one `Excel.run` with two syncs, whatever the
 * size of the spec:
 *
 * 1. read the names of the existing sheets, tables and workbook names;
 * 2. commit everything (writerQueue.ts): names, cells in rectangles, looks, the table, validation,
 *    charts, frozen rows, page setup and protection where the host supports them.
 *
 * Why not one sync: the sheet name must be free (we never overwrite a sheet) and the table name
 * must be unique in the workbook; both need the existing names, and a batch cannot branch on data
 * it has not read yet.
 *
 * Failure: Excel batches are not transactions — a failing sync keeps what it applied before the
 * failure. Any exception is answered by a second `Excel.run` that deletes the sheet we added, then
 * `{ ok: false }`. Nothing is ever thrown to the caller, and existing sheets are never written to.
 * The result's `syncs` counts every `context.sync()` the write made, the clean-up and the
 * formulasLocal retry included (that path takes at least four: two, a clean-up, two more).
 * Enum values are string literals so this module runs where the `Excel` global is absent.
 */
import type { TemplateSpec } from "../template/spec";
import { planCells } from "./writerPlan";
import { queueSheet, type Features } from "./writerQueue";

export { planCells, requestSizeEstimate, type WritePlan } from "./writerPlan";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Optional parts of the sheet a host may lack. */
export type Skippable = "pageLayout" | "protection";

export type WriteResult =
  | {
      ok: true;
      sheetName: string;
      /** Every `context.sync()` this write made: 2 when the first attempt succeeds. */
      syncs: number;
      /** Optional parts the host does not support: the sheet was still created without them. */
      skipped: Skippable[];
    }
  | { ok: false; reason: "failed"; message: string };

const MAX_SHEET_NAME_LENGTH = 31;

const defaultRunner: ExcelRunner = (batch) => Excel.run(batch);

export interface WriteOptions {
  /** Optional parts the host supports, and whether the user wants the sheet protected. */
  readonly features?: Features;
  /** The user asked for protection (the host may still lack it). */
  readonly protect?: boolean;
  /**
   * Writing CX formulas through Range.formulas fails in some non-English Excel builds
   * (office-js#6614): when an add-in sheet fails, the writer tries once more with formulasLocal,
   * each formula turned into the user's language by this function.
   */
  readonly localize?: (formula: string) => string;
}

const NO_FEATURES: Features = { pageLayout: false, protection: false };

/**
 * Writes `spec` onto a new sheet and activates it; never throws.
 *
 * @example
 * const result = await writeTemplate(buildTemplate(input, options));
 * // { ok: true, sheetName: "ROI 24-7 (2)", syncs: 2, skipped: [] } when "ROI 24-7" already existed
 */
export async function writeTemplate(
  spec: TemplateSpec,
  excel: ExcelRunner = defaultRunner,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const features = options.features ?? NO_FEATURES;
  const count: SyncCount = { syncs: 0 };
  const first = await attempt(spec, excel, features, null, count);
  if (first.result.ok || first.rejected || spec.mode !== "addin" || !options.localize)
    return finished(first.result, features, options.protect ?? false, count);
  const second = await attempt(spec, excel, features, options.localize, count);
  return finished(second.result, features, options.protect ?? false, count);
}

/** The syncs made so far, across attempts and clean-ups. */
interface SyncCount {
  syncs: number;
}

function finished(
  result: WriteResult,
  features: Features,
  protect: boolean,
  count: SyncCount,
): WriteResult {
  if (!result.ok) return result;
  const skipped: Skippable[] = [];
  if (!features.pageLayout) skipped.push("pageLayout");
  if (protect && !features.protection) skipped.push("protection");
  return { ...result, syncs: count.syncs, skipped };
}

interface Attempt {
  readonly result: WriteResult;
  /** Someone else took the sheet name between the two syncs: it is theirs, do not retry. */
  readonly rejected: boolean;
}

async function attempt(
  spec: TemplateSpec,
  excel: ExcelRunner,
  features: Features,
  local: ((formula: string) => string) | null,
  count: SyncCount,
): Promise<Attempt> {
  const added: { sheetName?: string } = {};
  try {
    const plan = planCells(spec.cells);
    const result = await excel(async (context) => {
      const workbook = context.workbook;
      workbook.worksheets.load("items/name");
      workbook.tables.load("items/name");
      workbook.names.load("items/name");
      count.syncs += 1; // counted before it runs: a sync that fails was still made
      await context.sync();
      const sheetName = freeSheetName(
        spec.sheetName,
        workbook.worksheets.items.map((sheet) => sheet.name),
      );
      const tableName = freeTableName(spec.table.name, [
        ...workbook.tables.items.map((table) => table.name),
        ...workbook.names.items.map((name) => name.name),
        ...spec.names.map((name) => name.name),
      ]);
      added.sheetName = sheetName;
      const sheet = workbook.worksheets.add(sheetName);
      queueSheet(sheet, spec, plan, tableName, features, local);
      sheet.activate();
      count.syncs += 1;
      await context.sync();
      return { ok: true as const, sheetName, syncs: count.syncs, skipped: [] };
    });
    return { result, rejected: false };
  } catch (error) {
    const rejected = sheetAddWasRejected(error);
    if (added.sheetName !== undefined && !rejected)
      await removeSheet(excel, added.sheetName, count);
    return { rejected, result: { ok: false, reason: "failed", message: messageOf(error) } };
  }
}

/** Deletes the sheet a failed write added; a failure here leaves nothing more we can do. */
async function removeSheet(excel: ExcelRunner, sheetName: string, count: SyncCount): Promise<void> {
  try {
    await excel(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      count.syncs += 1;
      await context.sync();
      if (!sheet.isNullObject) {
        sheet.delete();
        count.syncs += 1;
        await context.sync();
      }
    });
  } catch {
    // The original error is what the user needs to see.
  }
}

/**
 * True when Excel refused to add our sheet because the name was taken meanwhile (a co-author):
 * then the sheet under that name is theirs, not ours, and must not be deleted.
 */
function sheetAddWasRejected(error: unknown): boolean {
  const office = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  return (
    office?.code === "ItemAlreadyExists" &&
    office.debugInfo?.errorLocation === "WorksheetCollection.add"
  );
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

/**
 * `preferred`, else `preferred (2)`, `(3)` …: at most 31 characters, none of `[]:*?/\`, no
 * apostrophe at either end, compared case-insensitively as Excel does.
 */
export function freeSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  taken.add("history"); // reserved by Excel
  const base = trimApostrophes(preferred.replace(/[[\]:*?/\\]/g, "-")) || "Service ROI";
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? "" : ` (${copy})`;
    const candidate =
      trimApostrophes(base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function trimApostrophes(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, "");
}

/** Table names are unique in the whole workbook: `CashFlow`, else `CashFlow_2`, `CashFlow_3` … */
export function freeTableName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const cleaned = preferred.replace(/[^\p{L}\p{N}_.]/gu, "_");
  const base = /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
  for (let copy = 1; ; copy += 1) {
    const candidate = copy === 1 ? base : `${base}_${copy}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
