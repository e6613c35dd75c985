/**
 * Formula text as a tree built on excel-formula-tokenizer: calls with their arguments,
 * parenthesised groups, array constants and tokens. Every token is aligned with the source text,
 * so the tree keeps exactly what was written (white space, a unary `+`, `@`, doubled apostrophes)
 * and `print(parse(f)) === f`. Where the tokenizer's view and the source disagree the formula is
 * refused (FormulaSyntaxError) instead of being guessed at.
 */
import { tokenize, type Token } from "excel-formula-tokenizer";
import { FormulaSyntaxError, protect, restore, type Protected } from "./scan";
import { quoteText } from "./a1";

export { FormulaSyntaxError } from "./scan";

export type TokenType =
  "number" | "text" | "logical" | "error" | "reference" | "operator" | "space" | "other";

/** One token exactly as written (`text` of a text constant keeps its quotes). */
export interface TokenNode {
  readonly kind: "token";
  readonly type: TokenType;
  readonly text: string;
}
/** `NAME(a, b)`; `implicit` when written `@NAME(…)` (implicit intersection). */
export interface CallNode {
  readonly kind: "call";
  readonly name: string;
  readonly implicit: boolean;
  /** Each argument's nodes; `F()` has none, `F(,)` two empty ones. */
  readonly args: readonly (readonly FormulaNode[])[];
}
export interface GroupNode {
  readonly kind: "group";
  readonly items: readonly FormulaNode[];
}
/** `{1,2;3,4}`: rows of items, each item a list of nodes. */
export interface ArrayNode {
  readonly kind: "array";
  readonly rows: readonly (readonly (readonly FormulaNode[])[])[];
}
export type FormulaNode = TokenNode | CallNode | GroupNode | ArrayNode;

type Container =
  | { kind: "root"; list: FormulaNode[] }
  | { kind: "call"; list: FormulaNode[]; name: string; implicit: boolean; args: FormulaNode[][] }
  | { kind: "group"; list: FormulaNode[] }
  | { kind: "array"; list: FormulaNode[]; rows: FormulaNode[][][] };

const SPACE = /^[ \t\r\n]+/;

/** Walks the source text alongside the tokens. */
class Source {
  position = 0;
  constructor(
    readonly text: string,
    readonly formula: string,
  ) {}
  space(): string {
    const run = SPACE.exec(this.text.slice(this.position))?.[0] ?? "";
    this.position += run.length;
    return run;
  }
  take(expected: string): boolean {
    if (!this.text.startsWith(expected, this.position)) return false;
    this.position += expected.length;
    return true;
  }
  fail(what: string): never {
    throw new FormulaSyntaxError(`${what} at ${this.position}`, this.formula);
  }
}

function operandType(token: Token, text: string): TokenType {
  if (text.startsWith("#")) return "error";
  switch (token.subtype) {
    case "number":
    case "text":
    case "logical":
    case "error":
      return token.subtype;
    case "range":
      return "reference";
    default:
      return "other";
  }
}

/**
 * Parses formula text (with or without its leading `=`).
 * @throws FormulaSyntaxError when the text is not a formula this layer can read exactly.
 */
export function parse(formula: string): FormulaNode[] {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const guarded = protect(body, formula);
  let tokens: Token[];
  try {
    tokens = tokenize(`=${guarded.text}`);
  } catch {
    throw new FormulaSyntaxError("the tokenizer failed", formula);
  }
  const builder = new Builder(new Source(body, formula), guarded);
  tokens.forEach((token) => builder.add(token));
  return builder.finish();
}

class Builder {
  private readonly stack: Container[] = [{ kind: "root", list: [] }];
  constructor(
    private readonly source: Source,
    private readonly guarded: Protected,
  ) {}

  private get top(): Container {
    return this.stack[this.stack.length - 1] as Container;
  }

  private push(node: FormulaNode): void {
    this.top.list.push(node);
  }

  private leaf(type: TokenType, text: string): void {
    if (text !== "") this.push({ kind: "token", type, text });
  }

  /** Consumes `expected`, keeping white space and unary `+` signs the tokenizer dropped. */
  private expect(expected: string): void {
    this.leaf("space", this.source.space());
    while (!this.source.take(expected)) {
      if (!this.source.take("+")) this.source.fail(`expected "${expected}"`);
      this.leaf("operator", "+");
      this.leaf("space", this.source.space());
    }
  }

  add(token: Token): void {
    const value =
      token.subtype === "text" ? token.value : restore(token.value, this.guarded.pieces);
    if (token.type === "operator-infix" && token.subtype === "intersect") {
      const run = this.source.space();
      if (run === "") this.source.fail("expected an intersection");
      return this.leaf("operator", run);
    }
    if (token.type === "function") return this.fn(token.subtype === "start", value);
    if (token.type === "subexpression") return this.group(token.subtype === "start");
    if (token.type === "argument") return this.separator(value);
    if (token.type === "operand") {
      const text = token.subtype === "text" ? quoteText(value) : value;
      this.expect(text);
      return this.leaf(operandType(token, text), text);
    }
    this.expect(value);
    this.leaf(token.type.startsWith("operator") ? "operator" : "other", value);
  }

  private fn(start: boolean, name: string): void {
    if (name === "ARRAY") return start ? this.openArray() : this.close("array", "}");
    if (name === "ARRAYROW") return start ? this.openRow() : this.closeRow();
    if (!start) return this.close("call", ")");
    this.leaf("space", this.source.space());
    // The tokenizer drops the implicit-intersection @ in front of a function name.
    const implicit = this.source.take("@");
    this.expect(`${name}(`);
    const list: FormulaNode[] = [];
    this.stack.push({ kind: "call", list, name, implicit, args: [list] });
  }

  private group(start: boolean): void {
    if (!start) return this.close("group", ")");
    this.expect("(");
    this.stack.push({ kind: "group", list: [] });
  }

  private openArray(): void {
    this.expect("{");
    this.stack.push({ kind: "array", list: [], rows: [] });
  }
  private openRow(): void {
    const top = this.top;
    if (top.kind !== "array") this.source.fail("array row outside an array");
    const item: FormulaNode[] = [];
    top.rows.push([item]);
    top.list = item;
  }
  private closeRow(): void {
    if (this.top.kind !== "array") this.source.fail("array row outside an array");
    this.leaf("space", this.source.space());
  }

  private separator(value: string): void {
    const top = this.top;
    this.expect(value);
    if (top.kind === "call" && value === ",") {
      top.list = [];
      top.args.push(top.list);
    } else if (top.kind === "array" && value === ",") {
      top.list = [];
      top.rows[top.rows.length - 1]?.push(top.list);
    } else if (top.kind !== "array" || value !== ";") {
      this.source.fail(`unexpected "${value}"`);
    }
  }

  private close(kind: "call" | "group" | "array", closer: string): void {
    const top = this.top;
    if (top.kind !== kind) this.source.fail(`unexpected "${closer}"`);
    this.expect(closer);
    this.stack.pop();
    this.push(this.nodeOf(top));
  }

  private nodeOf(container: Container): FormulaNode {
    switch (container.kind) {
      case "call": {
        const { name, implicit, args } = container;
        // `F()` has no argument; `F( )` keeps its one argument of white space.
        const none = args.length === 1 && args[0]?.length === 0;
        return { kind: "call", name, implicit, args: none ? [] : args };
      }
      case "array":
        return { kind: "array", rows: container.rows };
      default:
        return { kind: "group", items: container.list };
    }
  }

  finish(): FormulaNode[] {
    this.leaf("space", this.source.space());
    const top = this.top;
    if (top.kind !== "root") this.source.fail(`unclosed ${top.kind}`);
    if (this.source.position !== this.source.text.length) this.source.fail("unexpected text");
    return top.list;
  }
}

/** How a tree is written out: English (Range.formulas) by default; localize.ts passes its own. */
export interface PrintStyle {
  readonly argumentSeparator: string;
  readonly arrayColumnSeparator: string;
  readonly arrayRowSeparator: string;
  /** A token's text; default: as written. */
  readonly token?: (token: TokenNode) => string;
  /** A call's function name; default: as written. */
  readonly callName?: (call: CallNode) => string;
}

export const ENGLISH: PrintStyle = {
  argumentSeparator: ",",
  arrayColumnSeparator: ",",
  arrayRowSeparator: ";",
};

/** Writes nodes out as formula text, without the leading `=`. */
export function print(nodes: readonly FormulaNode[], style: PrintStyle = ENGLISH): string {
  return nodes.map((node) => printNode(node, style)).join("");
}

function printNode(node: FormulaNode, style: PrintStyle): string {
  switch (node.kind) {
    case "token":
      return style.token?.(node) ?? node.text;
    case "group":
      return `(${print(node.items, style)})`;
    case "array":
      return `{${node.rows
        .map((row) => row.map((item) => print(item, style)).join(style.arrayColumnSeparator))
        .join(style.arrayRowSeparator)}}`;
    case "call": {
      const name = style.callName?.(node) ?? node.name;
      const args = node.args.map((arg) => print(arg, style)).join(style.argumentSeparator);
      return `${node.implicit ? "@" : ""}${name}(${args})`;
    }
  }
}

/** The nodes that are not white space. */
export function solid(nodes: readonly FormulaNode[]): FormulaNode[] {
  return nodes.filter((node) => node.kind !== "token" || node.type !== "space");
}

/** Every node in the tree, depth first, the outermost first. */
export function* walk(nodes: readonly FormulaNode[]): Generator<FormulaNode> {
  for (const node of nodes) {
    yield node;
    if (node.kind === "group") yield* walk(node.items);
    if (node.kind === "call") for (const arg of node.args) yield* walk(arg);
    if (node.kind === "array")
      for (const row of node.rows) for (const item of row) yield* walk(item);
  }
}
