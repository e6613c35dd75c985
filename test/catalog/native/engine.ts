/**
 * Evaluating native forms: one HyperFormula sheet with array arithmetic on (Excel evaluates
 * SUMPRODUCT's and MMULT's arguments as arrays; HyperFormula only does with `useArrayArithmetic`,
 * else `SUMPRODUCT(A1:A4*2)` is #VALUE! "Cell range not allowed"), and one comparison with the core.
 * A local engine, so the shared test/support/hyperformula.ts keeps its configuration.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { isCalcError, type CalcResult } from "../../../src/core";
import type { CallArg } from "../../../src/excel/nativeForm";

/** One call of a CX function: the cells it reads, its arguments as text, what Excel hands the add-in. */
export interface NativeCase {
  readonly label: string;
  /** A1 address → value; null is a blank cell. */
  readonly cells: Readonly<Record<string, number | null>>;
  readonly args: readonly CallArg[];
  /** The arguments as Excel passes them to the custom function (ranges as 2-D arrays). */
  readonly raw: readonly unknown[];
  /** Rows the case occupies from its top row (for stacking many cases on one sheet). */
  readonly height: number;
}

export const number = (value: number): CallArg => ({
  text: String(value),
  kind: "number",
  scalar: true,
});
export const cell = (address: string): CallArg => ({
  text: address,
  kind: "reference",
  scalar: true,
});
export const range = (address: string): CallArg => ({
  text: address,
  kind: "reference",
  scalar: false,
});
export const OMITTED: CallArg = { text: "", kind: "omitted", scalar: false };

/** "C", 5 → "C5"; columns from 0. */
export function at(column: number, row: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function parse(address: string): { col: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  const col = [...(match[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(match[2]) - 1 };
}

/** A sheet that evaluates one formula against one case's cells at a time. */
export class FormulaSheet {
  private readonly hf = HyperFormula.buildFromSheets(
    { S: [] },
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
  );
  private readonly sheet = this.hf.getSheetId("S") ?? 0;
  /** Rows and columns the previous case wrote, to blank them out. */
  private extent = { rows: 0, columns: 0 };

  evaluate(cells: Readonly<Record<string, number | null>>, formula: string): unknown {
    const resultAt = { sheet: this.sheet, col: 60, row: 0 };
    const placed = Object.entries(cells).map(([address, value]) => ({ ...parse(address), value }));
    const rows = Math.max(this.extent.rows, ...placed.map((p) => p.row + 1));
    const columns = Math.max(this.extent.columns, ...placed.map((p) => p.col + 1));
    // One rectangular write (blanks included) is far faster than a write per cell.
    const block: (number | null)[][] = Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => null),
    );
    for (const { row, col, value } of placed) (block[row] ?? [])[col] = value;
    this.hf.batch(() => {
      this.hf.setCellContents({ sheet: this.sheet, col: 0, row: 0 }, block);
      this.hf.setCellContents(resultAt, [[formula]]);
    });
    this.extent = {
      rows: Math.max(0, ...placed.map((p) => p.row + 1)),
      columns: Math.max(0, ...placed.map((p) => p.col + 1)),
    };
    return this.hf.getCellValue(resultAt);
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** An error code from HyperFormula ("#N/A") or from an .xlsx read back ({ error: "#N/A" }). */
function errorCode(value: unknown): string | undefined {
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === "object" && value !== null && "error" in value) return String(value.error);
  return undefined;
}

/** Null when the engine shows what the core computed (1e-9 relative above 1), else why not. */
export function mismatch(actual: unknown, expected: CalcResult): string | null {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `expected ${expected}, engine ${JSON.stringify(actual)}`;
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    return Math.abs(actual - expected) <= tolerance ? null : `engine ${actual} ≠ core ${expected}`;
  }
  if (isCalcError(expected)) {
    const code = errorCode(actual);
    return code === expected.code
      ? null
      : `expected ${expected.code}, engine ${String(code ?? actual)}`;
  }
  return `unexpected core result ${JSON.stringify(expected)}`;
}
