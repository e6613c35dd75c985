/**
 * The calculation block: every line of core/model/lines.ts once per scenario column (D–G), each
 * column on its own scenario's inputs, and column B the line in use, picked by the dropdown.
 */
import { INPUT_RULES, type InputId } from "../../core";
import { CALC_LABELS } from "../../i18n/calc";
import { SCENARIOS } from "../../core";
import { calcIdsOf, type SheetPlan } from "../plan";
import { COLUMN, SCENARIO_COLUMNS, nameOf, type TemplateContext } from "../context";
import { calcLine, type Ref } from "../calc";
import { address, columnLetter } from "../layout";

/** Row of an input or a calculation line. */
export function rowOf(plan: SheetPlan, id: string): number {
  const calc = plan.calc.rows.get(id);
  if (calc !== undefined) return calc;
  const input = plan.inputs.rows.find((row) => row.def.id === id);
  if (input === undefined) throw new Error(`no input or line ${id}`);
  return input.row;
}

/** References into one scenario column. */
export function columnRef(plan: SheetPlan, column: number): Ref {
  return (id) => address(column, rowOf(plan, id));
}

/** References to the figures in use: their sheet-scoped names. */
export const inUseRef: Ref = (id) => nameOf(id);

export function isInput(id: string): id is InputId {
  return id in INPUT_RULES;
}

export function calculationBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, lang, kind } = ctx;
  const header = plan.calc.header;
  sheet.put(COLUMN.label, header - 1, ctx.text("calculation"), "heading");
  sheet.put(COLUMN.label, header, ctx.text("line"), "tableHeader");
  sheet.put(COLUMN.inUse, header, ctx.text("inUse"), "tableHeader");
  SCENARIOS.forEach((scenario, i) =>
    sheet.put(SCENARIO_COLUMNS[i] ?? 0, header, ctx.text(scenario), "tableHeader"),
  );
  const first = columnLetter(SCENARIO_COLUMNS[0]);
  const last = columnLetter(SCENARIO_COLUMNS[3]);
  for (const id of calcIdsOf(kind)) {
    const row = rowOf(plan, id);
    sheet.put(COLUMN.label, row, CALC_LABELS[lang][id] ?? id, "label");
    let format = "";
    for (const column of SCENARIO_COLUMNS) {
      const line = calcLine(kind, id, columnRef(plan, column));
      format = line.format;
      sheet.put(column, row, line.formula, "calc", format);
    }
    const inUse = sheet.put(
      COLUMN.inUse,
      row,
      `=INDEX($${first}${row}:$${last}${row},1,ScenarioIndex)`,
      "calc",
      format,
    );
    sheet.name(nameOf(id), inUse, CALC_LABELS.en[id] ?? id);
  }
}
