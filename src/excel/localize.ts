/**
 * English formulas (the `Range.formulas` form) in a locale's own formula language (the
 * `Range.formulasLocal` form): Excel's function names, logical and error values, argument and
 * array separators and the decimal separator; CX functions by the names the add-in registers in
 * that language. Writing CX formulas through `Range.formulas` fails in some non-English Excel
 * builds (office-js#6614, fix promised for 2607); `formulasLocal` with this text works there.
 */
import { addinCallOf, NAMESPACE } from "./addin";
import { FormulaSyntaxError, splitLiterals } from "./scan";
import { ENGLISH, parse, print, type CallNode, type TokenNode } from "./tree";

export interface FormulaLocale {
  readonly name: string;
  /** Excel's function names: English (upper case) → local. */
  readonly functions: Readonly<Record<string, string>>;
  readonly logical: { readonly TRUE: string; readonly FALSE: string };
  /** Error values: English → local. */
  readonly errors: Readonly<Record<string, string>>;
  readonly argumentSeparator: string;
  readonly decimalSeparator: string;
  readonly arrayColumnSeparator: string;
  readonly arrayRowSeparator: string;
}

/** A formula this locale table cannot translate (a function or value it has no name for). */
export class LocalizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalizeError";
  }
}

export interface LocalizeOptions {
  /** The add-in's function names in the locale, by id (`NET_BENEFIT` → `NETTO_OPBRENGST`). */
  readonly addinNames?: Readonly<Record<string, string>>;
  readonly namespace?: string;
}

function lookup(table: Readonly<Record<string, string>>, key: string, what: string): string {
  const found = table[key];
  if (found === undefined) throw new LocalizeError(`no local name for ${what} ${key}`);
  return found;
}

function invert(table: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [value.toUpperCase(), key]),
  );
}

/** Runs `translate`, reporting unreadable formula text as a LocalizeError. */
function translating(translate: () => string): string {
  try {
    return translate();
  } catch (error) {
    if (error instanceof FormulaSyntaxError) throw new LocalizeError(error.message);
    throw error;
  }
}

/**
 * The formula as a user of that locale would type it.
 * @example localizeFormula('=IFNA(CX.NET_BENEFIT(A1,B1)*1.5,"—")', DUTCH, { addinNames: { NET_BENEFIT: "NETTO_OPBRENGST" } })
 *   // '=ALS.NB(CX.NETTO_OPBRENGST(A1;B1)*1,5;"—")'
 * @throws LocalizeError for a function, error value or structured-reference keyword without a local name.
 */
export function localizeFormula(
  formula: string,
  locale: FormulaLocale,
  options: LocalizeOptions = {},
): string {
  const namespace = options.namespace ?? NAMESPACE;
  const callName = (call: CallNode) => {
    const addin = addinCallOf(call.name, namespace);
    if (addin === undefined) return lookup(locale.functions, call.name.toUpperCase(), "function");
    if (addin.form !== "namespace") throw new LocalizeError(`not a registered name: ${call.name}`);
    return `${namespace}.${lookup(options.addinNames ?? {}, addin.id, "add-in function")}`;
  };
  const token = (node: TokenNode) => {
    switch (node.type) {
      case "number":
        return node.text.replace(".", locale.decimalSeparator);
      case "logical":
        return lookup(locale.logical, node.text.toUpperCase(), "logical value");
      case "error":
        return lookup(locale.errors, node.text.toUpperCase(), "error value");
      case "reference":
        // Structured-reference keywords (#This Row, #Totals …) are localized too; no table here.
        if (/\[#/.test(node.text)) throw new LocalizeError(`keyword in ${node.text}`);
        return node.text;
      case "operator":
        return node.text === "," ? locale.argumentSeparator : node.text;
      default:
        return node.text;
    }
  };
  return translating(() => `=${print(parse(formula), { ...locale, callName, token })}`);
}

/** Local separators, decimal commas and error values in English syntax, outside literals. */
function englishSyntax(body: string, locale: FormulaLocale, formula: string): string {
  const errors = Object.entries(invert(locale.errors)).sort(([a], [b]) => b.length - a.length);
  let depth = 0;
  let out = "";
  for (const run of splitLiterals(body, formula)) {
    if (run.literal) {
      out += run.text;
      continue;
    }
    for (let i = 0; i < run.text.length; i++) {
      const char = run.text[i] ?? "";
      const error =
        char === "#" ? errors.find(([local]) => run.text.startsWith(local, i)) : undefined;
      if (error !== undefined) {
        out += error[1];
        i += error[0].length - 1;
      } else if (char === "{" || char === "}") {
        depth += char === "{" ? 1 : -1;
        out += char;
      } else if (depth > 0 && char === locale.arrayColumnSeparator)
        out += ENGLISH.arrayColumnSeparator;
      else if (depth > 0 && char === locale.arrayRowSeparator) out += ENGLISH.arrayRowSeparator;
      else if (char === locale.argumentSeparator) out += ENGLISH.argumentSeparator;
      else if (char === locale.decimalSeparator) out += ".";
      else out += char;
    }
  }
  return out;
}

/**
 * The English form of a formula in the locale's language: the inverse of localizeFormula, for
 * reading `formulasLocal` back.
 * @throws LocalizeError for a name the tables do not have.
 */
export function delocalizeFormula(
  local: string,
  locale: FormulaLocale,
  options: LocalizeOptions = {},
): string {
  const namespace = options.namespace ?? NAMESPACE;
  const body = local.startsWith("=") ? local.slice(1) : local;
  const functions = invert(locale.functions);
  const addinIds = invert(options.addinNames ?? {});
  const logical = invert(locale.logical);
  const callName = (call: CallNode) => {
    const addin = addinCallOf(call.name, namespace);
    if (addin === undefined) return lookup(functions, call.name.toUpperCase(), "function");
    return `${namespace}.${lookup(addinIds, addin.id, "add-in function")}`;
  };
  // The tokenizer knows only TRUE and FALSE: local logical values arrive as references.
  const token = (node: TokenNode) =>
    node.type === "reference" ? (logical[node.text.toUpperCase()] ?? node.text) : node.text;
  return translating(
    () => `=${print(parse(englishSyntax(body, locale, local)), { ...ENGLISH, callName, token })}`,
  );
}
