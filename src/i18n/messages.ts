/**
 * What users read when an argument is wrong, in English and Dutch. Keys are the core's
 * `MessageKey`s (a test checks both tables cover every key); `{name}` placeholders are filled from
 * the error's detail. Parameter names are shown as Excel shows them in the user's language: the
 * caller, who knows the function, names them.
 */
import { formatNumber, type Lang } from "./language";

type Table = Readonly<Record<string, string>>;

const EN: Table = {
  required: "{param} is required.",
  notNumber: "{param} must be a number (not text, not TRUE/FALSE).",
  notLogical: "{param} must be TRUE or FALSE.",
  notText: "{param} must be text.",
  notSingleValue: "{param} takes a single value, not a range.",
  atLeast: "{param} must be at least {min}.",
  atMost: "{param} must be at most {max}.",
  rateRange: "{param} must be a percentage from {min} to {max} (type 40% or 0.4).",
  notWhole: "{param} must be a whole number.",
  notVector: "{param} must be a single row or a single column.",
  sameShape: "{param} must be one cell or the same shape as {other}.",
  sameLength: "{param} must have as many cells as {other}.",
  grid7x24: "{param} must be 7 rows (Monday to Sunday) × 24 columns (hours 0 to 23), or 24 × 7.",
  openBeforeClose: "{param} must be earlier than {other}.",
  sumsToZero: "{param} add up to zero.",
  noPaybackWithin: "Not paid back within the {months} months given.",
  noPaybackNever: "Never paid back: the monthly net benefit is not positive.",
  tooLarge: "The result is too large for Excel.",
  noTimestamps:
    "{param} holds no date and time that can be read: use Excel date-time cells or ISO 8601 text (2026-03-14T21:07:00+01:00).",
  timeZone: "{param} must be a time zone name such as Europe/Amsterdam (IANA).",
};

const NL: Table = {
  required: "{param} is verplicht.",
  notNumber: "{param} moet een getal zijn (geen tekst, geen WAAR/ONWAAR).",
  notLogical: "{param} moet WAAR of ONWAAR zijn.",
  notText: "{param} moet tekst zijn.",
  notSingleValue: "{param} moet één waarde zijn, geen bereik.",
  atLeast: "{param} moet minstens {min} zijn.",
  atMost: "{param} mag hoogstens {max} zijn.",
  rateRange: "{param} moet een percentage van {min} tot {max} zijn (typ 40% of 0,4).",
  notWhole: "{param} moet een geheel getal zijn.",
  notVector: "{param} moet één rij of één kolom zijn.",
  sameShape: "{param} moet één cel zijn of even groot als {other}.",
  sameLength: "{param} moet evenveel cellen hebben als {other}.",
  grid7x24:
    "{param} moet 7 rijen (maandag tot zondag) × 24 kolommen (uur 0 tot 23) zijn, of 24 × 7.",
  openBeforeClose: "{param} moet vóór {other} liggen.",
  sumsToZero: "{param} tellen op tot nul.",
  noPaybackWithin: "Niet terugverdiend binnen de {months} opgegeven maanden.",
  noPaybackNever: "Nooit terugverdiend: de netto baat per maand is niet positief.",
  tooLarge: "De uitkomst is te groot voor Excel.",
  noTimestamps:
    "{param} bevat geen leesbare datum en tijd: gebruik datum-tijdcellen van Excel of ISO 8601-tekst (2026-03-14T21:07:00+01:00).",
  timeZone: "{param} moet een tijdzonenaam zijn, zoals Europe/Amsterdam (IANA).",
};

export const MESSAGES: Readonly<Record<Lang, Table>> = { en: EN, nl: NL };

/** Turns a parameter id into the name Excel shows this user (`costs` / `kosten`). */
export type ParamNamer = (param: string) => string;

const PARAM_FIELDS = new Set(["param", "other"]);

/** The message for `key` with its placeholders filled in; an unknown key falls back to the key itself. */
export function message(
  lang: Lang,
  key: string,
  detail: Readonly<Record<string, string | number>> = {},
  paramName: ParamNamer = (param) => param,
): string {
  const template = MESSAGES[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, field: string) => {
    const value = detail[field];
    if (value === undefined) return whole;
    if (PARAM_FIELDS.has(field)) return paramName(String(value));
    if (typeof value !== "number") return value;
    return formatNumber(lang, value, key === "rateRange" ? "percent" : "decimal");
  });
}
