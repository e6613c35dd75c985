/**
 * One cell's formula without the add-in: every CX call, nested ones first, replaced by its native
 * form (natives.ts), the rest of the formula written back as it was. When any call has no native
 * form, the whole cell keeps its current value instead (a part of a formula cannot be a value).
 */
import type { Token } from "excel-formula-tokenizer";
import type { FunctionId } from "../../core";
import type { Lang } from "../../i18n/language";
import {
  addinCalls,
  addinFunctionOf,
  mayCallAddin,
  parseFormula,
  printNodes,
  type Call,
  type FormulaNode,
} from "./formula";
import { nativeForm, type CallArg } from "./natives";

export interface CellRewrite {
  /** Every add-in call in the cell, outermost first; `null` for an unknown CX name. */
  readonly functions: readonly (FunctionId | null)[];
  /** The native formula, or `null`: keep the cell's value (with a note). */
  readonly formula: string | null;
}

/** Thrown inside the walk when a call has no native form. */
const KEEP_VALUE = new Error("no native form");

/** Functions that always give one value from scalar arguments (safe in a "one value" argument). */
const SCALAR_FUNCTIONS = new Set(["SUM", "ROUND", "MIN", "MAX", "ABS", "AVERAGE", "IF", "IFERROR"]);
const SINGLE_CELL = /^(?:(?:'[^']+'|[^!'"]+)!)?\$?[A-Z]{1,3}\$?\d+$/i;

function isSpace(node: FormulaNode): boolean {
  return node.kind === "leaf" && node.token.type === "white-space";
}

/** True when nothing in the nodes can stand for more than one value. */
function isScalar(nodes: readonly FormulaNode[]): boolean {
  return nodes.every((node) => {
    if (node.kind === "group") return isScalar(node.items);
    if (node.kind === "call") {
      const id = addinFunctionOf(node.name);
      const scalarCall =
        id === undefined ? SCALAR_FUNCTIONS.has(node.name.toUpperCase()) : id !== "CASHFLOW";
      return scalarCall && node.args.every(isScalar);
    }
    const { type, subtype, value } = node.token;
    if (type !== "operand") return true;
    return subtype !== "range" || SINGLE_CELL.test(value);
  });
}

function describe(original: readonly FormulaNode[], rewritten: FormulaNode[]): CallArg {
  const text = printNodes(rewritten).trim();
  const solid = original.filter((node) => !isSpace(node));
  const only = solid.length === 1 ? solid[0] : undefined;
  const token = only?.kind === "leaf" ? only.token : undefined;
  const kind =
    solid.length === 0
      ? "omitted"
      : token?.type === "operand" && token.subtype === "number"
        ? "number"
        : token?.type === "operand" && token.subtype === "range"
          ? "reference"
          : "expression";
  return { text, kind, scalar: isScalar(original) };
}

function raw(text: string): FormulaNode {
  const token: Token = { type: "operand", subtype: "raw", value: text };
  return { kind: "leaf", token };
}

function rewriteNodes(nodes: readonly FormulaNode[], lang: Lang, whole: boolean): FormulaNode[] {
  return nodes.map((node) => {
    if (node.kind === "group") return { ...node, items: rewriteNodes(node.items, lang, false) };
    if (node.kind === "leaf") return node;
    const args = node.args.map((arg) => rewriteNodes(arg, lang, false));
    const id = addinFunctionOf(node.name);
    if (id === undefined) return { ...node, args } satisfies Call;
    if (id === null) throw KEEP_VALUE;
    const native = nativeForm(
      id,
      node.args.map((arg, i) => describe(arg, args[i] ?? [])),
      lang,
    );
    if (native === null) throw KEEP_VALUE;
    return raw(native.atomic || whole ? native.text : `(${native.text})`);
  });
}

/**
 * The cell's formula without add-in calls, `null` when the cell calls none.
 *
 * @example rewriteCell("=ROUND(CX.ROI(A1:A3,B1:B3),2)*100", "en")
 *   // { functions: ["ROI"], formula: "=ROUND((SUM(A1:A3)-SUM(B1:B3))/SUM(B1:B3),2)*100" }
 */
export function rewriteCell(formula: unknown, lang: Lang): CellRewrite | null {
  if (!mayCallAddin(formula)) return null;
  let nodes: FormulaNode[];
  try {
    nodes = parseFormula(formula);
  } catch {
    return null; // Excel only hands out formulas it accepted; text the tokenizer rejects has no CX call we can see.
  }
  const functions = addinCalls(nodes);
  if (functions.length === 0) return null;
  const solid = nodes.filter((node) => !isSpace(node));
  try {
    const rewritten = rewriteNodes(nodes, lang, solid.length === 1);
    return { functions, formula: `=${printNodes(rewritten)}` };
  } catch (error) {
    if (error === KEEP_VALUE) return { functions, formula: null };
    throw error;
  }
}
