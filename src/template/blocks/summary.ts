/**
 * The decision at the top of the sheet, one screen and one printed page: the verdict from the
 * money and the fit with the articles' criteria, the headline figures on the risk-adjusted,
 * discounted basis (NPV, ROI, IRR, payback, discounted payback), each beside the convention it
 * follows, then the figures for reference (the article method among them, labelled). Also the
 * scenario dropdown and the horizon cell every figure of the sheet follows.
 */
import { RESULT_WORDS, resultText } from "../../i18n/results";
import { UNITS } from "../../i18n/inputs";
import { VALIDATION_TEXT } from "../../i18n/validation";
import { formatNumber } from "../../i18n/language";
import { MONEY, PERCENT } from "../formats";
import { cx } from "../calls";
import { type TemplateContext } from "../context";
import { quoteText } from "../../excel";
import { paybackFormat, roiOrNoCosts, teiRoiFormula } from "../formulas";
import { absolute } from "../layout";
import type { ResultNameId } from "../lines";
import type { SheetPlan } from "../plan";
import { RESULTS, resultValues, type ResultDef, type ResultId } from "../results";
import { MAX_HORIZON, MIN_HORIZON } from "../horizon";
import { engineAddresses } from "./engine";
import { irrFormula, paybackFormula } from "./scenarios";
import { netFlows } from "./tei";

/** Names of the result cells other blocks read. */
const RESULT_NAMES: Partial<Record<ResultId, ResultNameId>> = {
  verdict: "verdict",
  fit: "fit",
  netPresentValue: "netPresentValue",
  teiRoi: "teiRoi",
  irr: "internalRateOfReturn",
  payback: "paybackMonths",
  discountedPayback: "discountedPaybackMonths",
  simplePayback: "simplePaybackMonths",
};

const FORMATS = {
  money: MONEY,
  percent: PERCENT,
  months: "0.0",
  fte: "0.0",
  text: "General",
} as const;

function resultFormula(ctx: TemplateContext, plan: SheetPlan, id: ResultId): string {
  const a = engineAddresses(plan);
  const t = ctx.text;
  const n = ctx.ref;
  switch (id) {
    case "verdict":
      return `=IF(AND(${n("netPresentValue")}>=0,ISNUMBER(${n("paybackMonths")})),${quoteText(t("verdictPays"))},${quoteText(t("verdictDoesNotPay"))})`;
    case "fit":
      return fitFormula(ctx);
    case "netPresentValue":
      return `=${n("presentBenefits")}-${n("presentCosts")}`;
    case "teiRoi":
      return teiRoiFormula(n("netPresentValue"), n("presentCosts"), t("noCosts"));
    case "irr":
      return irrFormula(ctx, netFlows(plan));
    case "payback":
      return paybackFormula(ctx, n("initialAfterRisk"), a.months("net"));
    case "discountedPayback":
      return paybackFormula(ctx, n("initialAfterRisk"), a.months("net"), n("discountRate"));
    case "articleRoi":
      return roiOrNoCosts(n("articleCosts"), n("articleRoi"), t("noCosts"));
    case "simplePayback":
      return paybackFormula(ctx, n("initial"), a.months("netBeforeRisk"));
    default:
      // The reference figures show a line of the calculation or the staffing block.
      return `=${n(id)}`;
  }
}

/** Whether the situation fits the articles' criteria (digital: CX.WORTH_IT). */
function fitFormula(ctx: TemplateContext): string {
  const n = ctx.ref;
  if (ctx.kind === "digital")
    return `=${cx("WORTH_IT", [n("contactsPerMonth"), n("standardQuestionShare"), n("teamOverloaded")])}`;
  const fits = `OR(${n("afterHoursShare")}>=${n("afterHoursFitThreshold")},${n("urgentSupport")}<>0,${n("multipleTimeZones")}<>0)`;
  return `=IF(${fits},${quoteText(ctx.text("fitReachability"))},${quoteText(ctx.text("weakFitReachability"))})`;
}

/** What the core says the cell shows: a number, or the text the formula gives. */
function figureOf(ctx: TemplateContext, id: ResultId): number | string {
  const value = resultValues(ctx.result)[id];
  if (typeof value === "number") return value;
  if (value !== null && value !== undefined) return resultText(ctx.lang, value.text);
  if (id.toLowerCase().includes("payback"))
    return `${ctx.text("notWithin")}${ctx.horizonMonths}${ctx.text("months")}`;
  if (id.toLowerCase().includes("roi")) return ctx.text("noCosts");
  return "";
}

function resultRow(ctx: TemplateContext, plan: SheetPlan, def: ResultDef, row: number): void {
  const { sheet, lang } = ctx;
  const words = RESULT_WORDS[lang][def.id];
  sheet.put(0, row, words.label, def.place === "reference" ? "label" : "headline");
  const style =
    def.id === "verdict" || def.id === "fit"
      ? "verdict"
      : def.place === "reference"
        ? "result"
        : "headline";
  const format = def.format === "months" ? paybackFormat(ctx.text("atOnce")) : FORMATS[def.format];
  const at = sheet.put(1, row, resultFormula(ctx, plan, def.id), style, format);
  sheet.put(2, row, words.convention, "note");
  const name = RESULT_NAMES[def.id];
  if (name !== undefined) ctx.define(name, at, RESULT_WORDS.en[def.id].label);
  ctx.resultCells[def.id] = at;
  ctx.figures[def.id] = figureOf(ctx, def.id);
}

export function summaryBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, lang } = ctx;
  const t = ctx.text;
  sheet.put(0, 1, t(`title_${ctx.kind}`), "title");
  sheet.put(0, 2, t(`conventions_${ctx.kind}`), "subtitle");
  sheet.put(0, 3, t("scenario"), "label");
  const scenario = sheet.put(1, 3, t(ctx.scenario), "input");
  sheet.put(2, 3, t("scenarioHint"), "note");
  const inputsHeader = plan.inputs.header;
  sheet.put(7, 3, t("scenarioNumber"), "label");
  const index = sheet.put(
    8,
    3,
    `=MATCH(${scenario},${absolute(3, inputsHeader)}:${absolute(6, inputsHeader)},0)`,
    "calc",
    "0",
  );
  ctx.define("scenarioIndex", index, "Position of the scenario in use in the inputs header");
  sheet.validate({
    range: scenario,
    rule: { type: "list", source: `=${absolute(3, inputsHeader)}:${absolute(6, inputsHeader)}` },
    errorMessage: VALIDATION_TEXT[lang].scenario ?? "",
    prompt: t("scenarioHint"),
  });
  sheet.put(0, 4, t("horizon"), "label");
  const horizon = sheet.put(1, 4, ctx.horizonMonths, "input", "0");
  sheet.put(2, 4, UNITS[lang].months, "unit");
  ctx.define("horizonMonths", horizon, "Horizon in months; every figure follows it");
  sheet.validate({
    range: horizon,
    rule: { type: "whole", min: MIN_HORIZON, max: MAX_HORIZON },
    errorMessage: (VALIDATION_TEXT[lang].wholeBetween ?? "")
      .replace("{min}", formatNumber(lang, MIN_HORIZON))
      .replace("{max}", formatNumber(lang, MAX_HORIZON)),
    prompt: t("horizon"),
  });
  ctx.editable.push(scenario, horizon);
  sheet.put(0, 5, t(ctx.mode === "native" ? "mode_native" : "mode_addin"), "note");
  sheet.put(0, 6, t("decision"), "heading");
  const results = RESULTS[ctx.kind];
  results
    .filter((def) => def.place !== "reference")
    .forEach((def, i) => resultRow(ctx, plan, def, plan.summary.decisionRow + i));
  sheet.put(0, plan.summary.referenceRow - 1, t("reference"), "heading");
  results
    .filter((def) => def.place === "reference")
    .forEach((def, i) => resultRow(ctx, plan, def, plan.summary.referenceRow + i));
}
