/**
 * Constants as `Range.formulas` (and `Range.values`) take them: what Excel would read as something
 * other than the text given is written with a leading apostrophe, the prefix that makes Excel keep
 * an entry as text (and that it does not show). The one keep-text rule of the add-in: the template
 * writer and "make shareable" both write text through it.
 */

/**
 * Text Excel would not keep as text when written into a cell:
 * - `=`, `+`, `-`: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 *   ("="), Excel interprets this value as a formula" (Excel.Range.values, ExcelApi 1.1,
 *   learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * - `@`: Excel takes an entry starting with `@` as a formula (`@SUM(A1)` becomes `=SUM(A1)`);
 * - `'`: the prefix itself would be taken off, so text that starts with one needs a second;
 * - numbers, percentages, TRUE/FALSE, dates and times: parsed as the value they look like,
 *   as when typed ("if you want to enter a number as text, preface it with an apostrophe").
 */
const NOT_KEPT_AS_TEXT = [
  /^[=+\-@']/,
  /^\s*(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*%?\s*$/i,
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$/,
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/,
];

/**
 * Text as a cell constant that Excel keeps as that text.
 * @example textConstant("- assumption") // "'- assumption"; textConstant("Costs") // "Costs"
 */
export function textConstant(text: string): string {
  return NOT_KEPT_AS_TEXT.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}

/**
 * A value a cell shows (Range.values with its Range.valueTypes entry) as a constant that writes
 * back the same value: an error as its error constant (`=#VALUE!`), text through textConstant,
 * numbers and logicals as they are, nothing as blank.
 * @example shownConstant("#N/A", "Error") // "=#N/A"; shownConstant("=x", "String") // "'=x"
 */
export function shownConstant(value: unknown, valueType: string): unknown {
  if (valueType === "Error" && typeof value === "string" && value.startsWith("#"))
    return `=${value}`;
  if (typeof value === "string") return textConstant(value);
  return value ?? "";
}
