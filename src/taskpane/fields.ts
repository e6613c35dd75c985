/**
 * What a person types in a wizard field, turned into the number the core takes, or into a message
 * in their language that names the allowed range. No DOM here: the unit tests run in node.
 *
 * Percentages are typed as percentages: "40" and "40%" both mean 0.4. In Dutch the decimal
 * separator is a comma ("0,5") and a dot groups thousands ("1.000"); a lone dot that cannot be a
 * thousands separator ("6.5") is read as a decimal point, since people paste English numbers too.
 * What the two notations read differently is refused with a hint rather than guessed: "3.000" in
 * English (3 or 3000?), "3,000" in Dutch; and "0,5" in English is told to use a decimal point.
 */
import { checkInput, type InputDef } from "../core";
import { PANE_TEXT } from "../i18n/pane";
import { formatNumber, type Lang } from "../i18n/language";
import { fill } from "../i18n/sheet";
import { VALIDATION_TEXT } from "../i18n/validation";
import { MAX_HORIZON, MIN_HORIZON } from "../template/horizon";

/** What a wizard field needs of an input's rule. */
export type FieldDef = Pick<InputDef, "unit" | "min" | "max" | "whole"> & { readonly id: string };

/** The horizon field, checked by the same rules as the inputs (not an input of the model). */
export const HORIZON_INPUT = {
  id: "horizonMonths",
  unit: "months",
  min: MIN_HORIZON,
  max: MAX_HORIZON,
  whole: true,
  source: "forresterTei",
  section: "timing",
} as const satisfies FieldDef & Omit<InputDef, "id">;

export type ParsedFigure = { readonly value: number } | { readonly error: string };

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  en: { group: ",", decimal: "." },
  nl: { group: ".", decimal: "," },
};

const escape = (char: string) => `\\${char}`;

/** A number typed in `lang`'s notation, or null when it is not one. */
export function parseNumber(text: string, lang: Lang): number | null {
  const compact = text
    .trim()
    .replace(/^€/, "")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[−–]/, "-");
  const { group, decimal } = SEPARATORS[lang];
  const grouped = new RegExp(`^-?\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`).exec(
    compact,
  );
  let normal: string | null = null;
  if (grouped) normal = compact.split(group).join("").replace(decimal, ".");
  else if (new RegExp(`^-?(\\d+(${escape(decimal)}\\d*)?|${escape(decimal)}\\d+)$`).test(compact))
    normal = compact.replace(decimal, ".");
  else if (lang === "nl" && /^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) normal = compact;
  if (normal === null) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** "Enter a number from 0 to 1,000,000." in the user's language, with the input's own bounds. */
export function rangeMessage(def: FieldDef, lang: Lang): string {
  const percent = def.unit === "percent";
  const style = percent ? "percent" : "decimal";
  const key = percent ? "percentBetween" : def.whole ? "wholeBetween" : "between";
  return fill(VALIDATION_TEXT[lang][key] ?? "", {
    min: formatNumber(lang, def.min, style),
    max: formatNumber(lang, def.max, style),
  });
}

/** The typed text without spaces, a leading euro sign and (for percentages) a trailing "%". */
function compactOf(text: string, percent: boolean): string {
  const trimmed = text.trim().replace(/^€/, "");
  return (percent ? trimmed.replace(/\s*%$/, "") : trimmed).replace(/[\s\u00a0\u202f]/g, "");
}

/**
 * The hint for text the two notations read differently, or null: the other language's grouping
 * ("3.000" in English could be 3 or 3000), or the other language's decimal sign ("0,5" in English).
 */
export function notationHint(text: string, lang: Lang, percent = false): string | null {
  const compact = compactOf(text, percent);
  const { group, decimal } = SEPARATORS[lang];
  const words = PANE_TEXT[lang];
  // The other notation's grouping: 1 to 3 digits (not a lone 0), a decimal sign, exactly 3 digits.
  if (new RegExp(`^-?[1-9]\\d{0,2}${escape(decimal)}\\d{3}$`).test(compact)) {
    const small = formatNumber(lang, Number(compact.replace(decimal, ".")));
    const large = compact.replace(decimal, "");
    return fill(words.ambiguousGrouping, { typed: text.trim(), large, small });
  }
  if (parseNumber(compact, lang) !== null) return null;
  const fixed = compact.split(group).join(decimal);
  if (new RegExp(`^-?\\d*${escape(group)}\\d+$`).test(compact) && parseNumber(fixed, lang) !== null)
    return fill(words.decimalSign, { fixed });
  return null;
}

/** The value for `def` typed as `text`, or the message to show under the field. */
export function parseFigure(def: FieldDef, text: string, lang: Lang): ParsedFigure {
  const percent = def.unit === "percent";
  const hint = notationHint(text, lang, percent);
  if (hint !== null) return { error: hint };
  const typed = parseNumber(compactOf(text, percent), lang);
  const value = typed === null ? null : percent ? typed / 100 : typed;
  const broken = checkInput(def, value ?? Number.NaN);
  if (broken === null && value !== null) return { value };
  const range = rangeMessage(def, lang);
  return { error: value === null ? `${PANE_TEXT[lang].notNumber} ${range}` : range };
}

/**
 * How the pane read a typed value, when that differs from what was typed ("3.000" in Dutch →
 * "Read as 3 000"), or null. Thousands are grouped with a narrow space, which no language reads
 * as a decimal sign; flags and text already in the field's own notation get no echo.
 */
export function readingEcho(def: FieldDef, text: string, value: number, lang: Lang): string | null {
  if (def.unit === "flag") return null;
  const percent = def.unit === "percent";
  if (compactOf(text, percent) === formatFigure(def, value, lang)) return null;
  const shown = percent ? Number((value * 100).toPrecision(12)) : value;
  const parts = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-US", {
    maximumFractionDigits: 6,
  }).formatToParts(shown);
  const number = parts.map((part) => (part.type === "group" ? "\u202f" : part.value)).join("");
  return fill(PANE_TEXT[lang].readAs, { value: percent ? `${number}%` : number });
}

/** How a value appears in its field: percentages as percentages, the language's decimal sign, no grouping. */
export function formatFigure(def: FieldDef, value: number, lang: Lang): string {
  const shown = def.unit === "percent" ? Number((value * 100).toPrecision(12)) : value;
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-US", {
    useGrouping: false,
    maximumFractionDigits: 6,
  }).format(shown);
}
