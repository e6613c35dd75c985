/**
 * The writer's plan of a spec, computed before anything is sent: cells grouped into rectangles
 * (one `formulas` and at most one `numberFormat` assignment each, looks per rectangle of one
 * style), and the size of the request that carries it (Excel on the web refuses over 5 MB).
 */
import { textConstant } from "../excel";
import type { CellSpec, CellStyle, TemplateSpec } from "../template/spec";
import { parseCell } from "../excel/a1";
import { STYLE_LOOKS, rectangles } from "./writerStyles";

export type CellContent = number | string | boolean | null;

/** A rectangle of cells written with one `formulas` and at most one `numberFormat` assignment. */
export interface CellBlock {
  readonly address: string;
  readonly formulas: CellContent[][];
  readonly numberFormat: (string | null)[][] | null;
}

/** A rectangle of cells sharing one style, formatted with one set of format assignments. */
export interface StyleRun {
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
 * formatted empty cell). Text goes through the one keep-text rule (excel/constant.ts).
 */
function cellContent(cell: CellSpec): CellContent {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined) return null;
  if (typeof cell.value === "string") return textConstant(cell.value);
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
    charts: spec.charts,
    print: spec.print,
    editable: spec.editable,
    freezeRows: spec.freezeRows,
  };
  return new TextEncoder().encode(JSON.stringify(payload)).length;
}
