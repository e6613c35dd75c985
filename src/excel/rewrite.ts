/**
 * A formula without the add-in: every CX call, nested ones first, replaced by its native form
 * (given by the caller: the catalog's native forms), the rest of the formula written back exactly
 * as it was. A formula that mentions the add-in and cannot be rewritten provably safely is
 * "dependent": the caller keeps the cell's value. Never is such a formula reported as plain.
 */
import { describeArg, referenceInfo, type ArgOptions } from "./args";
import { addinCallOf, addinName, mentionsAddin, NAMESPACE, type AddinCall } from "./addin";
import type { CallArg, NativeForm } from "./nativeForm";
import { FormulaSyntaxError, parse, print, solid, walk, type FormulaNode } from "./tree";

/** The native form of one call, or `null` when there is none (the cell keeps its value). */
export type CallResolver = (id: string, args: readonly CallArg[]) => NativeForm | null;

export interface RewriteOptions extends ArgOptions {
  /** Whether an id is one of the add-in's functions; default: every id is. */
  readonly isKnownFunction?: (id: string) => boolean;
}

/**
 * Why a formula keeps its value: a call without a native form; an id the add-in does not have;
 * text this layer cannot parse; a reference into another workbook (written back through
 * Range.formulas, its `[1]` link index is not known to survive); `@CX.…(…)`; or the namespace
 * named where no call could be recognised (`=CX.ROI` without parentheses, a LAMBDA argument).
 */
export type DependentReason =
  | "no-native-form"
  | "unknown-function"
  | "unparsable"
  | "external-reference"
  | "implicit-intersection"
  | "unrecognised";

/** Not rewritten: the cell keeps its value (rewrite) or its formula (repair). */
export interface DependentFormula {
  readonly kind: "dependent";
  readonly reason: DependentReason;
  readonly calls: readonly AddinCall[];
}

export type FormulaRewrite =
  | { readonly kind: "plain" }
  | { readonly kind: "native"; readonly formula: string; readonly calls: readonly AddinCall[] }
  | DependentFormula;

export type FormulaRepair =
  | { readonly kind: "plain" }
  | { readonly kind: "repaired"; readonly formula: string; readonly calls: readonly AddinCall[] }
  | DependentFormula;

class Dependent extends Error {
  constructor(readonly reason: DependentReason) {
    super(reason);
  }
}

type Analysis =
  | { kind: "plain" }
  | { kind: "dependent"; reason: DependentReason; calls: AddinCall[] }
  | { kind: "calls"; nodes: FormulaNode[]; calls: AddinCall[] };

/** Parses a cell's formula and finds its add-in calls, or says why it cannot be rewritten. */
function analyze(formula: unknown, options: RewriteOptions): Analysis {
  if (typeof formula !== "string" || !formula.startsWith("=")) return { kind: "plain" };
  const namespace = options.namespace ?? NAMESPACE;
  if (!mentionsAddin(formula, namespace)) return { kind: "plain" };
  let nodes: FormulaNode[];
  try {
    nodes = parse(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return dependent("unparsable", []);
    throw error;
  }
  const calls: AddinCall[] = [];
  let external = false;
  let mentioned = false;
  for (const node of walk(nodes)) {
    if (node.kind === "call") {
      const call = addinCallOf(node.name, namespace);
      if (call !== undefined) calls.push(call);
      else if (node.name.includes("!")) external = true;
    }
    if (node.kind === "token" && node.type === "reference") {
      const info = referenceInfo(node.text);
      external ||= info.external;
      // A name such as CX.ROI used without a call; a sheet called 'CX.Data' is no mention.
      mentioned ||= mentionsAddin(info.local, namespace);
    }
  }
  if (calls.length === 0) return mentioned ? dependent("unrecognised", []) : { kind: "plain" };
  if (mentioned) return dependent("unrecognised", calls);
  if (external) return dependent("external-reference", calls);
  return { kind: "calls", nodes, calls };
}

const dependent = (reason: DependentReason, calls: AddinCall[]) =>
  ({ kind: "dependent", reason, calls }) as const;

const raw = (text: string): FormulaNode => ({ kind: "token", type: "other", text });

type CallNode = FormulaNode & { kind: "call" };
/** Replaces one add-in call: `args` are already rewritten, `alone` = nothing else in its list. */
type Replace = (
  call: AddinCall,
  node: CallNode,
  args: FormulaNode[][],
  alone: boolean,
) => FormulaNode;

/** The nodes with every add-in call replaced, innermost first; `replace` may throw Dependent. */
function replaceCalls(
  nodes: readonly FormulaNode[],
  replace: Replace,
  namespace: string,
): FormulaNode[] {
  const alone = solid(nodes).length === 1;
  return nodes.map((node): FormulaNode => {
    if (node.kind === "group")
      return { ...node, items: replaceCalls(node.items, replace, namespace) };
    if (node.kind !== "call") return node;
    const args = node.args.map((arg) => replaceCalls(arg, replace, namespace));
    const call = addinCallOf(node.name, namespace);
    return call === undefined ? { ...node, args } : replace(call, node, args, alone);
  });
}

/** The rewritten formula, parsed again: it must be readable and free of the add-in. */
function checked(formula: string, calls: AddinCall[], namespace: string): FormulaRewrite {
  let nodes: FormulaNode[];
  try {
    nodes = parse(formula);
  } catch {
    return dependent("unparsable", calls);
  }
  for (const node of walk(nodes)) {
    const named =
      node.kind === "call"
        ? node.name
        : node.kind === "token" && node.type !== "text"
          ? referenceInfo(node.text).local
          : "";
    if (mentionsAddin(named, namespace)) return dependent("unrecognised", calls);
  }
  return { kind: "native", formula, calls };
}

/**
 * The cell's formula with every add-in call replaced by its native form.
 *
 * @example rewriteFormula("=ROUND(CX.ROI(A1:A3,B1:B3),2)*100", resolve)
 *   // { kind: "native", formula: "=ROUND((SUM(A1:A3)-SUM(B1:B3))/SUM(B1:B3),2)*100", calls: [ROI] }
 */
export function rewriteFormula(
  formula: unknown,
  resolve: CallResolver,
  options: RewriteOptions = {},
): FormulaRewrite {
  const analysis = analyze(formula, options);
  if (analysis.kind !== "calls") return analysis;
  const { nodes, calls } = analysis;
  const namespace = options.namespace ?? NAMESPACE;
  try {
    const rewritten = replaceCalls(
      nodes,
      (call, node, args, alone) => {
        if (node.implicit) throw new Dependent("implicit-intersection");
        if (options.isKnownFunction?.(call.id) === false) throw new Dependent("unknown-function");
        const described = node.args.map((arg, i) => describeArg(arg, args[i] ?? [], options));
        const native = resolve(call.id, described);
        if (native === null) throw new Dependent("no-native-form");
        return raw(native.atomic || alone ? native.text : `(${native.text})`);
      },
      namespace,
    );
    return checked(`=${print(rewritten)}`, calls, namespace);
  } catch (error) {
    if (error instanceof Dependent) return dependent(error.reason, calls);
    throw error;
  }
}

/**
 * The cell's formula with `_xldudf_CX_…` and `[n]!_xldudf_CX_…` calls named `CX.…` again, so that
 * the loaded add-in calculates them (office-js#2568); `plain` when there is nothing to repair.
 *
 * @example repairFormula("=[2]!_xldudf_CX_ROI(A1,B1)*2") // { kind: "repaired", formula: "=CX.ROI(A1,B1)*2", … }
 */
export function repairFormula(formula: unknown, options: RewriteOptions = {}): FormulaRepair {
  const analysis = analyze(formula, options);
  if (analysis.kind !== "calls") return analysis;
  const { nodes, calls } = analysis;
  if (calls.every((call) => call.form === "namespace")) return { kind: "plain" };
  const namespace = options.namespace ?? NAMESPACE;
  try {
    const repaired = replaceCalls(
      nodes,
      (call, node, args) => {
        if (options.isKnownFunction?.(call.id) === false) throw new Dependent("unknown-function");
        const name = call.form === "namespace" ? node.name : addinName(call.id, namespace);
        return { ...node, name, args };
      },
      namespace,
    );
    return { kind: "repaired", formula: `=${print(repaired)}`, calls };
  } catch (error) {
    if (error instanceof Dependent) return dependent(error.reason, calls);
    throw error;
  }
}
