/** A small cursor that lays a sheet's cells out row by row, on the A1 helpers of src/excel. */
import { cellAddress, columnLetters } from "../excel";
import type { CellSpec, CellStyle, NameSpec, ValidationSpec } from "./spec";

/** Column letters of a 0-based column index (the template counts columns from 0): 0 → A. */
export function columnLetter(index: number): string {
  return columnLetters(index + 1);
}

/** "B7" from a 0-based column and a 1-based row. */
export function address(column: number, row: number): string {
  return cellAddress({ column: column + 1, row });
}

/** "$B$7" */
export function absolute(column: number, row: number): string {
  return cellAddress({ column: column + 1, row }, true);
}

export type CellContent = number | string | boolean;

/** Collects the sheet's cells, names, validations and merges; rows are 1-based as in Excel. */
export class SheetLayout {
  readonly cells: CellSpec[] = [];
  readonly names: NameSpec[] = [];
  readonly validations: ValidationSpec[] = [];
  row = 0;

  /** Puts a constant (or, when it starts with "=", a formula) at column/row; returns its address. */
  put(
    column: number,
    row: number,
    content: CellContent,
    style?: CellStyle,
    numberFormat?: string,
  ): string {
    const at = address(column, row);
    const isFormula = typeof content === "string" && content.startsWith("=");
    this.cells.push({
      address: at,
      ...(isFormula ? { formula: content } : { value: content }),
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    });
    return at;
  }

  /** A styled empty cell (a filled header band, say). */
  style(column: number, row: number, style: CellStyle): void {
    this.cells.push({ address: address(column, row), style });
  }

  name(name: string, at: string, comment: string): void {
    this.names.push({ name, address: at, comment });
  }

  validate(spec: ValidationSpec): void {
    this.validations.push(spec);
  }

  /** Moves to the next row, leaving `gap` empty rows; returns the new row. */
  next(gap = 0): number {
    this.row += 1 + gap;
    return this.row;
  }
}
