/**
 * Spreadsheet errors are values, not exceptions (as in HyperFormula's `CellError`): every core
 * function returns its result or a `CalcError`, and the functions layer turns the error into an
 * Excel error with a message in the user's language. The core names the message by key only.
 */

/** The Excel errors the catalog documents. Excel shows custom messages on #VALUE! and #N/A only. */
export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

/** Every message the core can raise; `src/i18n/messages.ts` holds the English and Dutch text. */
export const MESSAGE_KEYS = [
  "required",
  "notNumber",
  "notLogical",
  "notText",
  "notSingleValue",
  "atLeast",
  "atMost",
  "rateRange",
  "notWhole",
  "notVector",
  "sameShape",
  "sameLength",
  "grid7x24",
  "openBeforeClose",
  "sumsToZero",
  "noPaybackWithin",
  "noPaybackNever",
  "tooLarge",
  "noTimestamps",
  "timeZone",
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Values substituted into a message: `{param}`, `{min}`, `{max}`, `{other}`, `{months}`. */
export type MessageDetail = Readonly<Record<string, string | number>>;

export interface CalcError {
  readonly kind: "error";
  readonly code: ErrorCode;
  readonly message: MessageKey;
  readonly detail: MessageDetail;
}

export function calcError(
  code: ErrorCode,
  message: MessageKey,
  detail: MessageDetail = {},
): CalcError {
  return { kind: "error", code, message, detail };
}

export function isCalcError(value: unknown): value is CalcError {
  return (
    typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "error"
  );
}

/** Invalid argument: `#VALUE!` naming the parameter (`param` is its id, e.g. `hidden_cost_rate`). */
export function invalid(param: string, message: MessageKey, detail: MessageDetail = {}): CalcError {
  return calcError("#VALUE!", message, { param, ...detail });
}
