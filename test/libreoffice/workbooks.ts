/**
 * Builds the workbooks LibreOffice recomputes: a model-sheet spec as an .xlsx sheet (its cells and
 * sheet-scoped names), and many native-form cases stacked on one sheet so that one soffice run
 * checks hundreds of them.
 */
import type { TemplateSpec } from "../../src/template";
import type { NativeCase } from "../catalog/native/engine";
import type { CellInput, DefinedName, SheetInput } from "./xlsx";

/** A sheet name quoted for a reference when it needs to be ('Bob''s data'). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "$B$7" for "B7". */
function absolute(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  return `$${match[1]}$${match[2]}`;
}

/**
 * A value as Excel's Range.formulas stores it: text that reads as a number becomes that number, as
 * when typed (the writer sends the horizon as "36"; Excel, and HyperFormula's loader, keep 36).
 */
function typedContent(value: number | string | boolean): CellInput {
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return value;
}

/**
 * The spec's cells and names on a sheet called `name`; `overrides` replaces cell contents (the
 * scenario cell, typed figures).
 *
 * @example specSheet(buildTemplate("digital", figures, options), "D36", { B3: "Expected" })
 */
export function specSheet(
  spec: TemplateSpec,
  name: string,
  overrides: Readonly<Record<string, CellInput>> = {},
): SheetInput {
  const cells: Record<string, CellInput> = {};
  for (const cell of spec.cells) {
    if (cell.formula !== undefined) cells[cell.address] = { formula: cell.formula };
    else if (cell.value !== undefined) cells[cell.address] = typedContent(cell.value);
  }
  Object.assign(cells, overrides);
  const names: DefinedName[] = spec.names.map((n) => ({
    name: n.name,
    refersTo: `${quoteSheet(name)}!${absolute(n.address)}`,
  }));
  return { name, cells, names };
}

/** Where one stacked case's formula sits. */
export interface PlacedCase {
  readonly case: NativeCase;
  readonly resultAddress: string;
}

/** Column of the stacked cases' formulas: right of every input a case lays out. */
export const RESULT_COLUMN = "CW";

/**
 * Stacks cases on one sheet, each from the row after the previous one's block, with its formula
 * (from `formulaOf`) in column CW of its top row.
 */
export function stackCases(
  name: string,
  build: readonly ((top: number) => NativeCase)[],
  formulaOf: (c: NativeCase) => string,
): { sheet: SheetInput; placed: PlacedCase[] } {
  const cells: Record<string, CellInput> = {};
  const placed: PlacedCase[] = [];
  let top = 1;
  for (const place of build) {
    const c = place(top);
    for (const [address, value] of Object.entries(c.cells))
      if (value !== null) cells[address] = value;
    const resultAddress = `${RESULT_COLUMN}${top}`;
    cells[resultAddress] = { formula: formulaOf(c) };
    placed.push({ case: c, resultAddress });
    top += c.height;
  }
  return { sheet: { name, cells }, placed };
}
