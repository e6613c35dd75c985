/**
 * How a native form reads the arguments of a CX call: operands, amounts, optional values with
 * their defaults, literal ranges whose shape is known when the formula is built, and the array
 * constants that stand in for ROW()/COLUMN() offsets.
 *
 * Why constants and not ROW(range): HyperFormula's ROW and COLUMN return the top-left row or
 * column of a range, not an array (hyperformula 3.5, InformationPlugin: runFunctionWithReferenceArgument
 * takes `range.start`), and in Excel 2016/2019 without dynamic arrays a constant needs no
 * Ctrl+Shift+Enter, where TRANSPOSE(ROW(range)) does. A constant does not follow a range that
 * grows: the matrix sizes then disagree and the cell shows #VALUE! (never a wrong number).
 */
import type { CallArg } from "../../excel/nativeForm";

/** Excel's limit on a cell's formula text ("Excel specifications and limits": 8,192 characters). */
export const MAX_FORMULA_LENGTH = 8192;

/** Thrown when an argument cannot be given a native form: the call keeps its value. */
export class NoNativeForm extends Error {}

export function isGiven(arg: CallArg | undefined): arg is CallArg {
  return arg !== undefined && arg.kind !== "omitted";
}

/** An argument as an operand: numbers and references as written, anything else in parentheses. */
export function operand(arg: CallArg): string {
  return arg.kind === "number" || arg.kind === "reference" ? arg.text : `(${arg.text})`;
}

/** A required amount: one value as is, a range (any shape) summed with SUM, blanks skipped. */
export function amount(arg: CallArg | undefined): string {
  if (!isGiven(arg)) throw new NoNativeForm("a required amount is omitted");
  return arg.scalar ? operand(arg) : `SUM(${arg.text})`;
}

/**
 * An optional single value. Omitted: the documented default. A reference is used as is, never
 * wrapped in IF(x&""="",default,x): Excel desktop passes an empty referenced cell to a custom
 * function as 0 and Excel on the web as null (OfficeDev/office-js#4702), so the add-in itself has
 * no single behaviour for a blank cell to copy; the native form reads a blank as 0, as Excel does.
 */
export function optional(arg: CallArg | undefined, fallback: number): string {
  if (!isGiven(arg)) return String(fallback);
  if (!arg.scalar) throw new NoNativeForm("a single value is given as a range");
  return operand(arg);
}

/** The number a constant argument holds (omitted: its default), or undefined for a formula. */
export function literal(arg: CallArg | undefined, fallback: number): number | undefined {
  if (!isGiven(arg)) return fallback;
  if (arg.kind !== "number") return undefined;
  const text = arg.text.trim();
  const percent = text.endsWith("%");
  const value = Number(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

/** A range written as A1 text, with the shape Excel gives it. */
export interface LiteralRange {
  readonly rows: number;
  readonly columns: number;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const CELL = String.raw`\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})`;
const RANGE = new RegExp(`^(?:${SHEET})?${CELL}(?::${CELL})?$`);

function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/**
 * The shape of a literal A1 range (`B2:B37`, `$D$5:$AA$11`, `'Q1 data'!C3:C14`, one cell), or null
 * for anything else: names, whole rows or columns, 3-D, spill and structured references.
 *
 * @example literalRange("Model!$D$20:$D$55") // { rows: 36, columns: 1 }
 */
export function literalRange(text: string): LiteralRange | null {
  const match = RANGE.exec(text.trim());
  if (!match) return null;
  const [, c1 = "", r1 = "", c2 = c1, r2 = r1] = match;
  return {
    rows: Math.abs(Number(r2) - Number(r1)) + 1,
    columns: Math.abs(columnNumber(c2) - columnNumber(c1)) + 1,
  };
}

/**
 * The array constant from..to: a column `{0;1;2}` or a row `{0,1,2}` (Excel's separators for
 * array constants in English formulas: ";" between rows, "," between columns).
 *
 * @example sequence(1, 3, "column") === "{1;2;3}"
 */
export function sequence(from: number, to: number, orientation: "row" | "column"): string {
  const values: number[] = [];
  for (let k = from; k <= to; k++) values.push(k);
  return `{${values.join(orientation === "column" ? ";" : ",")}}`;
}
