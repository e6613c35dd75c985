/**
 * 24/7 only: the staffing alternative, like for like (core/model/staffing.ts). Every hour outside
 * today's opening hours, by CAO Rijk §7.1 band; the surcharge is a share of the hourly salary,
 * capped per hour; public holidays are staffed 24 hours at the holiday rate; FTE from productive
 * hours. Its costs are compared with automation on the same benefits.
 */
import { PLAIN_WEEKDAY_HOURS, WEEKDAY_BANDS, WEEKS_PER_YEAR } from "../../core";
import type { Lang } from "../../i18n/language";
import { RESULT_WORDS, type ResultWordKey } from "../../i18n/results";
import { SHEET_TEXT } from "../../i18n/sheet";
import { MONEY, MONEY_CENTS, PERCENT } from "../formats";
import { cx } from "../calls";
import type { TemplateContext } from "../context";
import { quoteText } from "../../excel";
import { roiOrNoCosts } from "../formulas";
import { address } from "../layout";
import {
  STAFFING_BANDS,
  STAFFING_TOTALS,
  type StaffingBand,
  type StaffingRowId,
  type StaffingTotalId,
} from "../lines";
import { placeOf, type SheetPlan } from "../plan";

type Ref = TemplateContext["ref"];

const WEEKS = WEEKS_PER_YEAR;

/** Hours of [from, to) a week and a year outside opening hours (weekday bands). */
function weekdayHours(n: Ref, [from, to]: readonly [number, number]) {
  const overlap = `MAX(0,MIN(${to},${n("openUntil")})-MAX(${from},${n("openFrom")}))`;
  return {
    week: `=5*${to - from}-MIN(5,${n("openDays")})*${overlap}`,
    year: (perWeek: string) =>
      `=${WEEKS}*${perWeek}-${n("publicHolidaysPerYear")}*(${to - from}-${overlap})`,
  };
}

function bandHours(
  n: Ref,
  band: StaffingBand,
): { week: string | null; year: (perWeek: string) => string } {
  if (band === "weekend")
    return {
      week: `=48-MAX(0,${n("openDays")}-5)*MAX(0,${n("openUntil")}-${n("openFrom")})`,
      year: (perWeek) => `=${WEEKS}*${perWeek}`,
    };
  if (band === "holiday") return { week: null, year: () => `=${n("publicHolidaysPerYear")}*24` };
  return weekdayHours(n, band === "plain" ? PLAIN_WEEKDAY_HOURS : WEEKDAY_BANDS[band]);
}

const HEADERS = [
  "band",
  "hoursPerWeek",
  "hoursPerYear",
  "surcharge",
  "cap",
  "surchargePerHour",
  "costPerYear",
] as const;

export function staffingBlock(ctx: TemplateContext, plan: SheetPlan): void {
  if (plan.staffing === null) return;
  const { sheet, lang } = ctx;
  const { header, rows } = plan.staffing;
  const row = (id: StaffingRowId) => placeOf(rows, id);
  sheet.put(0, header - 1, ctx.text("staffing"), "heading");
  HEADERS.forEach((key, column) => sheet.put(column, header, ctx.text(key), "tableHeader"));
  for (const band of STAFFING_BANDS) bandRow(ctx, band, row(band));
  const formulas = totalFormulas(ctx, row);
  for (const id of STAFFING_TOTALS) {
    const [formula, format] = formulas[id];
    sheet.put(0, row(id), totalLabel(lang, id), "label");
    const at = sheet.put(1, row(id), formula, "calc", format);
    ctx.define(id, at, totalLabel("en", id));
  }
}

/** The totals the decision summary also reports carry its label; the others the sheet's words. */
const SUMMARY_LABELED = [
  "staffingFte",
  "staffingCostPerYear",
  "staffingNpv",
  "staffingRoi",
  "cheaperRoute",
] as const satisfies readonly (StaffingTotalId & ResultWordKey)[];

function totalLabel(lang: Lang, id: StaffingTotalId): string {
  const summary = SUMMARY_LABELED.find((labeled) => labeled === id);
  if (summary !== undefined) return RESULT_WORDS[lang][summary].label;
  return SHEET_TEXT[lang][id as Exclude<StaffingTotalId, (typeof SUMMARY_LABELED)[number]>];
}

/** One band: its hours a week and a year, and (CAO bands) surcharge, cap and cost a year. */
function bandRow(ctx: TemplateContext, band: StaffingBand, r: number): void {
  const { sheet } = ctx;
  const n = ctx.ref;
  const hours = bandHours(n, band);
  sheet.put(0, r, ctx.text(`band_${band}`), "label");
  if (hours.week !== null) sheet.put(1, r, hours.week, "calc", "0.0");
  sheet.put(2, r, hours.year(address(1, r)), "calc", "#,##0");
  if (band === "plain") return;
  sheet.put(3, r, `=${n(`surcharge_${band}`)}`, "calc", PERCENT);
  sheet.put(4, r, `=${n(`cap_${band}`)}`, "calc", MONEY_CENTS);
  const perHour = `=MIN(${n("hourlySalary")}*${address(3, r)},${address(4, r)})`;
  sheet.put(5, r, perHour, "calc", MONEY_CENTS);
  const cost = `=${address(2, r)}*${n("staffPerShift")}*${address(5, r)}*(1+${n("employerOnCost")})`;
  sheet.put(6, r, cost, "calc", MONEY);
}

function totalFormulas(
  ctx: TemplateContext,
  row: (id: StaffingRowId) => number,
): Readonly<Record<StaffingTotalId, readonly [string, string]>> {
  const n = ctx.ref;
  const first = STAFFING_BANDS[0];
  const last = STAFFING_BANDS[STAFFING_BANDS.length - 1] ?? first;
  const bands = (column: number) => `${address(column, row(first))}:${address(column, row(last))}`;
  const [present, costs] = [n("presentBenefits"), n("staffingPresentCosts")];
  const loaded = `(1+${n("employerOnCost")})`;
  // Wages over the horizon, indexed and discounted: the weight below the TEI table.
  const years = n("weightWages");
  return {
    staffedHours: [`=SUM(${bands(2)})`, "#,##0"],
    staffingFte: [
      `=${n("staffedHours")}*${n("staffPerShift")}/${n("productiveHoursPerFte")}`,
      "0.0",
    ],
    basePay: [
      `=${n("staffingFte")}*${n("contractHoursPerWeek")}*${WEEKS}*${n("hourlySalary")}*${loaded}`,
      MONEY,
    ],
    surcharges: [`=SUM(${bands(6)})`, MONEY],
    staffingCostPerYear: [`=${n("basePay")}+${n("surcharges")}`, MONEY],
    staffingPresentCosts: [`=${n("staffingCostPerYear")}*(1+${n("costRisk")})*${years}`, MONEY],
    staffingNpv: [`=${present}-${costs}`, MONEY],
    staffingRoi: [roiOrNoCosts(costs, cx("ROI", [present, costs]), ctx.text("noCosts")), PERCENT],
    cheaperRoute: [
      `=IF(${costs}<${n("presentCosts")},${quoteText(ctx.text("staffingRoute"))},${quoteText(ctx.text("automationRoute"))})`,
      "General",
    ],
  };
}
