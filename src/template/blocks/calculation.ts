/**
 * The calculation block: every line of lines/calc.ts once per scenario column (D–G), each column
 * on its own scenario's inputs, and column B the line in use, picked by the dropdown.
 */
import { SCENARIOS } from "../../core";
import { CALC_LABELS } from "../../i18n/calc";
import { COLUMN, SCENARIO_COLUMNS, type TemplateContext } from "../context";
import { address, columnLetter } from "../layout";
import { CALC_LINES, SCENARIO_INDEXES, calcIdsOf, type Ref } from "../lines";
import { rowOf, type SheetPlan } from "../plan";

/** References into one scenario column. */
export function columnRef(plan: SheetPlan, column: number): Ref {
  return (id) => address(column, rowOf(plan, id));
}

export function calculationBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, lang, kind } = ctx;
  const header = plan.calc.header;
  sheet.put(COLUMN.label, header - 1, ctx.text("calculation"), "heading");
  sheet.put(COLUMN.label, header, ctx.text("line"), "tableHeader");
  sheet.put(COLUMN.inUse, header, ctx.text("inUse"), "tableHeader");
  for (const s of SCENARIO_INDEXES)
    sheet.put(SCENARIO_COLUMNS[s], header, ctx.text(SCENARIOS[s]), "tableHeader");
  const first = columnLetter(SCENARIO_COLUMNS[0]);
  const last = columnLetter(SCENARIO_COLUMNS[3]);
  for (const id of calcIdsOf(kind)) {
    const row = rowOf(plan, id);
    const { format, formula } = CALC_LINES[id];
    sheet.put(COLUMN.label, row, CALC_LABELS[lang][id], "label");
    for (const column of SCENARIO_COLUMNS)
      sheet.put(column, row, formula(columnRef(plan, column), kind === "digital"), "calc", format);
    const inUse = sheet.put(
      COLUMN.inUse,
      row,
      `=INDEX($${first}${row}:$${last}${row},1,${ctx.ref("scenarioIndex")})`,
      "calc",
      format,
    );
    ctx.define(id, inUse, CALC_LABELS.en[id]);
  }
}
