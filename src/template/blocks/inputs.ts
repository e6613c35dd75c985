/**
 * The inputs block: every input a labelled, named cell with its unit, data validation and source.
 * Column D holds the user's figures (expected), E and F the conservative and optimistic scenarios
 * as live formulas on D (core/model/scenarios.ts, rule by rule), G the article's example, and B
 * the figure in use, picked by the scenario dropdown.
 */
import {
  INPUT_RULES,
  SCENARIOS,
  SCENARIO_RULES,
  articleFigures,
  type InputDef,
  type InputId,
  type ScenarioRule,
} from "../../core";
import { formatNumber, type Lang } from "../../i18n/language";
import { INPUT_LABELS, SECTION_NAMES, UNITS, inputNote } from "../../i18n/inputs";
import { RULE_WORDS } from "../../i18n/scenarioRules";
import { VALIDATION_TEXT } from "../../i18n/validation";
import { COLUMN, SCENARIO_COLUMNS, type TemplateContext } from "../context";
import { MONEY, MONEY_CENTS, PERCENT } from "../formats";
import { clamp } from "../formulas";
import { absolute, address, columnLetter } from "../layout";
import { placeOf, rowOf, type SheetPlan } from "../plan";
import { shareFromGrid } from "./contactGrid";

export function numberFormatOf(def: Pick<InputDef, "unit" | "max">): string {
  switch (def.unit) {
    case "percent":
      return PERCENT;
    case "currency":
    case "currencyPerHour":
      return def.max <= 1e6 ? MONEY_CENTS : MONEY;
    case "currencyPerYear":
    case "currencyPerWeek":
      return MONEY;
    case "contactsPerMonth":
    case "customersPerYear":
    case "hoursPerYear":
      return "#,##0";
    case "flag":
    case "months":
    case "hour":
    case "days":
    case "daysPerYear":
      return "0";
    default:
      return "0.0";
  }
}

/** A scenario's value of one input as a formula on the user's figure `yours` (an address). */
export function scenarioFormula(
  id: InputId,
  rule: ScenarioRule,
  scenario: "conservative" | "optimistic",
  yours: string,
  guard: string | null,
  fixedPrices: string | null = null,
): string {
  const { min, max } = INPUT_RULES[id];
  const amount = rule[scenario];
  let moved: string;
  if (rule.kind === "bound") {
    const higher = (rule.better === "higher") === (scenario === "optimistic");
    moved = `${higher ? "MAX" : "MIN"}(${yours},${amount})`;
  } else {
    const raw = rule.kind === "factor" ? `${yours}*${amount}` : `${yours}+${amount}`;
    const up = rule.kind === "factor" ? amount > 1 : amount > 0;
    moved = clamp(raw, up ? null : min, up ? max : null);
  }
  const unfixed = fixedPrices === null ? moved : `IF(${fixedPrices}<>0,${yours},${moved})`;
  return guard === null ? `=${unfixed}` : `=IF(${guard}>=0,${unfixed},${yours})`;
}

/** The risk adjustments: the scenarios never move them (risk counted once). */
const RISKS: readonly InputId[] = ["benefitRisk", "costRisk"];

function ruleText(lang: Lang, def: InputDef, rule: ScenarioRule | undefined): string {
  const words = RULE_WORDS[lang];
  if (rule === undefined) return RISKS.includes(def.id) ? words.riskOnce : words.same;
  const percent = def.unit === "percent";
  const show = (value: number) =>
    rule.kind === "delta" && percent
      ? `${value > 0 ? "+" : "−"}${formatNumber(lang, Math.abs(value) * 100)} ${words.points}`
      : formatNumber(lang, value, percent ? "percent" : "decimal");
  const part = (value: number, scenario: "conservative" | "optimistic") => {
    if (rule.kind === "factor") return `×${formatNumber(lang, value)}`;
    if (rule.kind === "delta") return show(value);
    const higher = (rule.better === "higher") === (scenario === "optimistic");
    return `${higher ? words.atLeast : words.atMost} ${show(value)}`;
  };
  const guard = rule.guard === undefined ? "" : words[rule.guard];
  const fixed = rule.contracted ? words.contracted : "";
  return `${words.conservative} ${part(rule.conservative, "conservative")}, ${words.optimistic} ${part(rule.optimistic, "optimistic")}${guard}${fixed}`;
}

function validationMessage(lang: Lang, def: InputDef): string {
  const texts = VALIDATION_TEXT[lang];
  const style = def.unit === "percent" ? "percent" : "decimal";
  const key = def.unit === "percent" ? "percentBetween" : def.whole ? "wholeBetween" : "between";
  return (texts[key] ?? "")
    .replace("{min}", formatNumber(lang, def.min, style))
    .replace("{max}", formatNumber(lang, def.max, style));
}

/** Writes the inputs block at its planned rows. */
export function inputsBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, lang } = ctx;
  const header = plan.inputs.header;
  const headers = ["inputs", "inUse", "unit", ...SCENARIOS, "rule", "source"] as const;
  headers.forEach((key, column) => sheet.put(column, header, ctx.text(key), "tableHeader"));
  for (const { section, row } of plan.inputs.sections)
    sheet.put(COLUMN.label, row, SECTION_NAMES[lang][section], "section");
  const article = articleFigures(ctx.kind) as Readonly<Record<InputId, number>>;
  const yours = ctx.yours.figures as Readonly<Record<InputId, number>>;
  for (const { def, row } of plan.inputs.rows)
    inputRow(ctx, plan, def, row, yours[def.id], article[def.id]);
}

function inputRow(
  ctx: TemplateContext,
  plan: SheetPlan,
  def: InputDef,
  row: number,
  yours: number,
  article: number,
): void {
  const { sheet, lang } = ctx;
  const format = numberFormatOf(def);
  const first = columnLetter(SCENARIO_COLUMNS[0]);
  const last = columnLetter(SCENARIO_COLUMNS[3]);
  sheet.put(COLUMN.label, row, INPUT_LABELS[lang][def.id], "label");
  const inUse = sheet.put(
    COLUMN.inUse,
    row,
    `=INDEX($${first}${row}:$${last}${row},1,${ctx.ref("scenarioIndex")})`,
    "calc",
    format,
  );
  ctx.define(def.id, inUse, INPUT_LABELS.en[def.id]);
  sheet.put(COLUMN.unit, row, UNITS[lang][def.unit], "unit");
  const [expected, , , articleColumn] = SCENARIO_COLUMNS;
  const fromGrid = def.id === "afterHoursShare" ? shareFromGrid(plan) : null;
  const own = sheet.put(
    expected,
    row,
    fromGrid ?? yours,
    fromGrid === null ? "input" : "calc",
    format,
  );
  if (fromGrid === null) ctx.editable.push(own);
  const rule = SCENARIO_RULES[def.id];
  movedColumns(ctx, plan, def.id, row, format);
  sheet.put(articleColumn, row, article, "scenario", format);
  sheet.put(COLUMN.rule, row, ruleText(lang, def, rule), "note");
  sheet.put(
    COLUMN.source,
    row,
    inputNote(lang, def.id, def.source, ctx.kind === "reachability"),
    "note",
  );
  for (const column of [expected, articleColumn]) {
    sheet.validate({
      range: address(column, row),
      rule: { type: def.whole ? "whole" : "decimal", min: def.min, max: def.max },
      errorMessage: validationMessage(lang, def),
      prompt: INPUT_LABELS[lang][def.id],
    });
  }
}

/** The conservative and optimistic columns: the user's figure moved by the scenario's rule. */
function movedColumns(
  ctx: TemplateContext,
  plan: SheetPlan,
  id: InputId,
  row: number,
  format: string,
): void {
  const [expected, conservative, optimistic] = SCENARIO_COLUMNS;
  const rule = SCENARIO_RULES[id];
  const yours = absolute(expected, row);
  const scenarios = [
    [conservative, "conservative"],
    [optimistic, "optimistic"],
  ] as const;
  for (const [column, scenario] of scenarios) {
    if (rule === undefined) {
      ctx.sheet.put(column, row, `=${yours}`, "calc", format);
      continue;
    }
    const guard =
      rule.guard === undefined ? null : address(column, placeOf(plan.calc.rows, rule.guard));
    const fixedPrices = rule.contracted
      ? absolute(expected, rowOf(plan, "pricesContracted"))
      : null;
    const formula = scenarioFormula(id, rule, scenario, yours, guard, fixedPrices);
    ctx.sheet.put(column, row, formula, "calc", format);
  }
}
