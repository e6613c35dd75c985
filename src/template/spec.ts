/**
 * A model sheet as plain data. `buildTemplate` produces it; the Excel writer, the preview and the
 * tests replay it. Nothing here computes: values are what the user typed or the article's figures,
 * formulas are Excel formula text (English function names, comma separators, as Range.formulas
 * takes). `figures` carries the core's value of every result cell, so previews and independent
 * engines can check the sheet.
 */
import type { Lang } from "../i18n/language";
import type { TemplateKind } from "../core";

export type { TemplateKind } from "../core";
export type FormulaMode = "native" | "addin";

/** How a cell looks; the writer maps each style to fonts, fills and borders. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "section"
  | "label"
  | "input"
  | "scenario"
  | "calc"
  | "result"
  | "headline"
  | "verdict"
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
  /** A1 range, e.g. "D7:D7". */
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

export interface SeriesSpec {
  readonly name: string;
  /** A1 range of the values, without a header. */
  readonly values: string;
}

export interface ChartSpec {
  readonly type: "line" | "bar";
  readonly title: string;
  /** A1 range of the categories (x axis), without a header. */
  readonly categories: string;
  readonly series: readonly SeriesSpec[];
  /** Top-left cell the chart is anchored at, and its size in points. */
  readonly anchor: string;
  readonly width: number;
  readonly height: number;
}

/** Page setup: the decision summary prints first, on one landscape page. */
export interface PrintSpec {
  /** The print area, A1. */
  readonly area: string;
  /** Rows repeated at the top of every printed page, e.g. "$1:$4". */
  readonly titleRows: string;
  /** Rows after which a page break keeps the summary on a page of its own. */
  readonly breakAfterRows: readonly number[];
  readonly header: string;
  /** Footer; "&D" is the print date. */
  readonly footer: string;
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
  readonly charts: readonly ChartSpec[];
  /** Result id → A1 address of the cell that shows it (the results list, drivers, scenarios). */
  readonly resultCells: Readonly<Record<string, string>>;
  /** Result id → what the core computes for that cell (a number, or text for verdicts). */
  readonly figures: Readonly<Record<string, number | string>>;
  /** The cell that holds the active scenario (a dropdown). */
  readonly scenarioCell: string;
  /** The cell that holds the horizon in months. */
  readonly horizonCell: string;
  /** Cells a user edits: unlocked when the sheet is protected. A1 ranges. */
  readonly editable: readonly string[];
  readonly print: PrintSpec;
  /** Rows that should be frozen at the top (title and scenario). */
  readonly freezeRows: number;
}
