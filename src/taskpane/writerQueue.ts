/**
 * Queues a whole model sheet on a new worksheet; nothing here syncs. The order matters to Excel:
 * names first (a name is bound when a formula using it is entered: added later, a workbook-level
 * name of the same spelling would capture the formulas silently), then contents and looks, the
 * table, validation, charts and page setup, and protection last, because it locks what follows.
 *
 * Requirement sets: ExcelApi 1.4 (sheet-scoped names), 1.7 (chart series setValues and
 * setXAxisValues, freezePanes), 1.8 (data validation); optional: 1.9 page layout and page breaks,
 * 1.2 protection — queued only when the host supports them (`Features`).
 */
import { ADDIN_PROTECTION } from "../catalog/sharing/protection";
import { columnLetters, parseCell } from "../excel/a1";
import type { ChartSpec, TemplateSpec, ValidationRule } from "../template/spec";
import { TABLE_STYLE, applyStyle, rectangles } from "./writerStyles";
import type { WritePlan } from "./writerPlan";

/** Title of the validation prompt and error boxes (Excel allows at most 32 characters). */
const VALIDATION_TITLE = "Service ROI";
/** Excel's limits on validation texts; longer ones make the whole commit fail. */
const MAX_PROMPT_LENGTH = 255;
const MAX_ERROR_LENGTH = 225;

/** Optional parts of the sheet, queued only where the host supports them. */
export interface Features {
  /** ExcelApi 1.9: print area, title rows, landscape, fit to a page wide, header, footer, breaks. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.2, and the user chose it: formulas locked, inputs editable, no password. */
  readonly protection: boolean;
}

export function queueSheet(
  sheet: Excel.Worksheet,
  spec: TemplateSpec,
  plan: WritePlan,
  tableName: string,
  features: Features,
  local: ((formula: string) => string) | null,
): void {
  for (const name of spec.names) {
    sheet.names.add(name.name, sheet.getRange(name.address), name.comment);
  }
  for (const block of plan.blocks) {
    const range = sheet.getRange(block.address);
    if (local === null) range.formulas = block.formulas;
    else
      range.formulasLocal = block.formulas.map((row) =>
        row.map((c) => (typeof c === "string" && c.startsWith("=") ? local(c) : c)),
      );
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
  queueValidations(sheet, spec);
  for (const chart of spec.charts) queueChart(sheet, chart);
  if (spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (features.pageLayout) queuePageLayout(sheet, spec);
  if (features.protection) queueProtection(sheet, spec);
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: rule.source } };
  const between = { formula1: rule.min, formula2: rule.max, operator: "Between" as const };
  return rule.type === "decimal" ? { decimal: between } : { wholeNumber: between };
}

function queueValidations(sheet: Excel.Worksheet, spec: TemplateSpec): void {
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
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const type = spec.type === "line" ? "Line" : "BarClustered";
  const first = spec.series[0];
  if (first === undefined) return;
  const chart = sheet.charts.add(type, sheet.getRange(first.values), "Columns");
  spec.series.forEach((series, i) => {
    const target = i === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    target.setValues(sheet.getRange(series.values));
    target.setXAxisValues(sheet.getRange(spec.categories));
    target.name = series.name;
  });
  chart.title.text = spec.title;
  chart.legend.visible = spec.series.length > 1;
  chart.setPosition(spec.anchor);
  chart.width = spec.width;
  chart.height = spec.height;
}

/** Landscape, one page wide, the summary on a page of its own, title rows on every page. */
function queuePageLayout(sheet: Excel.Worksheet, spec: TemplateSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = "Landscape";
  // One page wide; the height follows the content (ExcelApi 1.9 PageLayoutZoomOptions).
  layout.zoom = { horizontalFitToPages: 1 };
  layout.setPrintArea(spec.print.area);
  layout.setPrintTitleRows(spec.print.titleRows);
  layout.headersFooters.defaultForAllPages.centerHeader = spec.print.header;
  layout.headersFooters.defaultForAllPages.centerFooter = spec.print.footer;
  for (const row of spec.print.breakAfterRows) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** Every cell of the editable A1 ranges: single cells, and blocks such as the contact grid "B185:Y191". */
function editableCells(spec: TemplateSpec) {
  return spec.editable.flatMap((range) => {
    const [first = "", last = first] = range.split(":");
    const [from, to] = [parseCell(first), parseCell(last)];
    const cells: { row: number; column: number; key: string; item: string }[] = [];
    for (let row = from.row; row <= to.row; row++)
      for (let column = from.column; column <= to.column; column++)
        cells.push({ row, column, key: "", item: range });
    return cells;
  });
}

/** Unlocks the cells a user edits (in rectangles), then protects the sheet without a password. */
function queueProtection(sheet: Excel.Worksheet, spec: TemplateSpec): void {
  for (const rect of rectangles(editableCells(spec))) {
    sheet.getRange(rect.address).format.protection.locked = false;
  }
  // The add-in's options, which "make shareable" recognises as its own (catalog/sharing/protection.ts).
  sheet.protection.protect({ ...ADDIN_PROTECTION });
}
