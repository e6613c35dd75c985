/**
 * The one conversion point from core results to what Excel shows: numbers pass through, verdicts
 * and table headers become words in the user's language, and a `CalcError` becomes a
 * `CustomFunctions.Error` (with its message where Excel can show one: #VALUE! and #N/A).
 */
import { evaluate, isCalcError, type CalcError, type CalcResult, type FunctionId } from "../core";
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

export function toExcelError(error: CalcError, lang: Lang): CustomFunctions.Error {
  const code = error.code as CustomFunctions.ErrorCode;
  return CODES_WITH_MESSAGE.has(error.code)
    ? new CustomFunctions.Error(code, message(lang, error.message, error.detail))
    : new CustomFunctions.Error(code);
}

export function toExcel(result: CalcResult, lang: Lang): ExcelResult | CustomFunctions.Error {
  if (typeof result === "number") return result;
  if (isCalcError(result)) return toExcelError(result, lang);
  if (result.kind === "verdict") {
    const texts = VERDICTS[lang];
    return texts[result.level] + (result.immediateRelief ? texts.immediateRelief : "");
  }
  const header = result.columns.map((column) => CASHFLOW_HEADERS[lang][column]);
  return [header, ...result.rows.map((row) => [...row])];
}

/**
 * Evaluates a catalog function for Excel. Errors are thrown as `CustomFunctions.Error`, which is
 * how a custom function reports `#VALUE!` and friends to the cell.
 */
export function run(id: FunctionId, args: readonly unknown[]): ExcelResult {
  const value = toExcel(evaluate(id, args), displayLang());
  // CustomFunctions.Error is Excel's error type (not typed as an Error subclass): throwing it is the API.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (value instanceof CustomFunctions.Error) throw value;
  return value;
}
