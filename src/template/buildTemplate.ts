/**
 * `buildTemplate(kind, inputs, options)`: the model sheet for a business case as plain data
 * (`TemplateSpec`). Inputs with a scenario dropdown, the calculation, TEI years, results, the
 * monthly cash-flow table and its chart. It computes nothing: every figure is an Excel formula
 * that mirrors src/core/businessCase.ts.
 */
import {
  SCENARIOS,
  inputsOf,
  scenarioOverrides,
  SHIFT_BANDS,
  type InputDef,
  type InputValues,
} from "../core";
import type { Lang } from "../i18n/language";
import { formatNumber } from "../i18n/language";
import { VERDICTS } from "../i18n/results";
import {
  INPUT_LABELS,
  INPUT_NOTES,
  SHEET_TEXT,
  UNITS,
  VALIDATION_TEXT,
  fill,
} from "../i18n/template";
import { nameOf, quoted, rampedMonthsFormula, roiFormula, verdictFormula } from "./formulas";
import { address, SheetLayout } from "./layout";
import type { FormulaMode, TemplateKind, TemplateSpec } from "./spec";

export interface TemplateOptions {
  readonly lang: Lang;
  readonly mode: FormulaMode;
  /** 12..120 months; 36 by default (Forrester TEI's three years). */
  readonly horizonMonths: number;
}

export const MIN_HORIZON = 12;
export const MAX_HORIZON = 120;

// Columns: A label, B value in use, C unit, D your figures, E–H scenarios, I source.
const [A, B, C, D, E, F, G, H, I] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const SCENARIO_COLUMNS = [E, F, G, H];

const MONEY = '"€ "#,##0';
const MONEY_CENTS = '"€ "#,##0.00';
const PERCENT = "0.0%";

function numberFormatOf(def: InputDef): string {
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
      return "#,##0";
    case "flag":
    case "months":
      return "0";
    default:
      return "0.0";
  }
}

function noteOf(lang: Lang, def: InputDef): string {
  const notes = INPUT_NOTES[lang];
  const band = def.id.split("_")[0] ?? "";
  return notes[def.id] ?? notes[band] ?? notes.figure ?? "";
}

function validationMessage(lang: Lang, def: InputDef): string {
  const texts = VALIDATION_TEXT[lang];
  const style = def.unit === "percent" ? "percent" : "decimal";
  const bounds = {
    min: formatNumber(lang, def.min, style),
    max: formatNumber(lang, def.max, style),
  };
  const key = def.unit === "percent" ? "percentBetween" : def.whole ? "wholeBetween" : "between";
  return fill(texts[key] ?? "", bounds);
}

/** The results block, in the order the sheet shows it (24/7 adds the staffing comparison). */
export function resultIdsOf(kind: TemplateKind): string[] {
  const shared = [
    "firstYearRoiArticle",
    "firstYearRoi",
    "horizonRoi",
    "discountedRoi",
    "netPresentValue",
    "paybackMonths",
    "hiddenCosts",
    "verdict",
  ];
  return kind === "reachability"
    ? [...shared, "staffCostPerYear", "staffingRoi", "cheaperRoute"]
    : shared;
}

export function buildTemplate(
  kind: TemplateKind,
  yours: InputValues,
  options: TemplateOptions,
): TemplateSpec {
  const { lang, mode, horizonMonths } = options;
  if (
    !Number.isInteger(horizonMonths) ||
    horizonMonths < MIN_HORIZON ||
    horizonMonths > MAX_HORIZON
  ) {
    throw new RangeError(
      `horizonMonths must be a whole number from ${MIN_HORIZON} to ${MAX_HORIZON}`,
    );
  }
  const t = SHEET_TEXT[lang];
  const text = (key: string) => t[key] ?? key;
  const sheet = new SheetLayout();

  // Title, method, scenario switch.
  sheet.put(A, 1, text(`title_${kind}`), "title");
  sheet.put(A, 2, text(mode === "native" ? "subtitle_native" : "subtitle_addin"), "subtitle");
  sheet.put(A, 3, text("scenario"), "label");
  const scenarioCell = sheet.put(B, 3, text("yours"), "scenario");
  sheet.put(C, 3, text("scenarioHint"), "note");
  sheet.put(H, 3, text("scenarioNumber"), "label");
  const headerRow = 5;
  const scenarioIndex = sheet.put(
    I,
    3,
    `=MATCH(${scenarioCell},$D$${headerRow}:$H$${headerRow},0)`,
    "calc",
    "0",
  );
  sheet.name("ScenarioIndex", scenarioIndex, "Position of the active scenario in the header row");
  sheet.validate({
    range: scenarioCell,
    rule: { type: "list", source: `=$D$${headerRow}:$H$${headerRow}` },
    errorMessage: VALIDATION_TEXT[lang].scenario ?? "",
    prompt: text("scenarioHint"),
  });

  // Inputs: B follows the scenario; D holds the user's figures; E–H the presets.
  sheet.row = headerRow;
  ["inputs", "inUse", "unit", "yours", ...SCENARIOS, "source"].forEach((key, column) =>
    sheet.put(column, headerRow, text(key), "tableHeader"),
  );
  const inputDefs = inputsOf(kind);
  const presets = SCENARIOS.map((scenario) => scenarioOverrides(kind, scenario));
  const inputRow: Record<string, number> = {};
  for (const def of inputDefs) {
    const row = sheet.next();
    inputRow[def.id] = row;
    const format = numberFormatOf(def);
    sheet.put(A, row, INPUT_LABELS[lang][def.id] ?? def.id, "label");
    const inUse = sheet.put(B, row, `=INDEX($D${row}:$H${row},1,ScenarioIndex)`, "calc", format);
    sheet.name(nameOf(def.id), inUse, INPUT_LABELS.en[def.id] ?? def.id);
    sheet.put(C, row, UNITS[lang][def.unit] ?? "", "unit");
    sheet.put(D, row, yours[def.id] ?? 0, "input", format);
    SCENARIO_COLUMNS.forEach((column, i) => {
      const preset = presets[i]?.[def.id];
      const own = preset === undefined || (i > 0 && !def.varies);
      sheet.put(column, row, own ? `=$D${row}` : preset, own ? "calc" : "scenario", format);
    });
    sheet.put(I, row, noteOf(lang, def), "note");
    sheet.validate({
      range: `${address(D, row)}:${address(H, row)}`,
      rule: { type: def.whole ? "whole" : "decimal", min: def.min, max: def.max },
      errorMessage: validationMessage(lang, def),
      prompt: INPUT_LABELS[lang][def.id] ?? def.id,
    });
  }

  // Calculation: one named cell a line.
  const recurring = kind === "digital" ? "RecurringCostPerYear" : "TechnologyCostPerYear";
  sheet.put(A, sheet.next(1), text("calculation"), "heading");
  const calc = (id: string, formula: string, format = MONEY): string => {
    const row = sheet.next();
    sheet.put(A, row, text(id), "label");
    const at = sheet.put(B, row, formula, "calc", format);
    sheet.name(nameOf(id), at, SHEET_TEXT.en[id] ?? id);
    return at;
  };
  if (kind === "digital") {
    calc(
      "staffSavingsPerYear",
      mode === "addin"
        ? "=CX.AUTOMATION_SAVINGS(ContactsPerMonth*12,AutomationRate,CostPerContact,CostPerAutomatedContact)"
        : "=ContactsPerMonth*12*AutomationRate*(CostPerContact-CostPerAutomatedContact)",
    );
    calc("yearlyBenefits", "=StaffSavingsPerYear+ExtraRevenuePerYear");
    calc("oneOffCosts", "=ImplementationCost+TrainingCost");
  } else {
    calc(
      "retentionValuePerYear",
      mode === "addin"
        ? "=CX.RETENTION_VALUE(RetainedCustomersPerYear,CustomerLifetimeValue)"
        : "=RetainedCustomersPerYear*CustomerLifetimeValue",
    );
    calc(
      "yearlyBenefits",
      "=AfterHoursRevenuePerYear+RetentionValuePerYear+OperationalSavingsPerYear",
    );
    calc("oneOffCosts", "=TechnologyOneOffCost");
  }
  calc(
    "hiddenCosts",
    mode === "addin"
      ? "=CX.HIDDEN_COSTS(OneOffCosts,HiddenCostRate,WeeklyTeamCost,TransitionWeeks,ProductivityLoss)"
      : "=OneOffCosts*HiddenCostRate+WeeklyTeamCost*TransitionWeeks*ProductivityLoss",
  );
  calc("investment", "=OneOffCosts+HiddenCosts");
  calc("monthlyBenefit", "=YearlyBenefits/12");
  calc("monthlyCost", `=${recurring}/12`);
  const horizonAt = calc("horizonMonths", String(horizonMonths), "0");
  sheet.put(C, Number(horizonAt.slice(1)), UNITS[lang].months ?? "", "unit");
  calc("rampedMonthsFirstYear", `=${rampedMonthsFormula("RampUpMonths", "12")}`, "0.00");
  calc("rampedMonthsHorizon", `=${rampedMonthsFormula("RampUpMonths", "HorizonMonths")}`, "0.00");
  calc("benefitsFirstYear", "=YearlyBenefits*RampedMonthsFirstYear/12");
  calc("benefitsHorizon", "=YearlyBenefits*RampedMonthsHorizon/12");
  calc("recurringHorizon", `=${recurring}*HorizonMonths/12`);
  if (kind === "reachability") {
    const hours = SHIFT_BANDS.map((band) => `${address(B, inputRow[`hours_${band}`] ?? 0)}`);
    const surcharges = SHIFT_BANDS.map(
      (band) => `${address(B, inputRow[`surcharge_${band}`] ?? 0)}`,
    );
    const range = (cells: string[]) => `${cells[0]}:${cells[cells.length - 1]}`;
    calc(
      "staffCostPerYear",
      mode === "addin"
        ? `=CX.STAFF_COST(${range(hours)},HourlyStaffCost,${range(surcharges)},StaffPerShift)*52`
        : `=(${hours.map((h, i) => `${h}*HourlyStaffCost*(1+${surcharges[i]})*StaffPerShift`).join("+")})*52`,
    );
  }

  // TEI years: benefits after ramp-up and risk, recurring costs after risk, discounted by NPV.
  sheet.put(A, sheet.next(1), text("years"), "heading");
  const yearsHeader = sheet.next();
  ["year", "months", "rampedMonths", "benefits", "costs"].forEach((key, column) =>
    sheet.put(column, yearsHeader, text(key), "tableHeader"),
  );
  const yearCount = Math.ceil(horizonMonths / 12);
  for (let year = 1; year <= yearCount; year++) {
    const row = sheet.next();
    const start = (year - 1) * 12;
    const end = Math.min(year * 12, horizonMonths);
    sheet.put(A, row, year, "calc", "0");
    sheet.put(B, row, end - start, "calc", "0");
    sheet.put(
      C,
      row,
      `=${rampedMonthsFormula("RampUpMonths", String(end))}-${rampedMonthsFormula("RampUpMonths", String(start))}`,
      "calc",
      "0.00",
    );
    sheet.put(D, row, `=YearlyBenefits*C${row}/12*(1-BenefitRisk)`, "calc", MONEY);
    sheet.put(E, row, `=${recurring}*B${row}/12*(1+CostRisk)`, "calc", MONEY);
  }
  const yearBenefits = `D${yearsHeader + 1}:D${yearsHeader + yearCount}`;
  const yearCosts = `E${yearsHeader + 1}:E${yearsHeader + yearCount}`;
  calc("presentBenefits", `=NPV(DiscountRate,${yearBenefits})`);
  calc("presentCosts", `=Investment*(1+CostRisk)+NPV(DiscountRate,${yearCosts})`);

  // The monthly cash-flow table sits below the results; its rows are known now.
  const resultIds = resultIdsOf(kind);
  const resultsHeading = sheet.row + 2;
  const tableHeader = resultsHeading + resultIds.length + 3;
  const firstMonthRow = tableHeader + 2; // month 1; month 0 is right under the header
  const lastRow = tableHeader + 1 + horizonMonths;
  const paybackRange = `F${tableHeader + 1}:F${lastRow}`;
  const notWithin = quoted(fill(text("notWithin"), { months: horizonMonths }));

  const resultCells: Record<string, string> = {};
  sheet.put(A, sheet.next(1), text("results"), "heading");
  const result = (id: string, formula: string, format: string) => {
    const row = sheet.next();
    sheet.put(A, row, text(id), "label");
    resultCells[id] = sheet.put(B, row, formula, "result", format);
  };
  result(
    "firstYearRoiArticle",
    roiFormula(mode, "BenefitsFirstYear", `OneOffCosts+${recurring}`),
    PERCENT,
  );
  result("firstYearRoi", roiFormula(mode, "BenefitsFirstYear", `Investment+${recurring}`), PERCENT);
  result("horizonRoi", roiFormula(mode, "BenefitsHorizon", "Investment+RecurringHorizon"), PERCENT);
  result(
    "discountedRoi",
    mode === "addin"
      ? `=CX.DISCOUNTED_ROI(${yearBenefits},${yearCosts},DiscountRate,Investment*(1+CostRisk))`
      : "=(PresentBenefits-PresentCosts)/PresentCosts",
    PERCENT,
  );
  result("netPresentValue", "=PresentBenefits-PresentCosts", MONEY);
  result(
    "paybackMonths",
    mode === "addin"
      ? `=IFNA(CX.PAYBACK_MONTHS(Investment,D${firstMonthRow}:D${lastRow},0),${notWithin})`
      : `=IF(COUNT(${paybackRange})=0,${notWithin},MIN(${paybackRange}))`,
    "0.0",
  );
  result("hiddenCosts", "=HiddenCosts", MONEY);
  result(
    "verdict",
    mode === "addin"
      ? "=CX.WORTH_IT(ContactsPerMonth,StandardQuestionShare,TeamOverloaded)"
      : verdictFormula(
          "ContactsPerMonth",
          "StandardQuestionShare",
          "TeamOverloaded",
          VERDICTS[lang],
        ),
    "@",
  );
  if (kind === "reachability") {
    result("staffCostPerYear", "=StaffCostPerYear", MONEY);
    result(
      "staffingRoi",
      roiFormula(mode, "BenefitsHorizon", "StaffCostPerYear*HorizonMonths/12"),
      PERCENT,
    );
    result(
      "cheaperRoute",
      `=IF(StaffCostPerYear*HorizonMonths/12<Investment+RecurringHorizon,${quoted(text("staffing"))},${quoted(text("automation"))})`,
      "@",
    );
  }

  // Monthly cash flow: month 0 pays the investment; the payback point marks where the running sum turns non-negative.
  sheet.put(A, tableHeader - 1, text("cashFlow"), "heading");
  const columns = ["month", "benefit", "cost", "net", "cumulative", "paybackPoint"].map(text);
  columns.forEach((label, column) => sheet.put(column, tableHeader, label, "tableHeader"));
  for (let month = 0; month <= horizonMonths; month++) {
    const row = tableHeader + 1 + month;
    sheet.put(A, row, month, undefined, "0");
    if (month === 0) {
      sheet.put(B, row, 0, undefined, MONEY);
      sheet.put(C, row, "=Investment", undefined, MONEY);
      sheet.put(E, row, `=D${row}`, undefined, MONEY);
      sheet.put(F, row, `=IF(E${row}>=0,0,"")`, undefined, "0.00");
    } else {
      sheet.put(
        B,
        row,
        `=MonthlyBenefit*IF(RampUpMonths<=0,1,MIN(1,A${row}/RampUpMonths))`,
        undefined,
        MONEY,
      );
      sheet.put(C, row, "=MonthlyCost", undefined, MONEY);
      sheet.put(E, row, `=E${row - 1}+D${row}`, undefined, MONEY);
      sheet.put(
        F,
        row,
        `=IF(AND(E${row - 1}<0,E${row}>=0),A${row}-1+(-E${row - 1})/D${row},"")`,
        undefined,
        "0.00",
      );
    }
    sheet.put(D, row, `=B${row}-C${row}`, undefined, MONEY);
  }
  resultCells.finalCumulative = `E${lastRow}`;
  for (const id of ["yearlyBenefits", "investment", "presentBenefits", "presentCosts"]) {
    const named = sheet.names.find((entry) => entry.name === nameOf(id));
    if (named) resultCells[id] = named.address;
  }

  return {
    kind,
    lang,
    mode,
    horizonMonths,
    sheetName: text(`sheet_${kind}`),
    columnWidths: [330, 95, 110, 95, 110, 95, 95, 95, 480],
    cells: sheet.cells,
    names: sheet.names,
    validations: sheet.validations,
    table: {
      name: kind === "digital" ? "CashFlowDigital" : "CashFlow247",
      range: `A${tableHeader}:F${lastRow}`,
      columns,
    },
    chart: {
      title: text("chartTitle"),
      categoriesRange: `A${tableHeader + 1}:A${lastRow}`,
      valuesRange: `E${tableHeader + 1}:E${lastRow}`,
      seriesName: text("cumulative"),
      anchor: `H${tableHeader}`,
      width: 520,
      height: 300,
    },
    resultCells,
    scenarioCell,
    freezeRows: 3,
  };
}
