/**
 * The one home of how a native form reads the arguments of a CX call (resolver.ts calls the
 * builders; each function's file uses these): operands, amounts, single values with their
 * defaults, logicals, literal ranges whose shape is known when the formula is built, and the array
 * constants that stand in for ROW()/COLUMN() offsets. A helper that cannot write an argument
 * natively throws `NoNativeForm`, and the call keeps its value (`keepValueOn`).
 *
 * An omitted optional argument takes its declared default. A reference is used as it is, never
 * wrapped in IF(x&""="",default,x): Excel desktop passes an empty referenced cell to a custom
 * function as 0 and Excel on the web as null (OfficeDev/office-js#4702), so the add-in itself has
 * no single behaviour for a blank cell to copy; the native form reads a blank as 0, as Excel does.
 *
 * Ranges: an amount takes any shape and is summed (SUM, blanks skipped); a single value or a
 * logical given as something that may be a range has no native form (the add-in answers #VALUE!,
 * a native formula would spill or intersect).
 *
 * Why constants and not ROW(range): HyperFormula's ROW and COLUMN return the top-left row or
 * column of a range, not an array (hyperformula 3.5, InformationPlugin: runFunctionWithReferenceArgument
 * takes `range.start`), and in Excel 2016/2019 without dynamic arrays a constant needs no
 * Ctrl+Shift+Enter, where TRANSPOSE(ROW(range)) does. A constant does not follow a range that
 * grows: the matrix sizes then disagree and the cell shows #VALUE! (never a wrong number).
 */
import { rangeSize, tryParseRange } from "../../excel/a1";
import { referenceInfo } from "../../excel/args";
import type { CallArg, NativeForm } from "../../excel/nativeForm";

/** Excel's limit on a cell's formula text ("Excel specifications and limits": 8,192 characters). */
export const MAX_FORMULA_LENGTH = 8192;

/** Thrown when an argument cannot be given a native form: the call keeps its value. */
export class NoNativeForm extends Error {}

export function isGiven(arg: CallArg | undefined): arg is CallArg {
  return arg !== undefined && arg.kind !== "omitted";
}

/** `build()`, or null (the call keeps its value) when a helper found no native form. */
export function keepValueOn(build: () => NativeForm | null): NativeForm | null {
  try {
    return build();
  } catch (error) {
    if (error instanceof NoNativeForm) return null;
    throw error;
  }
}

export const form = (text: string, atomic = false): NativeForm => ({ text, atomic });

/** An omitted argument: its default, or no native form when it has none (it is required). */
function fallbackOf(fallback: number | undefined): string {
  if (fallback === undefined) throw new NoNativeForm("a required argument is omitted");
  return String(fallback);
}

/** An argument as an operand: numbers and references as written, anything else in parentheses. */
export function operand(arg: CallArg): string {
  return arg.kind === "number" || arg.kind === "reference" ? arg.text : `(${arg.text})`;
}

/** An amount: one value as is, a range (any shape) summed with SUM, blanks skipped. */
export function amount(arg: CallArg | undefined, fallback?: number): string {
  if (!isGiven(arg)) return fallbackOf(fallback);
  return arg.scalar ? operand(arg) : `SUM(${arg.text})`;
}

/** A single value (omitted: the default); one that may be a range has no native form. */
export function value(arg: CallArg | undefined, fallback?: number): string {
  if (!isGiven(arg)) return fallbackOf(fallback);
  if (!arg.scalar) throw new NoNativeForm("a single value is given as a range");
  return operand(arg);
}

/** A logical argument (default FALSE): a blank cell is FALSE in IF and OR, as in the add-in. */
export function logical(arg: CallArg | undefined): string {
  if (!isGiven(arg)) return "FALSE()";
  if (!arg.scalar) throw new NoNativeForm("a logical is given as a range");
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

/**
 * The shape of a literal A1 range (`B2:B37`, `$D$5:$AA$11`, `'Q1 data'!C3:C14`, one cell), or null
 * for anything else: names, whole rows or columns, 3-D, external, spill and structured references.
 *
 * @example literalRange("Model!$D$20:$D$55") // { rows: 36, columns: 1 }
 */
export function literalRange(text: string): LiteralRange | null {
  const info = referenceInfo(text.trim());
  if (info.external || info.threeD || info.spill || info.structured) return null;
  const range = tryParseRange(info.local);
  return range === null ? null : rangeSize(range);
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
