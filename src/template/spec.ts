/**
 * A model sheet as plain data. `buildTemplate` produces it; the Excel writer, the preview and the
 * tests replay it. Nothing here computes: values are what the core computed or what the user typed,
 * formulas are Excel formula text (English function names, comma separators, as Range.formulas takes).
 */
import type { Lang } from "../i18n/language";

export type { TemplateKind } from "../core";
import type { TemplateKind } from "../core";
export type FormulaMode = "native" | "addin";

/** How a cell looks; the writer maps each style to fonts, fills and borders. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "label"
  | "input"
  | "scenario"
  | "calc"
  | "result"
  | "unit"
  | "note"
  | "tableHeader";

export interface CellSpec {
  /** A1 address on the model sheet, e.g. "B7". */
  readonly address: string;
  /** A constant: a number, a text, or a boolean. */
  readonly value?: number | string | boolean;
  /** A formula starting with "=" (English function names, comma separators). */
  readonly formula?: string;
  /** Excel number format, e.g. "#,##0" or "0.0%". */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** A sheet-scoped name for one cell, so two model sheets in one workbook never collide. */
export interface NameSpec {
  readonly name: string;
  readonly address: string;
  /** What the name holds, shown in Excel's Name Manager. */
  readonly comment: string;
}

export type ValidationRule =
  | { readonly type: "decimal" | "whole"; readonly min: number; readonly max: number }
  | { readonly type: "list"; readonly source: string };

export interface ValidationSpec {
  /** A1 range, e.g. "D7:H7". */
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when a typed value breaks the rule, in the sheet's language. */
  readonly errorMessage: string;
  /** Shown when the cell is selected. */
  readonly prompt: string;
}

export interface TableSpec {
  readonly name: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly columns: readonly string[];
}

export interface ChartSpec {
  readonly title: string;
  /** The x values (months) and y values (cumulative net cash flow), A1 ranges without headers. */
  readonly categoriesRange: string;
  readonly valuesRange: string;
  readonly seriesName: string;
  /** Top-left cell the chart is anchored at, and its size in points. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

export interface TemplateSpec {
  readonly kind: TemplateKind;
  readonly lang: Lang;
  readonly mode: FormulaMode;
  readonly horizonMonths: number;
  /** Preferred sheet name; the writer adds " (2)", " (3)" … when it is taken. */
  readonly sheetName: string;
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly CellSpec[];
  readonly names: readonly NameSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly table: TableSpec;
  readonly chart: ChartSpec;
  /** Cells the tests compare with the core: result name → A1 address. */
  readonly resultCells: Readonly<Record<string, string>>;
  /** The cell that holds the active scenario (a dropdown). */
  readonly scenarioCell: string;
  /** Rows that should be frozen at the top (title and scenario). */
  readonly freezeRows: number;
}
