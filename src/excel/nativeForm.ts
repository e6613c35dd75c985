/**
 * The contract between the formula rewrite (src/excel) and the catalog's native forms
 * (src/catalog): how one argument of a `CX.` call looks to a native-form builder, and what the
 * builder gives back. Plain formula text only; no Excel API, no DOM.
 */

/** One argument of a CX call, already rewritten (nested CX calls replaced). */
export interface CallArg {
  /** Formula text of the argument, trimmed, without parentheses added. */
  readonly text: string;
  /** omitted: nothing written; number: a numeric constant; reference: one cell, range or name. */
  readonly kind: "omitted" | "number" | "reference" | "expression";
  /** No range, name or array can hide in it: it is one value (a single cell at most). */
  readonly scalar: boolean;
}

/** A native Excel replacement for one CX call. */
export interface NativeForm {
  /** Formula text without the leading "=". */
  readonly text: string;
  /** A single function call (IF(…), SUM(…)): safe anywhere without parentheses. */
  readonly atomic: boolean;
}
