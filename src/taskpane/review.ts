/**
 * The headline results as the review step shows them: label and formatted value, computed by the
 * core. No DOM here: the rows are plain data the wizard renders (and the unit tests read).
 */
import { isCalcError, type BusinessCase, type CalcError, type TemplateKind } from "../core";
import { formatNumber, type Lang } from "../i18n/language";
import { PANE_TEXT } from "../i18n/pane";
import { VERDICTS } from "../i18n/results";
import { SHEET_TEXT, fill } from "../i18n/template";
import { format } from "./dom";

export interface ResultRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

const locale = (lang: Lang) => (lang === "nl" ? "nl-NL" : "en-US");

export function formatPercent(lang: Lang, value: number | CalcError): string {
  if (isCalcError(value)) return PANE_TEXT[lang].noCosts;
  const shown = Math.abs(value) < 5e-13 ? 0 : value;
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(shown);
}

export function formatMoney(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(Math.abs(value) < 0.5 ? 0 : value);
}

export function verdictText(lang: Lang, result: BusinessCase): string {
  const texts = VERDICTS[lang];
  return (
    texts[result.verdict.level] + (result.verdict.immediateRelief ? texts.immediateRelief : "")
  );
}

/** The review step's rows, in the order of the sheet's results block. */
export function resultRows(
  kind: TemplateKind,
  result: BusinessCase,
  lang: Lang,
  horizonMonths: number,
): ResultRow[] {
  const label = (id: string) => SHEET_TEXT[lang][id] ?? id;
  const payback =
    result.paybackMonths === null
      ? fill(label("notWithin"), { months: horizonMonths })
      : format(PANE_TEXT[lang].months, {
          months: new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(
            result.paybackMonths,
          ),
        });
  const rows: ResultRow[] = [
    {
      id: "firstYearRoiArticle",
      label: label("firstYearRoiArticle"),
      value: formatPercent(lang, result.firstYearRoiArticle),
    },
    {
      id: "firstYearRoi",
      label: label("firstYearRoi"),
      value: formatPercent(lang, result.firstYearRoi),
    },
    {
      id: "horizonRoi",
      label: `${label("horizonRoi")} · ${format(PANE_TEXT[lang].months, { months: formatNumber(lang, horizonMonths) })}`,
      value: formatPercent(lang, result.horizonRoi),
    },
    {
      id: "discountedRoi",
      label: label("discountedRoi"),
      value: formatPercent(lang, result.discountedRoi),
    },
    {
      id: "netPresentValue",
      label: label("netPresentValue"),
      value: formatMoney(lang, result.netPresentValue),
    },
    { id: "paybackMonths", label: label("paybackMonths"), value: payback },
    {
      id: "hiddenCosts",
      label: label("hiddenCosts"),
      value: formatMoney(lang, result.hiddenCosts),
    },
  ];
  if (kind === "reachability" && result.staffing) {
    rows.push(
      {
        id: "staffCostPerYear",
        label: label("staffCostPerYear"),
        value: formatMoney(lang, result.staffing.costPerYear),
      },
      {
        id: "staffingRoi",
        label: label("staffingRoi"),
        value: formatPercent(lang, result.staffing.horizonRoi),
      },
      { id: "cheaperRoute", label: label("cheaperRoute"), value: label(result.staffing.cheaper) },
    );
  }
  rows.push({ id: "verdict", label: label("verdict"), value: verdictText(lang, result) });
  return rows;
}
