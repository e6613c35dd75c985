/**
 * The one conversion point from core results to what Excel shows: numbers pass through, verdicts
 * and table headers become words in the user's language, and a `CalcError` becomes a
 * `CustomFunctions.Error` (with its message where Excel can show one: #VALUE! and #N/A).
 */
import { evaluate, paramsOf, type FunctionId } from "../catalog";
import { isCalcError, type CalcError, type CalcResult } from "../core";
import { langFromLocale, type Lang } from "../i18n/language";
import { message } from "../i18n/messages";
import { CASHFLOW_HEADERS, VERDICTS } from "../i18n/results";

export type ExcelValue = number | string;
export type ExcelResult = ExcelValue | ExcelValue[][];

const CODES_WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

/** Office's display language in the shared runtime; English where Office is not (tests, preview). */
export function displayLang(): Lang {
  try {
    return langFromLocale(
      typeof Office === "undefined" ? undefined : Office.context?.displayLanguage,
    );
  } catch {
    return "en";
  }
}

/** Parameter names as this user's Excel shows them, for function `id`. */
function namer(id: FunctionId, lang: Lang): (param: string) => string {
  if (lang === "en") return (param) => param;
  return (param) => paramsOf(id).find((spec) => spec.name === param)?.nl ?? param;
}

export function toExcelError(error: CalcError, lang: Lang, id: FunctionId): CustomFunctions.Error {
  const code = error.code as CustomFunctions.ErrorCode;
  return CODES_WITH_MESSAGE.has(error.code)
    ? new CustomFunctions.Error(code, message(lang, error.message, error.detail, namer(id, lang)))
    : new CustomFunctions.Error(code);
}

export function toExcel(
  result: CalcResult,
  lang: Lang,
  id: FunctionId,
): ExcelResult | CustomFunctions.Error {
  if (typeof result === "number") return result;
  if (isCalcError(result)) return toExcelError(result, lang, id);
  if (result.kind === "verdict") {
    const texts = VERDICTS[lang];
    return texts[result.level] + (result.immediateRelief ? texts.immediateRelief : "");
  }
  if (result.kind === "grid") return result.rows.map((row) => [...row]);
  const header = result.columns.map((column) => CASHFLOW_HEADERS[lang][column]);
  return [header, ...result.rows.map((row) => [...row])];
}

/**
 * Evaluates a catalog function for Excel. Errors are thrown as `CustomFunctions.Error`, which is
 * how a custom function reports `#VALUE!` and friends to the cell.
 */
export function run(id: FunctionId, args: readonly unknown[]): ExcelResult {
  const value = toExcel(evaluate(id, args), displayLang(), id);
  // CustomFunctions.Error is Excel's error type (not typed as an Error subclass): throwing it is the API.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (value instanceof CustomFunctions.Error) throw value;
  return value;
}
