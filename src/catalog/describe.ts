/**
 * The words of the catalog as Excel shows them: a parameter's full description puts
 * "Optional, default …:" in front of an optional parameter's text, from its declared default, so a
 * default is written down once. functions.json (from the JSDoc), functions-nl.json and the README
 * are checked against or built from these.
 */
import { CATALOG, FUNCTION_IDS, type FunctionId } from "./index";
import { CATALOG_TEXT } from "./text";
import type { CatalogParam, Lang } from "./types";

const OPTIONAL: Readonly<Record<Lang, string>> = {
  en: "Optional, default",
  nl: "Optioneel, standaard",
};
const LOGICAL: Readonly<Record<Lang, readonly [string, string]>> = {
  en: ["FALSE", "TRUE"],
  nl: ["ONWAAR", "WAAR"],
};

/** A default as a user types it: 40% for a rate, FALSE / ONWAAR for a logical, 36 for a number. */
export function formatDefault(param: CatalogParam, lang: Lang): string | null {
  if (param.default === undefined) return null;
  if (typeof param.default === "boolean") return LOGICAL[lang][param.default ? 1 : 0];
  if (typeof param.default === "string") return param.default;
  const shown = "rate" in param && param.rate ? param.default * 100 : param.default;
  const text = String(Number(shown.toPrecision(12))).replace(".", lang === "nl" ? "," : ".");
  return "rate" in param && param.rate ? `${text}%` : text;
}

/** A parameter's description in `lang`, with its default in front when it is optional. */
export function paramDescription(id: FunctionId, param: CatalogParam, lang: Lang): string {
  const texts = CATALOG_TEXT[id].params as Readonly<Record<string, { en: string; nl: string }>>;
  const body = texts[param.name]?.[lang] ?? "";
  const fallback = formatDefault(param, lang);
  return fallback === null ? body : `${OPTIONAL[lang]} ${fallback}: ${body}`;
}

/** A function's name as Excel shows it in `lang` (without the CX. namespace). */
export function functionName(id: FunctionId, lang: Lang): string {
  return lang === "nl" ? CATALOG_TEXT[id].nlName : id;
}

/** Every function's name in `lang`, by id: what localizeFormula needs as `addinNames`. */
export function functionNames(lang: Lang): Readonly<Record<FunctionId, string>> {
  return Object.fromEntries(FUNCTION_IDS.map((id) => [id, functionName(id, lang)])) as Record<
    FunctionId,
    string
  >;
}

export interface FunctionDoc {
  readonly id: FunctionId;
  readonly name: string;
  readonly description: string;
  readonly params: readonly {
    readonly name: string;
    readonly description: string;
    readonly optional: boolean;
  }[];
}

/** Every function as a user reads it in `lang`, in catalog order. */
export function catalogDocs(lang: Lang): FunctionDoc[] {
  return FUNCTION_IDS.map((id) => ({
    id,
    name: functionName(id, lang),
    description: CATALOG_TEXT[id].description[lang],
    params: CATALOG[id].params.map((param: CatalogParam) => ({
      name: lang === "nl" ? param.nl : param.name,
      description: paramDescription(id, param, lang),
      optional: param.default !== undefined,
    })),
  }));
}
