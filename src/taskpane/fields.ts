/**
 * What a person types in a wizard field, turned into the number the core takes, or into a message
 * in their language that names the allowed range. No DOM here: the unit tests run in node.
 *
 * Percentages are typed as percentages: "40" and "40%" both mean 0.4. In Dutch the decimal
 * separator is a comma ("0,5") and a dot groups thousands ("1.000"); a lone dot that cannot be a
 * thousands separator ("6.5") is read as a decimal point, since people paste English numbers too.
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

/** The value for `def` typed as `text`, or the message to show under the field. */
export function parseFigure(def: FieldDef, text: string, lang: Lang): ParsedFigure {
  const percent = def.unit === "percent";
  const trimmed = text.trim();
  const withoutSign = percent ? trimmed.replace(/\s*%$/, "") : trimmed;
  const typed = parseNumber(withoutSign, lang);
  const value = typed === null ? null : percent ? typed / 100 : typed;
  const broken = checkInput(def, value ?? Number.NaN);
  if (broken === null && value !== null) return { value };
  const range = rangeMessage(def, lang);
  return { error: value === null ? `${PANE_TEXT[lang].notNumber} ${range}` : range };
}

/** How a value appears in its field: percentages as percentages, the language's decimal sign, no grouping. */
export function formatFigure(def: FieldDef, value: number, lang: Lang): string {
  const shown = def.unit === "percent" ? Number((value * 100).toPrecision(12)) : value;
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-US", {
    useGrouping: false,
    maximumFractionDigits: 6,
  }).format(shown);
}
