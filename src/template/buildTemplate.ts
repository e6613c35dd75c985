/**
 * `buildTemplate({ kind, figures }, options)`: the model sheet for a business case as plain data
 * (`TemplateSpec`), from blocks laid out by plan.ts. It computes nothing the sheet shows: every
 * figure is an Excel formula mirroring src/core/model; the core's values ride along in `figures`
 * so previews and independent engines can check the sheet.
 */
import { scenarioBusinessCases, scenarioCase, type CaseFigures, type Scenario } from "../core";
import type { Lang } from "../i18n/language";
import { calculationBlock } from "./blocks/calculation";
import { contactGridBlock } from "./blocks/contactGrid";
import { driversBlock } from "./blocks/drivers";
import { engineAddresses, engineBlock, tableColumnsOf } from "./blocks/engine";
import { inputsBlock } from "./blocks/inputs";
import { scenariosBlock } from "./blocks/scenarios";
import { staffingBlock } from "./blocks/staffing";
import { summaryBlock } from "./blocks/summary";
import { teiBlock, weightsBlock } from "./blocks/tei";
import { toNative } from "./calls";
import { namesFor, textOf, type TemplateContext } from "./context";
import { nameOf } from "./lines";
import { MAX_HORIZON, MIN_HORIZON } from "./horizon";
import { SheetLayout, columnLetter } from "./layout";
import { planSheet, type SheetPlan } from "./plan";
import type { ChartSpec, FormulaMode, PrintSpec, TemplateSpec } from "./spec";

export interface TemplateOptions {
  readonly lang: Lang;
  readonly mode: FormulaMode;
  /** 12..120 months (the pane starts at DEFAULT_HORIZON, Forrester TEI's three years). */
  readonly horizonMonths: number;
  /** The scenario the sheet opens on (the dropdown can switch it later); expected by default. */
  readonly scenario?: Scenario;
  /**
   * 24/7: the week of the user's contact log (7 × 24 counts, Monday..Sunday × hour 0..23). The sheet
   * then shows it and computes the after-hours share from it; the figures' afterHoursShare must be
   * that share (the pane's analysis gives it).
   */
  readonly contactGrid?: readonly (readonly number[])[];
}

export { MAX_HORIZON, MIN_HORIZON };

/** Column widths in points, from column A. */
const COLUMN_WIDTHS = [320, 105, 90, 105, 105, 105, 105, 250, 380, 95, 95, 95, 95, 105];

function checkHorizon(horizonMonths: number): void {
  if (
    !Number.isInteger(horizonMonths) ||
    horizonMonths < MIN_HORIZON ||
    horizonMonths > MAX_HORIZON
  )
    throw new RangeError(
      `horizonMonths must be a whole number from ${MIN_HORIZON} to ${MAX_HORIZON}`,
    );
}

/** What every block reads: the case in each scenario, the words, and the sheet's names. */
function contextOf(input: CaseFigures, options: TemplateOptions, plan: SheetPlan): TemplateContext {
  const { lang, mode, horizonMonths, scenario = "expected" } = options;
  const scenarios = scenarioBusinessCases(input, horizonMonths);
  const sheet = new SheetLayout();
  return {
    sheet,
    kind: input.kind,
    lang,
    mode,
    horizonMonths,
    input: scenarioCase(input, scenario),
    yours: input,
    scenario,
    result: scenarios[scenario],
    scenarios,
    resultCells: {},
    figures: {},
    editable: [],
    text: textOf(lang),
    ...namesFor(plan, sheet),
  };
}

export function buildTemplate(input: CaseFigures, options: TemplateOptions): TemplateSpec {
  const kind = input.kind;
  const { lang, mode, horizonMonths } = options;
  checkHorizon(horizonMonths);
  const grid = kind === "reachability" ? options.contactGrid : undefined;
  const plan = planSheet(kind, grid !== undefined);
  const ctx = contextOf(input, options, plan);
  const { sheet } = ctx;
  summaryBlock(ctx, plan);
  driversBlock(ctx, plan);
  scenariosBlock(ctx, plan);
  inputsBlock(ctx, plan);
  calculationBlock(ctx, plan);
  teiBlock(ctx, plan);
  weightsBlock(ctx, plan);
  staffingBlock(ctx, plan);
  if (grid !== undefined) contactGridBlock(ctx, plan, grid);
  engineBlock(ctx, plan);
  checkNames(plan, sheet);
  return {
    kind,
    lang,
    mode,
    horizonMonths,
    sheetName: ctx.text(`sheet_${kind}`),
    columnWidths: COLUMN_WIDTHS,
    cells: mode === "native" ? toNative(ctx.sheet.cells, ctx.sheet.names, lang) : ctx.sheet.cells,
    names: ctx.sheet.names,
    validations: ctx.sheet.validations,
    table: {
      name: kind === "digital" ? "CashFlowDigital" : "CashFlow247",
      range: `A${plan.engine.header}:${columnLetter(tableColumnsOf(plan) - 1)}${plan.engine.lastRow}`,
      columns: ctx.sheet.cells
        .filter((c) => c.address.endsWith(`${plan.engine.header}`) && c.style === "tableHeader")
        .slice(0, tableColumnsOf(plan))
        .map((c) => String(c.value ?? "")),
    },
    charts: charts(ctx, plan),
    resultCells: ctx.resultCells,
    figures: ctx.figures,
    scenarioCell: "B3",
    horizonCell: "B4",
    editable: ctx.editable,
    print: print(ctx, plan),
    freezeRows: 4,
  };
}

/** Every name the plan promises is defined: a formula never refers to a name that is not there. */
function checkNames(plan: SheetPlan, sheet: SheetLayout): void {
  const defined = new Set(sheet.names.map((name) => name.name));
  const missing = [...plan.names].filter((id) => !defined.has(nameOf(id)));
  if (missing.length > 0) throw new Error(`the model sheet never defines ${missing.join(", ")}`);
}

function charts(ctx: TemplateContext, plan: SheetPlan): ChartSpec[] {
  const a = engineAddresses(plan);
  const { rankedHeader } = plan.drivers;
  const count = plan.drivers.breakEven - rankedHeader - 2;
  return [
    {
      type: "line",
      title: ctx.text("chartCumulative"),
      categories: a.whole("month").replace(/\$/g, ""),
      series: [{ name: ctx.text("cumulative"), values: a.whole("cumulative").replace(/\$/g, "") }],
      anchor: "H6",
      width: 520,
      height: 300,
    },
    {
      type: "bar",
      title: ctx.text("chartDrivers"),
      categories: `A${rankedHeader + 1}:A${rankedHeader + count}`,
      series: [
        { name: ctx.text("atLow"), values: `B${rankedHeader + 1}:B${rankedHeader + count}` },
        { name: ctx.text("atHigh"), values: `C${rankedHeader + 1}:C${rankedHeader + count}` },
      ],
      anchor: `H${plan.drivers.header - 1}`,
      width: 520,
      height: 280,
    },
  ];
}

function print(ctx: TemplateContext, plan: SheetPlan): PrintSpec {
  // The 24/7 staffing route prints too: the summary's staffing comparison rests on it.
  const lastRow = Math.max(...plan.tei.rows.values(), ...(plan.staffing?.rows.values() ?? []));
  return {
    area: `A1:N${lastRow}`,
    titleRows: "$1:$4",
    breakAfterRows: [plan.drivers.header - 3, plan.inputs.header - 2],
    header: `${ctx.text("printHeader")} — ${ctx.text(`title_${ctx.kind}`)}`,
    footer: ctx.text("printFooter"),
  };
}
