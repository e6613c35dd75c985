/**
 * Formula text as a tree, from a real tokenizer (excel-formula-tokenizer): function calls with
 * their arguments, parentheses, array constants and plain tokens. Enough to find every `CX.*` call,
 * however deeply nested, to replace it, and to write the formula back out unchanged elsewhere.
 * Text inside string constants is a token of its own, so `"CX.ROI("` in a string is never a call.
 */
import { tokenize, type Token } from "excel-formula-tokenizer";
import { FUNCTION_IDS, type FunctionId } from "../../core";

export type FormulaNode = Leaf | Call | Group;

/** One token written back as it came (operands, operators, white space). */
export interface Leaf {
  readonly kind: "leaf";
  readonly token: Token;
}
/** `NAME(a, b)`, or an array constant (`ARRAY` / `ARRAYROW` in the tokenizer's terms). */
export interface Call {
  readonly kind: "call";
  readonly name: string;
  /** Each argument's nodes; an omitted argument is an empty list. */
  readonly args: FormulaNode[][];
  /** The separators between arguments, as written (`,` or `;`). */
  readonly separators: string[];
}
/** A parenthesised sub-expression. */
export interface Group {
  readonly kind: "group";
  readonly items: FormulaNode[];
}

/** Parses formula text (with or without its leading `=`) into nodes. Throws on unbalanced text. */
export function parseFormula(formula: string): FormulaNode[] {
  const tokens = tokenize(formula.startsWith("=") ? formula : `=${formula}`);
  let position = 0;
  const parseUntilStop = (inCall: Call | null): FormulaNode[] => {
    const items: FormulaNode[] = [];
    while (position < tokens.length) {
      const token = tokens[position++] as Token;
      if (token.subtype === "stop" && (token.type === "function" || token.type === "subexpression"))
        return items;
      if (token.type === "argument" && inCall !== null) {
        inCall.args.push(items.splice(0));
        inCall.separators.push(token.value);
        continue;
      }
      if (token.type === "function" && token.subtype === "start") {
        const call: Call = { kind: "call", name: token.value, args: [], separators: [] };
        call.args.push(parseUntilStop(call));
        if (call.args.length === 1 && call.args[0]?.length === 0) call.args.length = 0;
        items.push(call);
      } else if (token.type === "subexpression" && token.subtype === "start") {
        items.push({ kind: "group", items: parseUntilStop(null) });
      } else {
        items.push({ kind: "leaf", token });
      }
    }
    if (inCall !== null) throw new Error(`unbalanced formula: ${formula}`);
    return items;
  };
  return parseUntilStop(null);
}

function leafText(token: Token): string {
  if (token.type === "operand" && token.subtype === "text")
    return `"${token.value.replace(/"/g, '""')}"`;
  return token.value;
}

/** Writes nodes back as formula text (without the leading `=`). */
export function printNodes(nodes: readonly FormulaNode[]): string {
  return nodes.map(printNode).join("");
}

function printNode(node: FormulaNode): string {
  switch (node.kind) {
    case "leaf":
      return leafText(node.token);
    case "group":
      return `(${printNodes(node.items)})`;
    case "call": {
      const parts = node.args.map(printNodes);
      const joined = parts
        .map((part, i) => (i === 0 ? part : `${node.separators[i - 1] ?? ","}${part}`))
        .join("");
      if (node.name === "ARRAY") return `{${joined}}`;
      if (node.name === "ARRAYROW") return joined;
      return `${node.name}(${joined})`;
    }
  }
}

const ID_SET = new Set<string>(FUNCTION_IDS);

/**
 * The catalog id a function name calls, `undefined` for Excel's own functions. Excel reports an
 * add-in function as `CX.ROI`; a workbook opened without the add-in shows `_xldudf_CX_ROI`.
 * An unknown `CX.` name still depends on the add-in: its id is `null`.
 */
export function addinFunctionOf(name: string): FunctionId | null | undefined {
  const upper = name.toUpperCase();
  const match = /^(?:CX\.|_XLDUDF_CX_)(.+)$/.exec(upper);
  if (match === null) return undefined;
  const id = match[1] ?? "";
  return ID_SET.has(id) ? (id as FunctionId) : null;
}

/** Cheap pre-check before tokenizing: only formula text that mentions the namespace can call it. */
export function mayCallAddin(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const upper = formula.toUpperCase();
  return upper.includes("CX.") || upper.includes("_XLDUDF_CX_");
}

/** Every add-in call in the nodes, outermost first, nested ones included. */
export function addinCalls(nodes: readonly FormulaNode[]): (FunctionId | null)[] {
  const found: (FunctionId | null)[] = [];
  const visit = (node: FormulaNode) => {
    if (node.kind === "group") node.items.forEach(visit);
    if (node.kind !== "call") return;
    const id = addinFunctionOf(node.name);
    if (id !== undefined) found.push(id);
    node.args.forEach((arg) => arg.forEach(visit));
  };
  nodes.forEach(visit);
  return found;
}
