/**
 * The results as the review step shows them: the same list, order, labels and conventions as the
 * sheet's decision summary (src/template/results.ts), and the scenarios side by side, computed by
 * the core. No DOM here: plain rows the wizard renders and the unit tests read.
 */
import {
  SCENARIOS,
  scenarioBusinessCases,
  type BusinessCase,
  type CaseFigures,
  type Scenario,
} from "../core";
import type { Lang } from "../i18n/language";
import { RESULT_WORDS, resultText } from "../i18n/results";
import { SHEET_TEXT } from "../i18n/sheet";
import { RESULTS, resultValues, type ResultFormat, type ResultValue } from "../template/results";
import { PANE_TEXT } from "../i18n/pane";
import { format } from "./dom";

export interface ResultRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly convention: string;
  readonly place: "decision" | "headline" | "reference";
}

const locale = (lang: Lang) => (lang === "nl" ? "nl-NL" : "en-US");

export function formatPercent(lang: Lang, value: number): string {
  const shown = Math.abs(value) < 5e-13 ? 0 : value;
  return new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 1 }).format(
    shown,
  );
}

export function formatMoney(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(Math.abs(value) < 0.5 ? 0 : value);
}

function formatDecimal(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** A result as the sheet would show it; `none` says what the sheet shows where there is no number. */
export function formatResult(
  lang: Lang,
  kind: ResultFormat,
  value: ResultValue | undefined,
  horizonMonths: number,
  none: "irr" | "payback" | "roi" = "roi",
): string {
  const t = SHEET_TEXT[lang];
  if (value === undefined) return "";
  if (value !== null && typeof value === "object") return resultText(lang, value.text);
  if (value === null) {
    if (none === "payback") return `${t.notWithin}${horizonMonths}${t.months}`;
    if (none === "irr") return t.irrNotFound;
    return t.noCosts;
  }
  switch (kind) {
    case "money":
      return formatMoney(lang, value);
    case "percent":
      return formatPercent(lang, value);
    case "months":
      if (value === 0) return t.atOnce;
      return format(PANE_TEXT[lang].months, { months: formatDecimal(lang, value) });
    default:
      return formatDecimal(lang, value);
  }
}

const noneOf = (id: string): "irr" | "payback" | "roi" =>
  id === "irr" ? "irr" : id.toLowerCase().includes("payback") ? "payback" : "roi";

/** The review step's rows, in the order of the sheet's decision summary. */
export function resultRows(result: BusinessCase, lang: Lang): ResultRow[] {
  const values = resultValues(result);
  return RESULTS[result.kind].map((def) => ({
    id: def.id,
    label: RESULT_WORDS[lang][def.id]?.label ?? def.id,
    value: formatResult(lang, def.format, values[def.id], result.horizonMonths, noneOf(def.id)),
    convention: RESULT_WORDS[lang][def.id]?.convention ?? "",
    place: def.place,
  }));
}

export interface ScenarioColumn {
  readonly scenario: Scenario;
  readonly name: string;
  readonly values: readonly string[];
}

/** NPV, ROI, IRR and payback of every scenario, as the sheet's "scenarios side by side". */
export function scenarioColumns(
  input: CaseFigures,
  horizonMonths: number,
  lang: Lang,
): ScenarioColumn[] {
  const cases = scenarioBusinessCases(input, horizonMonths);
  return SCENARIOS.map((scenario) => {
    const bc = cases[scenario];
    const roi = typeof bc.roi === "number" ? bc.roi : null;
    return {
      scenario,
      name: SHEET_TEXT[lang][scenario],
      values: [
        formatResult(lang, "money", bc.netPresentValue, horizonMonths),
        formatResult(lang, "percent", roi, horizonMonths),
        formatResult(lang, "percent", resultValues(bc).irr, horizonMonths, "irr"),
        formatResult(lang, "months", bc.payback, horizonMonths, "payback"),
      ],
    };
  });
}

/** The row labels of the scenario comparison, as the sheet words them. */
export function scenarioRowLabels(lang: Lang): string[] {
  return (["netPresentValue", "teiRoi", "irr", "payback"] as const).map(
    (id) => RESULT_WORDS[lang][id]?.label ?? id,
  );
}
