/**
 * 24/7 only: the staffing alternative, like for like (core/model/staffing.ts). Every hour outside
 * today's opening hours, by CAO Rijk §7.1 band; the surcharge is a share of the hourly salary,
 * capped per hour; public holidays are staffed 24 hours at the holiday rate; FTE from productive
 * hours. Its costs are compared with automation on the same benefits.
 */
import { PLAIN_WEEKDAY_HOURS, WEEKDAY_BANDS } from "../../core";
import { RESULT_WORDS } from "../../i18n/results";
import { MONEY, MONEY_CENTS, PERCENT } from "../calc";
import { cx } from "../calls";
import { nameOf, type TemplateContext, FIRST_YEAR_COLUMN, LAST_YEAR_COLUMN } from "../context";
import { quoted, roiOrNoCosts } from "../formulas";
import { address } from "../layout";
import { STAFFING_BANDS, STAFFING_TOTALS, type SheetPlan } from "../plan";

type Band = (typeof STAFFING_BANDS)[number];

/** Hours of [from, to) a week and a year outside opening hours (weekday bands). */
function weekdayHours([from, to]: readonly [number, number]) {
  const overlap = `MAX(0,MIN(${to},OpenUntil)-MAX(${from},OpenFrom))`;
  return {
    week: `=5*${to - from}-MIN(5,OpenDays)*${overlap}`,
    year: (perWeek: string) => `=52*${perWeek}-PublicHolidaysPerYear*(${to - from}-${overlap})`,
  };
}

function bandHours(band: Band): { week: string | null; year: (perWeek: string) => string } {
  if (band === "weekend")
    return {
      week: "=48-MAX(0,OpenDays-5)*MAX(0,OpenUntil-OpenFrom)",
      year: (perWeek) => `=52*${perWeek}`,
    };
  if (band === "holiday") return { week: null, year: () => "=PublicHolidaysPerYear*24" };
  return weekdayHours(band === "plain" ? PLAIN_WEEKDAY_HOURS : WEEKDAY_BANDS[band]);
}

export function staffingBlock(ctx: TemplateContext, plan: SheetPlan): void {
  if (plan.staffing === null) return;
  const { sheet, lang } = ctx;
  const { header, rows } = plan.staffing;
  const row = (id: string) => rows.get(id) ?? 0;
  sheet.put(0, header - 1, ctx.text("staffing"), "heading");
  const headers = [
    "band",
    "hoursPerWeek",
    "hoursPerYear",
    "surcharge",
    "cap",
    "surchargePerHour",
    "costPerYear",
  ] as const;
  headers.forEach((key, column) => sheet.put(column, header, ctx.text(key), "tableHeader"));
  for (const band of STAFFING_BANDS) {
    const r = row(band);
    const hours = bandHours(band);
    sheet.put(0, r, ctx.text(`band_${band}`), "label");
    if (hours.week !== null) sheet.put(1, r, hours.week, "calc", "0.0");
    sheet.put(2, r, hours.year(address(1, r)), "calc", "#,##0");
    if (band === "plain") continue;
    sheet.put(3, r, `=${nameOf(`surcharge_${band}`)}`, "calc", PERCENT);
    sheet.put(4, r, `=${nameOf(`cap_${band}`)}`, "calc", MONEY_CENTS);
    sheet.put(5, r, `=MIN(HourlySalary*${address(3, r)},${address(4, r)})`, "calc", MONEY_CENTS);
    sheet.put(
      6,
      r,
      `=${address(2, r)}*StaffPerShift*${address(5, r)}*(1+EmployerOnCost)`,
      "calc",
      MONEY,
    );
  }
  const bands = (column: number) =>
    `${address(column, row(STAFFING_BANDS[0]))}:${address(column, row(STAFFING_BANDS[STAFFING_BANDS.length - 1] ?? "plain"))}`;
  const tei = (id: string) => {
    const r = plan.tei.rows.get(id) ?? 0;
    return `${address(FIRST_YEAR_COLUMN, r)}:${address(LAST_YEAR_COLUMN, r)}`;
  };
  const formulas: Readonly<Record<(typeof STAFFING_TOTALS)[number], [string, string]>> = {
    staffedHours: [`=SUM(${bands(2)})`, "#,##0"],
    staffingFte: ["=StaffedHours*StaffPerShift/ProductiveHoursPerFte", "0.0"],
    basePay: ["=StaffingFte*ContractHoursPerWeek*52*HourlySalary*(1+EmployerOnCost)", MONEY],
    surcharges: [`=SUM(${bands(6)})`, MONEY],
    staffingCostPerYear: ["=BasePay+Surcharges", MONEY],
    staffingPresentCosts: [
      `=StaffingCostPerYear*(1+CostRisk)*SUMPRODUCT(${tei("monthsInYear")},${tei("discountFactor")})/12`,
      MONEY,
    ],
    staffingNpv: ["=PresentBenefits-StaffingPresentCosts", MONEY],
    staffingRoi: [
      roiOrNoCosts(
        "StaffingPresentCosts",
        cx("ROI", ["PresentBenefits", "StaffingPresentCosts"]),
        ctx.text("noCosts"),
      ),
      PERCENT,
    ],
    cheaperRoute: [
      `=IF(StaffingPresentCosts<PresentCosts,${quoted(ctx.text("staffingRoute"))},${quoted(ctx.text("automationRoute"))})`,
      "General",
    ],
  };
  for (const id of STAFFING_TOTALS) {
    const [formula, format] = formulas[id];
    const label = RESULT_WORDS[lang][id]?.label ?? ctx.text(id as "staffing");
    sheet.put(0, row(id), label, "label");
    const at = sheet.put(1, row(id), formula, "calc", format);
    sheet.name(nameOf(id), at, RESULT_WORDS.en[id]?.label ?? id);
  }
}
