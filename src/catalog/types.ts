/**
 * What one CX function is, declared once (issue "One home per CX function"): its parameters (name
 * in English and Dutch, rule, default), the core function it calls, and — in a separate export of
 * the same file, so the functions bundle can leave it out — its names, descriptions and native
 * Excel form. functions.json (from the JSDoc), functions-nl.json, the README table, the bad-input
 * matrix, the sharing rewrite and the template's formulas all derive from these or are tested
 * against them.
 */
import type { ArgValues, ParamSpec } from "../core/args";
import type { CalcResult } from "../core/result";
import type { VerdictLevel } from "../core/verdict";
import type { CallArg, NativeForm } from "../excel/nativeForm";

/** A parameter: its rule (core/args.ts) plus its name as Dutch Excel shows it. */
export type CatalogParam = ParamSpec & { readonly nl: string };

/** What runs in a cell: the parameters and the maths. */
export interface FunctionRuntime<P extends readonly CatalogParam[] = readonly CatalogParam[]> {
  readonly params: P;
  readonly compute: (...args: ArgValues<P>) => CalcResult;
}

export interface Bilingual {
  readonly en: string;
  readonly nl: string;
}

/**
 * The languages the catalog speaks: the keys of its words. The catalog may not import i18n
 * (design.md, layers); i18n/language.ts `Lang` is the same union, and the compiler checks the two
 * agree wherever a layer above hands one to the other.
 */
export type Lang = keyof Bilingual;

/**
 * Builds the native Excel form of one call from its arguments (already rewritten), or null when
 * this call has none and the cell keeps its value.
 */
export type NativeBuilder = (args: readonly CallArg[], words: NativeWords) => NativeForm | null;

/**
 * The words a native form writes into its formula, in the sheet's language: CX.WORTH_IT's answers.
 * The words live in i18n (i18n/results.ts VERDICTS), which the catalog may not import: whoever
 * builds the resolver hands them in.
 */
export interface NativeWords {
  readonly verdicts: Readonly<Record<VerdictLevel | "immediateRelief", string>>;
}

/** What users read about a function, and its native form. */
export interface FunctionText<P extends readonly CatalogParam[] = readonly CatalogParam[]> {
  /** The Dutch function name (the English name is the id). */
  readonly nlName: string;
  readonly description: Bilingual;
  /**
   * Per parameter, what it is. For an optional parameter the product puts "Optional, default …:"
   * in front, from the declared default, so the default is written in one place only.
   */
  readonly params: { readonly [K in P[number]["name"]]: Bilingual };
  /** The native Excel form, or why there is none (the cell keeps its value when shared). */
  readonly native: NativeBuilder | { readonly none: Bilingual };
}

/** Declares a function's runtime part with its parameter names as literal types. */
export function runtime<const P extends readonly CatalogParam[]>(
  params: P,
  compute: (...args: ArgValues<P>) => CalcResult,
): FunctionRuntime<P> {
  return { params, compute };
}
