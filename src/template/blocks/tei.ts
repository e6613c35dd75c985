/**
 * The cash flows by year in the layout analysts know from Forrester TEI: Initial | Year 1 … Year 10
 * | Total | Present value, every line risk-adjusted, discount factors shown. Years past the horizon
 * count 0, so the table follows the horizon cell. Its present values feed the headline figures.
 * The lines are declared in lines/tei.ts.
 */
import { CALC_LABELS, WEIGHT_LABELS } from "../../i18n/calc";
import { fill, type SheetTextKey } from "../../i18n/sheet";
import { MONEY } from "../formats";
import {
  PV_COLUMN,
  TOTAL_COLUMN,
  YEAR_COLUMNS,
  type TemplateContext,
  FIRST_YEAR_COLUMN,
  LAST_YEAR_COLUMN,
} from "../context";
import { address, columnLetter } from "../layout";
import {
  COST_LINES,
  INDEX_RATES,
  WEIGHTS,
  benefitLinesOf,
  indicesOf,
  weightIdsOf,
  type BenefitLineId,
  type EngineColumnId,
  type IndexedLine,
  type TeiLineId,
  type WeightDef,
} from "../lines";
import { placeOf, type SheetPlan } from "../plan";
import { yearIndexFormula } from "../formulas";
import { engineAddresses, indexProduct } from "./engine";

const INITIAL_COLUMN = 1;

/** What the TEI parts share: where each row is, and the benefit lines of this template. */
interface TeiParts {
  readonly ctx: TemplateContext;
  readonly plan: SheetPlan;
  readonly row: (id: TeiLineId) => number;
  readonly benefits: readonly BenefitLineId[];
}

/** The TEI table's rows and the present values it names (PresentBenefits, PresentCosts). */
export function teiBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const parts: TeiParts = {
    ctx,
    plan,
    row: (id) => placeOf(plan.tei.rows, id),
    benefits: benefitLinesOf(ctx.kind).map(([id]) => id),
  };
  teiHeader(parts);
  YEAR_COLUMNS.forEach((column, i) => yearColumn(parts, column, i + 1));
  initialColumn(parts);
  totalsAndPresentValues(parts);
}

/** Lines labelled by the sheet's own words; the others by their calculation label. */
const SHEET_LABELED = [
  "monthsInYear",
  "fullEffectMonths",
  "discountFactor",
  "totalBenefits",
  "totalCosts",
  "net",
  "cumulative",
] as const satisfies readonly (TeiLineId & SheetTextKey)[];

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
  for (const id of SHEET_LABELED) sheet.put(0, row(id), ctx.text(id), "label");
  for (const id of [...benefits, ...COST_LINES])
    sheet.put(0, row(id), CALC_LABELS[lang][id], "label");
}

/** One year's column: its months, full-effect months, discount factor, lines and totals. */
function yearColumn({ ctx, plan, row, benefits }: TeiParts, column: number, year: number): void {
  const a = engineAddresses(plan);
  const n = ctx.ref;
  const at = (id: TeiLineId) => address(column, row(id));
  const put = (id: TeiLineId, formula: string, format = MONEY) =>
    ctx.sheet.put(column, row(id), formula, "calc", format);
  const inYear = (id: "inHorizon" | "rampFactor" | "cohorts" | "renewals") =>
    `SUMIFS(${a.whole(id)},${a.whole("year")},${year})`;
  // The year's indices: (1 + rate)^(year − 1), constant within a year.
  const by = (line: IndexedLine) =>
    indexProduct(ctx.kind, line, (id) =>
      id === "renewals" ? inYear(id) : yearIndexFormula(n(INDEX_RATES[id]), year),
    );
  put("monthsInYear", `=${inYear("inHorizon")}`, "0");
  put("fullEffectMonths", `=${inYear("rampFactor")}`, "0.00");
  put("discountFactor", `=1/(1+${n("discountRate")})^${year}`, "0.0000");
  for (const [id, line] of benefitLinesOf(ctx.kind)) {
    const indexed = "indexed" in line ? `*${by("automatedBenefit")}` : "";
    const amount =
      line.profile === "cohorts"
        ? `${n(line.perYear)}*${inYear("cohorts")}`
        : `${n(line.perYear)}*${at("fullEffectMonths")}/12${indexed}`;
    put(id, `=${amount}*(1-${n("benefitRisk")})`);
  }
  const [first, last] = [benefits[0], benefits[benefits.length - 1]];
  if (first === undefined || last === undefined) throw new Error("a TEI table needs benefits");
  put("totalBenefits", `=SUM(${at(first)}:${at(last)})`);
  const risk = `(1+${n("costRisk")})`;
  const automated = `${n("automatedCostPerYear")}*${at("fullEffectMonths")}/12*${by("automatedCost")}`;
  put("automatedContacts", `=${automated}*${risk}`);
  put("recurring", `=${n("recurringPerYear")}*${at("monthsInYear")}/12*${by("recurring")}*${risk}`);
  const renewals = `${n("renewalCost")}*${inYear("renewals")}*${by("renewal")}`;
  put("renewal", `=${renewals}*${risk}`);
  put("totalCosts", `=SUM(${at("automatedContacts")}:${at("renewal")})`);
  put("net", `=${at("totalBenefits")}-${at("totalCosts")}`);
  put("cumulative", `=${columnLetter(column - 1)}${row("cumulative")}+${at("net")}`);
}

/** The Initial column: the risk-adjusted one-off costs at time 0, discount factor 1. */
function initialColumn({ ctx, row }: TeiParts): void {
  const at = (id: TeiLineId) => address(INITIAL_COLUMN, row(id));
  const put = (id: TeiLineId, formula: string | number, format = MONEY) =>
    ctx.sheet.put(INITIAL_COLUMN, row(id), formula, "calc", format);
  put("discountFactor", 1, "0.0000");
  put("initialCosts", `=${ctx.ref("initialAfterRisk")}`);
  put("totalCosts", `=${at("initialCosts")}`);
  put("net", `=-${at("totalCosts")}`);
  put("cumulative", `=${at("net")}`);
}

/** Total and present value of every money line; the present values feed the headline. */
function totalsAndPresentValues({ ctx, row, benefits }: TeiParts): void {
  const { sheet } = ctx;
  const span = (id: TeiLineId) =>
    `${address(FIRST_YEAR_COLUMN, row(id))}:${address(LAST_YEAR_COLUMN, row(id))}`;
  const pvOf = (id: TeiLineId) => address(PV_COLUMN, row(id));
  const costs: readonly TeiLineId[] = [...COST_LINES, "totalCosts"];
  for (const id of [...benefits, "totalBenefits", ...costs, "net"] as const) {
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
  ctx.define(
    "presentBenefits",
    pvOf("totalBenefits"),
    "Present value of the risk-adjusted benefits",
  );
  ctx.define(
    "presentCosts",
    pvOf("totalCosts"),
    "Initial costs + present value of the risk-adjusted costs",
  );
}

/** The yearly flows IRR reads: Initial … Year 10 of the net line. */
export function netFlows(plan: SheetPlan): string {
  const r = placeOf(plan.tei.rows, "net");
  return `${address(INITIAL_COLUMN, r)}:${address(LAST_YEAR_COLUMN, r)}`;
}

/** The present-value weights (named), below the TEI table. */
export function weightsBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const a = engineAddresses(plan);
  for (const id of weightIdsOf(ctx.kind)) {
    const def: WeightDef = WEIGHTS[id];
    const indices = def.times === undefined ? [] : indicesOf(ctx.kind, def.times);
    const ranges: readonly EngineColumnId[] = [def.column, "discountFactor", ...indices];
    const columns = ranges.map((c) => a.months(c)).join(",");
    const formula = `=SUMPRODUCT(${columns})${def.perYear ? "/12" : ""}`;
    const r = placeOf(plan.tei.rows, id);
    ctx.sheet.put(0, r, WEIGHT_LABELS[ctx.lang][id], "label");
    const at = ctx.sheet.put(INITIAL_COLUMN, r, formula, "calc", "0.0000");
    ctx.define(id, at, WEIGHT_LABELS.en[id]);
  }
}
