/**
 * Replays a `TemplateSpec` onto a new worksheet in one `Excel.run` with exactly two syncs,
 * whatever the size of the spec:
 *
 * 1. read the names of the existing sheets, tables and workbook names;
 * 2. commit everything: the sheet, its cells (in rectangular blocks), looks, names, validation,
 *    the table, the chart, widths and frozen rows.
 *
 * Why not one sync: the sheet name must be free (we never overwrite a sheet) and the table name
 * must be unique in the workbook; both need the existing names, and a batch cannot branch on data
 * it has not read yet. Guessing instead (add, fail, retry) costs a sync per guess and, because a
 * failing batch keeps what it applied before the failure, leaves debris behind.
 *
 * Failure: any exception (including the commit sync, which Excel may have applied partly) is
 * answered by a second `Excel.run` that deletes the sheet we added, then `{ ok: false }`.
 * Nothing is ever thrown to the caller, and existing sheets are never written to.
 *
 * Requirement sets: ExcelApi 1.8 (data validation); also 1.7 (chart series setValues /
 * setXAxisValues, freezePanes) and 1.4 (getItemOrNullObject, sheet-scoped names).
 * Enum values are written as string literals so this module runs where the `Excel` global is absent.
 */
import type { CellSpec, CellStyle, TemplateSpec, ValidationRule } from "../template/spec";
import {
  STYLE_LOOKS,
  TABLE_STYLE,
  applyStyle,
  columnLetters,
  parseCell,
  rectangles,
} from "./writerStyles";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type WriteResult =
  { ok: true; sheetName: string; syncs: number } | { ok: false; reason: "failed"; message: string };

/** The number of `context.sync()` calls of a successful write, for any spec size. */
export const WRITE_SYNCS = 2;

/** Title of the validation prompt and error boxes (Excel allows at most 32 characters). */
const VALIDATION_TITLE = "Service ROI";
/** Excel's limits on validation texts; longer ones make the whole commit fail. */
const MAX_PROMPT_LENGTH = 255;
const MAX_ERROR_LENGTH = 225;
const MAX_SHEET_NAME_LENGTH = 31;

const defaultRunner: ExcelRunner = (batch) => Excel.run(batch);

type CellContent = number | string | boolean | null;

/** A rectangle of cells written with one `formulas` and at most one `numberFormat` assignment. */
interface CellBlock {
  readonly address: string;
  readonly formulas: CellContent[][];
  readonly numberFormat: (string | null)[][] | null;
}

/** A rectangle of cells sharing one style, formatted with one set of format assignments. */
interface StyleRun {
  readonly address: string;
  readonly style: CellStyle;
  readonly rows: number;
  readonly columns: number;
}

export interface WritePlan {
  readonly blocks: readonly CellBlock[];
  readonly styleRuns: readonly StyleRun[];
}

/**
 * Writes `spec` onto a new sheet and activates it; never throws.
 *
 * @example
 * const result = await writeTemplate(buildTemplate("digital", inputs, options));
 * // { ok: true, sheetName: "Service ROI (2)", syncs: 2 } when "Service ROI" already existed
 */
export async function writeTemplate(
  spec: TemplateSpec,
  excel: ExcelRunner = defaultRunner,
): Promise<WriteResult> {
  const attempt: { sheetName?: string } = {};
  try {
    const plan = planCells(spec.cells);
    return await excel(async (context) => {
      let syncs = 0;
      const workbook = context.workbook;
      workbook.worksheets.load("items/name");
      workbook.tables.load("items/name");
      workbook.names.load("items/name");
      await context.sync();
      syncs += 1;

      const sheetName = freeSheetName(
        spec.sheetName,
        workbook.worksheets.items.map((sheet) => sheet.name),
      );
      const tableName = freeTableName(spec.table.name, [
        ...workbook.tables.items.map((table) => table.name),
        ...workbook.names.items.map((name) => name.name),
        ...spec.names.map((name) => name.name),
      ]);
      attempt.sheetName = sheetName;
      const sheet = workbook.worksheets.add(sheetName);
      queueTemplate(sheet, spec, plan, tableName);
      sheet.activate();
      await context.sync();
      syncs += 1;
      return { ok: true as const, sheetName, syncs };
    });
  } catch (error) {
    if (attempt.sheetName !== undefined && !sheetAddWasRejected(error)) {
      await removeSheet(excel, attempt.sheetName);
    }
    return { ok: false, reason: "failed", message: messageOf(error) };
  }
}

/** Queues the whole model sheet; nothing here syncs. */
function queueTemplate(
  sheet: Excel.Worksheet,
  spec: TemplateSpec,
  plan: WritePlan,
  tableName: string,
): void {
  for (const block of plan.blocks) {
    const range = sheet.getRange(block.address);
    range.formulas = block.formulas;
    if (block.numberFormat !== null) range.numberFormat = block.numberFormat;
  }
  for (const run of plan.styleRuns) {
    applyStyle(sheet.getRange(run.address), run.style, run.rows, run.columns);
  }
  spec.columnWidths.forEach((width, index) => {
    const column = columnLetters(index + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  });

  const table = sheet.tables.add(sheet.getRange(spec.table.range), true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  table.getHeaderRowRange().values = [[...spec.table.columns]];

  for (const name of spec.names) {
    sheet.names.add(name.name, sheet.getRange(name.address), name.comment);
  }
  for (const validation of spec.validations) {
    const dataValidation = sheet.getRange(validation.range).dataValidation;
    dataValidation.rule = validationRule(validation.rule);
    dataValidation.errorAlert = {
      message: validation.errorMessage.slice(0, MAX_ERROR_LENGTH),
      showAlert: true,
      style: "Stop",
      title: VALIDATION_TITLE,
    };
    dataValidation.prompt = {
      message: validation.prompt.slice(0, MAX_PROMPT_LENGTH),
      showPrompt: true,
      title: VALIDATION_TITLE,
    };
  }

  const { chart: chartSpec } = spec;
  const chart = sheet.charts.add("Line", sheet.getRange(chartSpec.valuesRange), "Columns");
  const series = chart.series.getItemAt(0);
  series.setValues(sheet.getRange(chartSpec.valuesRange));
  series.setXAxisValues(sheet.getRange(chartSpec.categoriesRange));
  series.name = chartSpec.seriesName;
  chart.title.text = chartSpec.title;
  chart.legend.visible = false;
  chart.setPosition(chartSpec.anchor);
  chart.width = chartSpec.width;
  chart.height = chartSpec.height;

  if (spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: rule.source } };
  const between = { formula1: rule.min, formula2: rule.max, operator: "Between" as const };
  return rule.type === "decimal" ? { decimal: between } : { wholeNumber: between };
}

/** Deletes the sheet a failed write added; a failure here leaves nothing more we can do. */
async function removeSheet(excel: ExcelRunner, sheetName: string): Promise<void> {
  try {
    await excel(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      await context.sync();
      if (!sheet.isNullObject) {
        sheet.delete();
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

/**
 * Groups the spec's cells into rectangles: contents and number formats per rectangle of filled
 * cells, looks per rectangle of same-style cells. A run of table rows becomes one rectangle.
 */
export function planCells(cells: readonly CellSpec[]): WritePlan {
  const byAddress = new Map<string, { cell: CellSpec; row: number; column: number }>();
  for (const cell of cells) byAddress.set(cell.address, { cell, ...parseCell(cell.address) });
  const placed = [...byAddress.values()];

  const filled = placed.filter(
    ({ cell }) => cell.formula !== undefined || cell.value !== undefined || cell.numberFormat,
  );
  const blocks = rectangles(filled.map((entry) => ({ ...entry, key: "", item: entry.cell }))).map(
    (rect): CellBlock => {
      const numberFormat = rect.items.map((row) => row.map((cell) => cell.numberFormat ?? null));
      return {
        address: rect.address,
        formulas: rect.items.map((row) => row.map(cellContent)),
        numberFormat: numberFormat.some((row) => row.some((format) => format !== null))
          ? numberFormat
          : null,
      };
    },
  );

  const styled = placed.flatMap(({ cell, row, column }) =>
    cell.style === undefined ? [] : [{ row, column, key: cell.style, item: cell.style }],
  );
  const styleRuns = rectangles(styled).map((rect): StyleRun => ({
    address: rect.address,
    style: rect.key as CellStyle,
    rows: rect.items.length,
    columns: rect.columns,
  }));
  return { blocks, styleRuns };
}

/**
 * A constant or formula as `Range.formulas` takes it. Null leaves the cell as it is (a styled or
 * formatted empty cell). Text that Excel would parse as a formula gets the apostrophe prefix.
 */
function cellContent(cell: CellSpec): CellContent {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined) return null;
  if (typeof cell.value === "string" && /^[=+\-']/.test(cell.value)) return `'${cell.value}`;
  return cell.value;
}

/**
 * The approximate size in bytes of what the commit sync sends: the JSON of every array and
 * property the writer assigns. Excel on the web refuses requests above 5 MB.
 */
export function requestSizeEstimate(spec: TemplateSpec): number {
  const plan = planCells(spec.cells);
  const payload = {
    sheetName: spec.sheetName,
    blocks: plan.blocks,
    styleRuns: plan.styleRuns.map((run) => ({ ...run, look: STYLE_LOOKS[run.style] })),
    columnWidths: spec.columnWidths,
    names: spec.names,
    validations: spec.validations,
    table: spec.table,
    chart: spec.chart,
    freezeRows: spec.freezeRows,
  };
  return new TextEncoder().encode(JSON.stringify(payload)).length;
}
