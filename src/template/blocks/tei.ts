/**
 * The cash flows by year in the layout analysts know from Forrester TEI: Initial | Year 1 … Year 10
 * | Total | Present value, every line risk-adjusted, discount factors shown. Years past the horizon
 * count 0, so the table follows the horizon cell. Its present values feed the headline figures.
 */
import { CALC_LABELS, WEIGHT_LABELS } from "../../i18n/calc";
import { fill } from "../../i18n/sheet";
import { MONEY } from "../calc";
import {
  PV_COLUMN,
  TOTAL_COLUMN,
  YEAR_COLUMNS,
  type TemplateContext,
  FIRST_YEAR_COLUMN,
  LAST_YEAR_COLUMN,
} from "../context";
import type { TemplateKind } from "../../core";
import { address, columnLetter } from "../layout";
import { teiIdsOf, type SheetPlan } from "../plan";
import { engineAddresses } from "./engine";

const INITIAL_COLUMN = 1;

interface BenefitLine {
  /** The named cell with the line's amount a year at full effect (or per cohort-month). */
  readonly perYear: string;
  /** Spread over the years by the ramp-up (full-effect months) or by the retained cohorts. */
  readonly profile: "ramped" | "cohorts";
}

/** Each template's benefit lines, in the order plan.ts gives them rows. */
const BENEFIT_LINES: Readonly<Record<TemplateKind, Readonly<Record<string, BenefitLine>>>> = {
  digital: {
    staffSavings: { perYear: "AutomatedBenefitPerYear", profile: "ramped" },
    revenueMargin: { perYear: "OtherRampedPerYear", profile: "ramped" },
  },
  reachability: {
    revenueMargin: { perYear: "AutomatedBenefitPerYear", profile: "ramped" },
    retention: { perYear: "RetentionPerCohortMonth", profile: "cohorts" },
    operationalSavings: { perYear: "OtherRampedPerYear", profile: "ramped" },
  },
};

/** What the TEI parts share: where each row is, and the benefit lines of this template. */
interface TeiParts {
  readonly ctx: TemplateContext;
  readonly plan: SheetPlan;
  readonly row: (id: string) => number;
  readonly benefits: readonly string[];
}

/** The TEI table's rows and the present values it names (PresentBenefits, PresentCosts). */
export function teiBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const lines = BENEFIT_LINES[ctx.kind];
  const parts: TeiParts = {
    ctx,
    plan,
    row: (id) => plan.tei.rows.get(id) ?? 0,
    benefits: teiIdsOf(ctx.kind).filter((id) => id in lines),
  };
  teiHeader(parts);
  YEAR_COLUMNS.forEach((column, i) => yearColumn(parts, column, i + 1));
  initialColumn(parts);
  totalsAndPresentValues(parts);
}

function teiHeader({ ctx, plan, row, benefits }: TeiParts): void {
  const { sheet, lang } = ctx;
  const header = plan.tei.header;
  sheet.put(0, header - 1, ctx.text("tei"), "heading");
  sheet.put(0, header, ctx.text("line"), "tableHeader");
  sheet.put(INITIAL_COLUMN, header, ctx.text("initial"), "tableHeader");
  YEAR_COLUMNS.forEach((column, i) =>
    sheet.put(column, header, fill(ctx.text("year"), { year: i + 1 }), "tableHeader"),
  );
  sheet.put(TOTAL_COLUMN, header, ctx.text("total"), "tableHeader");
  sheet.put(PV_COLUMN, header, ctx.text("presentValue"), "tableHeader");
  const label = (id: string, key?: Parameters<TemplateContext["text"]>[0]) =>
    sheet.put(0, row(id), key ? ctx.text(key) : (CALC_LABELS[lang][id] ?? id), "label");
  label("monthsInYear", "monthsInYear");
  label("fullEffectMonths", "fullEffectMonths");
  label("discountFactor", "discountFactor");
  for (const id of benefits) label(id);
  label("totalBenefits", "totalBenefits");
  label("initialCosts");
  label("automatedContacts");
  label("recurring");
  label("totalCosts", "totalCosts");
  label("net", "net");
  label("cumulative", "cumulative");
}

/** One year's column: its months, full-effect months, discount factor, lines and totals. */
function yearColumn({ ctx, plan, row, benefits }: TeiParts, column: number, year: number): void {
  const a = engineAddresses(plan);
  const at = (id: string) => address(column, row(id));
  const put = (id: string, formula: string, format = MONEY) =>
    ctx.sheet.put(column, row(id), formula, "calc", format);
  put("monthsInYear", `=SUMIFS(${a.whole("inHorizon")},${a.whole("year")},${year})`, "0");
  put("fullEffectMonths", `=SUMIFS(${a.whole("rampFactor")},${a.whole("year")},${year})`, "0.00");
  put("discountFactor", `=1/(1+DiscountRate)^${year}`, "0.0000");
  for (const id of benefits) {
    const line = BENEFIT_LINES[ctx.kind][id];
    if (line === undefined) continue;
    const amount =
      line.profile === "cohorts"
        ? `${line.perYear}*SUMIFS(${a.whole("cohorts")},${a.whole("year")},${year})`
        : `${line.perYear}*${at("fullEffectMonths")}/12`;
    put(id, `=${amount}*(1-BenefitRisk)`);
  }
  put("totalBenefits", `=SUM(${at(benefits[0] ?? "")}:${at(benefits[benefits.length - 1] ?? "")})`);
  put("automatedContacts", `=AutomatedCostPerYear*${at("fullEffectMonths")}/12*(1+CostRisk)`);
  put("recurring", `=RecurringPerYear*${at("monthsInYear")}/12*(1+CostRisk)`);
  put("totalCosts", `=${at("automatedContacts")}+${at("recurring")}`);
  put("net", `=${at("totalBenefits")}-${at("totalCosts")}`);
  put("cumulative", `=${columnLetter(column - 1)}${row("cumulative")}+${at("net")}`);
}

/** The Initial column: the risk-adjusted one-off costs at time 0, discount factor 1. */
function initialColumn({ ctx, row }: TeiParts): void {
  const at = (id: string) => address(INITIAL_COLUMN, row(id));
  const put = (id: string, formula: string | number, format = MONEY) =>
    ctx.sheet.put(INITIAL_COLUMN, row(id), formula, "calc", format);
  put("discountFactor", 1, "0.0000");
  put("initialCosts", "=InitialAfterRisk");
  put("totalCosts", `=${at("initialCosts")}`);
  put("net", `=-${at("totalCosts")}`);
  put("cumulative", `=${at("net")}`);
}

/** Total and present value of every money line; the present values feed the headline. */
function totalsAndPresentValues({ ctx, row, benefits }: TeiParts): void {
  const { sheet } = ctx;
  const span = (id: string) =>
    `${address(FIRST_YEAR_COLUMN, row(id))}:${address(LAST_YEAR_COLUMN, row(id))}`;
  const pvOf = (id: string) => address(PV_COLUMN, row(id));
  const costs = ["initialCosts", "automatedContacts", "recurring", "totalCosts"];
  for (const id of [...benefits, "totalBenefits", ...costs, "net"]) {
    const initialCell = address(INITIAL_COLUMN, row(id));
    const total = `=SUM(${initialCell}:${address(LAST_YEAR_COLUMN, row(id))})`;
    sheet.put(TOTAL_COLUMN, row(id), total, "calc", MONEY);
    const discounted = `SUMPRODUCT(${span(id)},${span("discountFactor")})`;
    // Benefits start in year 1; costs add the undiscounted Initial column.
    const pv =
      id === "net"
        ? `=${pvOf("totalBenefits")}-${pvOf("totalCosts")}`
        : costs.includes(id)
          ? `=${initialCell}+${discounted}`
          : `=${discounted}`;
    sheet.put(PV_COLUMN, row(id), pv, "result", MONEY);
  }
  sheet.name(
    "PresentBenefits",
    pvOf("totalBenefits"),
    "Present value of the risk-adjusted benefits",
  );
  sheet.name(
    "PresentCosts",
    pvOf("totalCosts"),
    "Initial costs + present value of the risk-adjusted costs",
  );
}

/** The yearly flows IRR reads: Initial … Year 10 of the net line. */
export function netFlows(plan: SheetPlan): string {
  const r = plan.tei.rows.get("net") ?? 0;
  return `${address(INITIAL_COLUMN, r)}:${address(LAST_YEAR_COLUMN, r)}`;
}

/** Year 1..10 of a TEI line (for CX.DISCOUNTED_ROI). */
export function yearsOf(plan: SheetPlan, id: string): string {
  const r = plan.tei.rows.get(id) ?? 0;
  return `${address(FIRST_YEAR_COLUMN, r)}:${address(LAST_YEAR_COLUMN, r)}`;
}

/** The present-value weights (named), below the TEI table. */
export function weightsBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const a = engineAddresses(plan);
  const df = a.months("discountFactor");
  const sum = (column: string, perYear: boolean) =>
    `=SUMPRODUCT(${a.months(column)},${df})${perYear ? "/12" : ""}`;
  const formulas: Readonly<Record<string, () => string>> = {
    weightRamped: () => sum("rampFactor", true),
    weightFlat: () => sum("inHorizon", true),
    weightCohorts: () => sum("cohorts", false),
    weightRampedLow: () => sum("rampLow", true),
    weightRampedHigh: () => sum("rampHigh", true),
    weightCohortsLow: () => sum("cohortsLow", false),
    weightCohortsHigh: () => sum("cohortsHigh", false),
  };
  for (const [id, formula] of Object.entries(formulas)) {
    const r = plan.tei.rows.get(id);
    if (r === undefined) continue;
    ctx.sheet.put(0, r, WEIGHT_LABELS[ctx.lang][id] ?? id, "label");
    const at = ctx.sheet.put(INITIAL_COLUMN, r, formula(), "calc", "0.0000");
    ctx.sheet.name(id.charAt(0).toUpperCase() + id.slice(1), at, WEIGHT_LABELS.en[id] ?? id);
  }
}
