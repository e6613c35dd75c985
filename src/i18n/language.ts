/** The two languages the product speaks. Office's display language decides; anything else is English. */
export type Lang = "en" | "nl";
export const LANGS: readonly Lang[] = ["en", "nl"];

/** `nl-NL`, `nl-BE`, `nl` → Dutch; everything else → English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === "string" && /^nl\b/i.test(locale) ? "nl" : "en";
}

/** Numbers in messages, in the language's own notation (1,000.5 or 1.000,5). */
export function formatNumber(
  lang: Lang,
  value: number,
  style: "decimal" | "percent" = "decimal",
): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-US", {
    style,
    maximumFractionDigits: 6,
  }).format(value);
}
