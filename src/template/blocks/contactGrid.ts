/**
 * 24/7, when the user brought a contact log (the pane's "Use my contact log", or CX.CONTACT_GRID):
 * the week's contacts by day and hour, and the after-hours share computed from it live — the
 * article tells the reader to start from when customers really make contact. The grid's cells stay
 * editable (a later week can be pasted over it) and every figure follows.
 */
import { cx } from "../calls";
import type { TemplateContext } from "../context";
import { absolute } from "../layout";
import type { InputId } from "../../core";
import { rowOf, type SheetPlan } from "../plan";

const FIRST_HOUR_COLUMN = 1;

/** The grid's range, A1 absolute: Monday..Sunday × hour 0..23. */
export function gridRange(plan: SheetPlan): string | null {
  if (plan.grid === null) return null;
  const first = plan.grid.header + 1;
  return `${absolute(FIRST_HOUR_COLUMN, first)}:${absolute(FIRST_HOUR_COLUMN + 23, first + 6)}`;
}

/** The after-hours share of the user's figures, from the grid and their opening hours (column D). */
export function shareFromGrid(plan: SheetPlan): string | null {
  const range = gridRange(plan);
  if (range === null) return null;
  const yours = (id: InputId) => absolute(3, rowOf(plan, id));
  return `=${cx("AFTER_HOURS_SHARE", [range, yours("openFrom"), yours("openUntil"), yours("openDays")])}`;
}

export function contactGridBlock(
  ctx: TemplateContext,
  plan: SheetPlan,
  grid: readonly (readonly number[])[],
): void {
  if (plan.grid === null) return;
  const { sheet } = ctx;
  const header = plan.grid.header;
  sheet.put(0, header - 1, ctx.text("contactGrid"), "heading");
  sheet.put(0, header, ctx.text("dayHour"), "tableHeader");
  for (let hour = 0; hour < 24; hour++)
    sheet.put(FIRST_HOUR_COLUMN + hour, header, hour, "tableHeader", "0");
  const days = ctx.text("weekdays").split(",");
  grid.forEach((counts, day) => {
    const row = header + 1 + day;
    sheet.put(0, row, days[day] ?? String(day + 1), "label");
    counts.forEach((count, hour) => sheet.put(FIRST_HOUR_COLUMN + hour, row, count, "input", "0"));
  });
  const range = gridRange(plan);
  if (range !== null) ctx.editable.push(range.replace(/\$/g, ""));
}
