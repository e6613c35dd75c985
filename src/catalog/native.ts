/**
 * Building blocks of the native forms: how each kind of argument is written in plain Excel so that
 * Excel computes what the add-in computes, in the core's order of operations.
 *
 * An omitted optional argument takes its declared default. A reference is used as it is: Excel
 * desktop passes an empty referenced cell to a custom function as 0 and Excel on the web as null
 * (office-js#4702), so there is no single add-in behaviour for a blank cell to copy, and plain
 * Excel arithmetic (blank = 0) is the honest native form.
 */
import type { CallArg, NativeForm } from "../excel/nativeForm";

/** Thrown by the helpers when a required argument is left out: the call keeps its value. */
export const MISSING = new Error("a required argument is omitted");

function orDefault(fallback: number | undefined): string {
  if (fallback === undefined) throw MISSING;
  return `${fallback}`;
}

export const isOmitted = (arg: CallArg | undefined): arg is undefined =>
  arg === undefined || arg.kind === "omitted";

/** An argument as an operand: a number or a reference as it is, anything else in parentheses. */
export function wrap(arg: CallArg): string {
  return arg.kind === "number" || arg.kind === "reference" ? arg.text : `(${arg.text})`;
}

/** An amount (a number or a range of any shape, summed): one value as it is, a range SUM(…)med. */
export function amount(arg: CallArg | undefined, fallback?: number): string {
  if (isOmitted(arg)) return orDefault(fallback);
  return arg.scalar ? wrap(arg) : `SUM(${arg.text})`;
}

/** One value; an omitted argument takes the default. */
export function value(arg: CallArg | undefined, fallback?: number): string {
  if (isOmitted(arg)) return orDefault(fallback);
  return wrap(arg);
}

/** A logical argument (default FALSE): a blank cell is FALSE in IF and OR, as in the add-in. */
export function logical(arg: CallArg | undefined): string {
  return isOmitted(arg) ? "FALSE()" : wrap(arg);
}

/** Text inside a formula: "…" with quotes doubled. */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export const form = (text: string, atomic = false): NativeForm => ({ text, atomic });
