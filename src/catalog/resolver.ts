/**
 * The catalog's native forms as the formula rewrite (src/excel/rewrite.ts) asks for them — the one
 * path from a CX call to plain Excel, used by "make shareable" and by the template's native mode,
 * so that make shareable(add-in sheet) = native sheet, cell for cell. A call keeps its value when
 * the id is unknown, it has more arguments than the function, it hands a range to a parameter that
 * takes one value (the add-in answers #VALUE!, a native form would spill), a required argument is
 * left out, or the function has no native form.
 */
import type { CallArg, CallResolver, NativeForm, RewriteOptions } from "../excel";
import { CATALOG, FUNCTION_IDS, type FunctionId } from "./index";
import { keepValueOn } from "./native/args";
import { CATALOG_TEXT } from "./text";
import type { NativeWords } from "./types";

const IDS = new Set<string>(FUNCTION_IDS);

export function isKnownFunction(id: string): id is FunctionId {
  return IDS.has(id);
}

/** True when an argument that must be one value might be a range. */
function rangeForOneValue(id: FunctionId, args: readonly CallArg[]): boolean {
  const params = CATALOG[id].params;
  return args.some((arg, i) => {
    const kind = params[i]?.kind;
    return (kind === "number" || kind === "logical") && arg.kind !== "omitted" && !arg.scalar;
  });
}

/** The native form of one call, or null: the cell keeps its value. */
export function nativeCall(
  id: string,
  args: readonly CallArg[],
  words: NativeWords,
): NativeForm | null {
  if (!isKnownFunction(id) || args.length > CATALOG[id].params.length) return null;
  if (rangeForOneValue(id, args)) return null;
  const native = CATALOG_TEXT[id].native;
  if (typeof native !== "function") return null;
  return keepValueOn(() => native(args, words));
}

/** The resolver for the rewrite; WORTH_IT's native form writes `words.verdicts`. */
export function catalogResolverWith(words: NativeWords): CallResolver {
  return (id, args) => nativeCall(id, args, words);
}

/** Rewrite options: catalog ids, and which names are one cell. */
export function rewriteOptions(isSingleCellName?: (name: string) => boolean): RewriteOptions {
  return { isKnownFunction, ...(isSingleCellName ? { isSingleCellName } : {}) };
}
