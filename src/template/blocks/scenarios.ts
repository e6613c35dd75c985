/**
 * Scenarios side by side: NPV, ROI, IRR and payback of each scenario, live, in the scenario columns
 * of the inputs (D–G). Each scenario's yearly flows sit further down (the "flows" block), summed
 * from its own monthly net cash flow, so the comparison needs no dropdown switch.
 */
import { SCENARIOS } from "../../core";
import { literalRange, sequence } from "../../catalog/native/args";
import { RESULT_WORDS, resultText } from "../../i18n/results";
import { resultValues } from "../results";
import { MONEY, PERCENT } from "../formats";
import { cx } from "../calls";
import {
  SCENARIO_COLUMNS,
  YEAR_COLUMNS,
  type TemplateContext,
  FIRST_YEAR_COLUMN,
  LAST_YEAR_COLUMN,
} from "../context";
import { quoteText } from "../../excel";
import { notWithin, paybackFormat, teiRoiFormula } from "../formulas";
import { address } from "../layout";
import { SCENARIO_INDEXES } from "../lines";
import type { SheetPlan } from "../plan";
import { engineAddresses, scenarioRef } from "./engine";

const NPV_COLUMN = 13;
const PRESENT_COSTS_COLUMN = 12;

/**
 * The guess IRR starts from, as core/irr.ts's `irrGuess` computes it for a row of flows from time
 * 0: (P/N)^(1/(tP − tN)) − 1, P and N the positive and negative flows, tP and tN their
 * value-weighted mean times; 10% when the returns do not come after the outlays on average.
 */
function irrGuessFormula(flows: string): string {
  const shape = literalRange(flows);
  if (shape === null || shape.rows !== 1) throw new Error(`IRR flows must be one row: ${flows}`);
  const t = sequence(0, shape.columns - 1, "row");
  const [P, N] = [`SUMIF(${flows},">0")`, `SUMIF(${flows},"<0")`];
  const apart = `(SUMPRODUCT((${flows}>0)*${flows}*${t})/${P}-SUMPRODUCT((${flows}<0)*${flows}*${t})/${N})`;
  return `IF(${apart}>0,(${P}/-${N})^(1/${apart})-1,0.1)`;
}

/** The IRR of a row of flows, or the text that says why there is none. */
export function irrFormula(ctx: TemplateContext, flows: string): string {
  const never = quoteText(ctx.text("noIrr"));
  const notFound = quoteText(ctx.text("irrNotFound"));
  return `=IF(OR(COUNTIF(${flows},">0")=0,COUNTIF(${flows},"<0")=0),${never},IFERROR(IRR(${flows},${irrGuessFormula(flows)}),${notFound}))`;
}

/**
 * Payback months of a monthly series (discounted at `discountRate` when given), or "Not within N
 * months" with N read from the horizon cell.
 */
export function paybackFormula(
  ctx: TemplateContext,
  investment: string,
  series: string,
  discountRate?: string,
): string {
  const call =
    discountRate === undefined
      ? cx("PAYBACK_MONTHS", [investment, series])
      : cx("DISCOUNTED_PAYBACK", [investment, series, discountRate]);
  const none = notWithin(ctx.ref("horizonMonths"), ctx.text("notWithin"), ctx.text("months"));
  return `=IFNA(${call},${none})`;
}

export function scenariosBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, lang } = ctx;
  const header = plan.scenarios.header;
  sheet.put(0, header - 1, ctx.text("scenarios"), "heading");
  sheet.put(2, header - 1, ctx.text("scenariosNote"), "note");
  for (const s of SCENARIO_INDEXES)
    sheet.put(SCENARIO_COLUMNS[s], header, ctx.text(SCENARIOS[s]), "tableHeader");
  const rows = ["netPresentValue", "teiRoi", "irr", "payback"] as const;
  rows.forEach((id, i) => sheet.put(0, header + 1 + i, RESULT_WORDS[lang][id].label, "label"));
  const a = engineAddresses(plan);
  SCENARIO_INDEXES.forEach((s) => {
    const scenario = SCENARIOS[s];
    const column = SCENARIO_COLUMNS[s];
    const flowRow = plan.flows.header + 1 + s;
    const flows = `${address(1, flowRow)}:${address(LAST_YEAR_COLUMN, flowRow)}`;
    const npv = address(NPV_COLUMN, flowRow);
    const costs = address(PRESENT_COSTS_COLUMN, flowRow);
    const formulas = [
      [`=${npv}`, MONEY],
      [teiRoiFormula(npv, costs, ctx.text("noCosts")), PERCENT],
      [irrFormula(ctx, flows), PERCENT],
      [
        paybackFormula(ctx, scenarioRef(plan, s)("initialAfterRisk"), a.months(`net_${s}`)),
        paybackFormat(ctx.text("atOnce")),
      ],
    ] as const;
    formulas.forEach(([formula, format], i) => {
      const id = `scenario.${scenario}.${rows[i] ?? ""}`;
      ctx.resultCells[id] = sheet.put(column, header + 1 + i, formula, "result", format);
      const figure = scenarioFigure(ctx, scenario, rows[i] ?? "netPresentValue");
      if (figure !== undefined) ctx.figures[id] = figure;
    });
  });
  flowsBlock(ctx, plan);
}

function scenarioFigure(
  ctx: TemplateContext,
  scenario: (typeof SCENARIOS)[number],
  id: "netPresentValue" | "teiRoi" | "irr" | "payback",
): number | string | undefined {
  const bc = ctx.scenarios[scenario];
  if (id === "netPresentValue") return bc.netPresentValue;
  if (id === "teiRoi") return typeof bc.roi === "number" ? bc.roi : ctx.text("noCosts");
  if (id === "payback")
    return bc.payback ?? `${ctx.text("notWithin")}${ctx.horizonMonths}${ctx.text("months")}`;
  const irr = resultValues(bc).irr;
  return typeof irr === "number"
    ? irr
    : irr && typeof irr === "object"
      ? resultText(ctx.lang, irr.text)
      : undefined;
}

/** Each scenario's yearly net flows (initial, years 1..10), PV of costs and NPV. */
function flowsBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet } = ctx;
  const header = plan.flows.header;
  const a = engineAddresses(plan);
  sheet.put(0, header - 1, ctx.text("scenarioFlows"), "heading");
  sheet.put(1, header, ctx.text("initial"), "tableHeader");
  YEAR_COLUMNS.forEach((column, i) =>
    sheet.put(column, header, ctx.text("year").replace("{year}", String(i + 1)), "tableHeader"),
  );
  sheet.put(
    PRESENT_COSTS_COLUMN,
    header,
    ctx.text("presentValue") + " " + ctx.text("costs").toLowerCase(),
    "tableHeader",
  );
  sheet.put(NPV_COLUMN, header, RESULT_WORDS[ctx.lang].netPresentValue.label, "tableHeader");
  SCENARIO_INDEXES.forEach((s) => {
    const row = header + 1 + s;
    const r = scenarioRef(plan, s);
    sheet.put(0, row, ctx.text(SCENARIOS[s]), "label");
    sheet.put(1, row, `=-${r("initialAfterRisk")}`, "calc", MONEY);
    YEAR_COLUMNS.forEach((yearColumn, i) =>
      sheet.put(
        yearColumn,
        row,
        `=SUMIFS(${a.months(`net_${s}`)},${a.months("year")},${i + 1})`,
        "calc",
        MONEY,
      ),
    );
    const discount = `/(1+${r("discountRate")})^${a.months("year")}`;
    // The scenario's own monthly costs after risk (the engine's costs column), discounted.
    const pvCosts = `=${r("initialAfterRisk")}+SUMPRODUCT(${a.months(`costs_${s}`)}${discount})`;
    sheet.put(PRESENT_COSTS_COLUMN, row, pvCosts, "calc", MONEY);
    const years = `${address(FIRST_YEAR_COLUMN, row)}:${address(LAST_YEAR_COLUMN, row)}`;
    sheet.put(
      NPV_COLUMN,
      row,
      `=${address(1, row)}+NPV(${r("discountRate")},${years})`,
      "calc",
      MONEY,
    );
  });
}
