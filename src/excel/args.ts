/**
 * What an argument of a CX call is, for the native-form builders (nativeForm.ts): omitted, a
 * number, a reference or an expression, and whether it can only ever be one value. "Scalar" errs
 * on the safe side: anything that might stand for more than one cell is not scalar, and a builder
 * that needs one value keeps the cell's value instead of guessing.
 */
import { tryParseCell } from "./a1";
import { addinCallOf } from "./addin";
import type { CallArg } from "./nativeForm";
import { print, solid, type FormulaNode } from "./tree";

export interface ArgOptions {
  readonly namespace?: string;
  /**
   * Whether a defined name (as written: `Investment`, or `Model!Investment`) refers to exactly one
   * cell. Unknown names are not scalar.
   */
  readonly isSingleCellName?: (name: string) => boolean;
}

/** What a reference token points at, read from its text. */
export interface ReferenceInfo {
  /** `[1]Sheet1!A1`, `'[Book.xlsx]Sheet 1'!A1`, `'C:\x\[Book.xlsx]S'!A1`: another workbook. */
  readonly external: boolean;
  /** `A1#`: a spilled range, of any size. */
  readonly spill: boolean;
  /** `Table1[Amount]`, `[@Amount]`. */
  readonly structured: boolean;
  /** `Sheet1:Sheet3!A1`: the same cells on several sheets (sheet names cannot contain `:`). */
  readonly threeD: boolean;
  /** `B3`, `$B$3`, `Sheet1!B3` (not on several sheets). */
  readonly singleCell: boolean;
  /** A defined name (or LET variable), as written, when the reference is one. */
  readonly name: string | undefined;
  /** What follows the sheet part (`A1:B2`, `Investment`); the whole text when there is none. */
  readonly local: string;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.?\\]*$/u;
const R1C1 = /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/;

/** Index of the closing apostrophe of the quoted name starting at `start` (`''` inside). */
function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return text.length;
}

/** Index of the `!` that ends the sheet part, outside quotes and brackets; -1 when none. */
function sheetEnd(text: string): number {
  let bang = -1;
  for (let i = 0, depth = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") {
      // Inside brackets an apostrophe escapes the next character (Table1['#Total]).
      i = depth > 0 ? i + 1 : closingQuote(text, i);
    } else if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === "!" && depth === 0) bang = i;
  }
  return bang;
}

export function referenceInfo(text: string): ReferenceInfo {
  const bang = sheetEnd(text);
  const sheet = bang < 0 ? "" : text.slice(0, bang);
  const local = text.slice(bang + 1);
  const singleCell = tryParseCell(local) !== null;
  const structured = local.includes("[");
  const spill = local.endsWith("#");
  const isName = !singleCell && !structured && NAME.test(local) && !R1C1.test(local);
  return {
    external: sheet.includes("["),
    spill,
    structured,
    threeD: sheet.includes(":"),
    singleCell: singleCell && !sheet.includes(":"),
    name: isName ? text : undefined,
    local,
  };
}

/** Excel functions that give one value whatever their arguments. */
const AGGREGATES = new Set([
  "SUM", "SUMPRODUCT", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA", "PRODUCT", "MEDIAN",
  "NPV", "IRR", "AND", "OR", "ROWS", "COLUMNS", "NA", "TRUE", "FALSE", "PI",
]); // prettier-ignore
/** Excel functions that give one value when every argument is one value. */
const ELEMENTWISE = new Set([
  "IF", "IFERROR", "IFNA", "NOT", "ROUND", "ROUNDUP", "ROUNDDOWN", "ABS", "SQRT", "CEILING",
  "FLOOR", "INT", "EXP", "LN", "MOD", "POWER", "N", "ISBLANK", "ISNUMBER", "ISERROR",
]); // prettier-ignore

function referenceIsScalar(text: string, options: ArgOptions): boolean {
  // `@A1:A3`: implicit intersection picks one cell.
  if (text.startsWith("@")) return true;
  const info = referenceInfo(text);
  if (info.external || info.spill || info.structured) return false;
  return (
    info.singleCell || (info.name !== undefined && options.isSingleCellName?.(info.name) === true)
  );
}

/** True when nothing in the nodes can stand for more than one value. */
export function isScalar(nodes: readonly FormulaNode[], options: ArgOptions = {}): boolean {
  return nodes.every((node) => {
    switch (node.kind) {
      case "group":
        return isScalar(node.items, options);
      case "array":
        return false;
      case "call": {
        // A rewritten CX call is one value: every native form computes one (nativeForm.ts).
        if (addinCallOf(node.name, options.namespace) !== undefined) return true;
        const name = node.name.toUpperCase();
        if (AGGREGATES.has(name)) return true;
        return ELEMENTWISE.has(name) && node.args.every((arg) => isScalar(arg, options));
      }
      case "token":
        if (node.type === "reference") return referenceIsScalar(node.text, options);
        // `,` outside a call is the union operator: `(A1,B1)` is two areas.
        return node.type !== "other" && !(node.type === "operator" && node.text === ",");
    }
  });
}

/**
 * One argument as a native-form builder sees it: `text` is the argument after its own CX calls
 * were rewritten (`rewritten`), kind and scalar are read from what the user wrote (`original`).
 */
export function describeArg(
  original: readonly FormulaNode[],
  rewritten: readonly FormulaNode[],
  options: ArgOptions = {},
): CallArg {
  const parts = solid(original);
  const only = parts.length === 1 ? parts[0] : undefined;
  const type = only?.kind === "token" ? only.type : undefined;
  const kind =
    parts.length === 0
      ? "omitted"
      : type === "number"
        ? "number"
        : type === "reference"
          ? "reference"
          : "expression";
  return { text: print(rewritten).trim(), kind, scalar: isScalar(original, options) };
}
