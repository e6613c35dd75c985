/**
 * The writer's cell layout: how each cell style of a `TemplateSpec` looks in Excel, the one
 * function that puts a look on a range, and the grouping of cells into rectangles so the writer
 * sends one assignment per rectangle, never one per cell.
 */
import { rangeAddress } from "../excel/a1";
import type { CellStyle } from "../template/spec";

/** The look of one style: only the properties it sets are sent to Excel. */
export interface StyleLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** A thin outline (and inner lines) so users see which cells are theirs to edit. */
  readonly border?: string;
}

/** Light yellow: the fill Excel users know as "type here". */
export const INPUT_FILL = "#FFF4CE";

export const STYLE_LOOKS: Readonly<Record<CellStyle, StyleLook>> = {
  title: { bold: true, size: 16, fontColor: "#1F3864" },
  subtitle: { italic: true, size: 10, fontColor: "#595959" },
  heading: { bold: true, size: 12, fontColor: "#1F3864" },
  section: { bold: true, italic: true, fontColor: "#1F3864" },
  label: { fontColor: "#262626" },
  input: { fontColor: "#1F3864", fill: INPUT_FILL, border: "#BF9000" },
  scenario: { bold: true, fontColor: "#1F3864", fill: INPUT_FILL, border: "#BF9000" },
  calc: { fontColor: "#262626" },
  result: { bold: true, fontColor: "#375623", fill: "#E2EFDA" },
  headline: { bold: true, size: 12, fontColor: "#1F3864", fill: "#DDEBF7" },
  verdict: { bold: true, size: 12, fontColor: "#1F3864" },
  unit: { size: 9, fontColor: "#7F7F7F" },
  note: { italic: true, size: 9, fontColor: "#7F7F7F" },
  tableHeader: { bold: true, fontColor: "#FFFFFF", fill: "#1F3864" },
};

/** The cash-flow table's built-in style; direct cell styles above win over it. */
export const TABLE_STYLE = "TableStyleLight9";

const OUTER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * Queues one style's look on a rectangle of `rows` × `columns` cells. Inner lines are only set on
 * rectangles that have them, so a single cell gets exactly its four edges.
 */
export function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  rows: number,
  columns: number,
): void {
  const look = STYLE_LOOKS[style];
  const font = range.format.font;
  if (look.bold !== undefined) font.bold = look.bold;
  if (look.italic !== undefined) font.italic = look.italic;
  if (look.size !== undefined) font.size = look.size;
  if (look.fontColor !== undefined) font.color = look.fontColor;
  if (look.fill !== undefined) range.format.fill.color = look.fill;
  if (look.border === undefined) return;
  const edges: string[] = [...OUTER_EDGES];
  if (rows > 1) edges.push("InsideHorizontal");
  if (columns > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    border.color = look.border;
  }
}

export interface GridEntry<T> {
  readonly row: number;
  readonly column: number;
  readonly key: string;
  readonly item: T;
}

export interface Rectangle<T> {
  address: string;
  readonly row: number;
  readonly column: number;
  readonly columns: number;
  readonly key: string;
  readonly items: T[][];
}

/**
 * Row runs of adjacent same-key cells, then runs stacked into one rectangle while the next row
 * has a run with the same columns and key.
 */
export function rectangles<T>(entries: readonly GridEntry<T>[]): Rectangle<T>[] {
  const sorted = [...entries].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: { row: number; column: number; key: string; items: T[] }[] = [];
  for (const entry of sorted) {
    const last = runs[runs.length - 1];
    const extends_ =
      last !== undefined &&
      last.row === entry.row &&
      last.key === entry.key &&
      last.column + last.items.length === entry.column;
    if (extends_) last.items.push(entry.item);
    else runs.push({ row: entry.row, column: entry.column, key: entry.key, items: [entry.item] });
  }

  const result: Rectangle<T>[] = [];
  const open = new Map<string, Rectangle<T>>();
  for (const run of runs) {
    const id = `${run.column}:${run.items.length}:${run.key}`;
    const above = open.get(id);
    if (above !== undefined && above.row + above.items.length === run.row) {
      above.items.push(run.items);
    } else {
      const rect = { ...run, columns: run.items.length, items: [run.items], address: "" };
      result.push(rect);
      open.set(id, rect);
    }
  }
  for (const rect of result) {
    const start = { row: rect.row, column: rect.column };
    const end = { row: rect.row + rect.items.length - 1, column: rect.column + rect.columns - 1 };
    rect.address = rangeAddress({ start, end });
  }
  return result;
}
