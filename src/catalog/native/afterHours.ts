/**
 * The native Excel form of `CX.AFTER_HOURS_SHARE(contacts_by_hour, [open_from=9], [open_until=17],
 * [open_days=5])`: the core's `afterHoursShare` (src/core/afterHours.ts) as one cell's formula.
 * A week's grid is 7 × 24 (Monday..Sunday × hour 0..23) or its 24 × 7 transpose.
 *
 * share = Σ contacts outside opening hours / Σ contacts; a cell (day, hour) is open when
 * day < open_days and open_from ≤ hour < open_until. #DIV/0! when every cell is 0 or blank.
 */
import { DEFAULTS } from "../../core/defaults";
import type { CallArg, NativeForm } from "../../excel/nativeForm";
import {
  MAX_FORMULA_LENGTH,
  isGiven,
  keepValueOn,
  literal,
  literalRange,
  sequence,
  value,
} from "./args";

const DAYS = 7;
const HOURS = 24;

/**
 * Contacts outside opening hours when days run down the rows (`daysDown`) or across the columns:
 * SUMPRODUCT(grid × (1 − (day < D)(hour ≥ F)(hour < U))), with day and hour as array constants
 * {0;…;6} and {0,…,23} (or transposed) that Excel, LibreOffice and HyperFormula broadcast against
 * the grid. The outside contacts are summed themselves (not total − inside), as the core does,
 * so a small share keeps its digits.
 */
function outside(grid: string, daysDown: boolean, from: string, until: string, days: string) {
  const day = sequence(0, DAYS - 1, daysDown ? "column" : "row");
  const hour = sequence(0, HOURS - 1, daysDown ? "row" : "column");
  return `SUMPRODUCT(${grid}*(1-(${day}<${days})*(${hour}>=${from})*(${hour}<${until})))`;
}

/**
 * `CX.AFTER_HOURS_SHARE` as native Excel; null (keep the value) when the grid is not a reference,
 * a literal range is not 7 × 24 or 24 × 7 (the add-in shows #VALUE!), or an hour argument is a range.
 *
 * IF(week, IF(ROWS(grid)=7, outside(days down), outside(days across)) / SUM(grid), #VALUE!)
 *
 * `week` checks the grid is 7 × 24 or 24 × 7 when the cell calculates, for a name and for a
 * literal range alike: a row inserted into the grid later makes it 8 × 24, and LibreOffice then
 * multiplies arrays of unequal sizes over their common part and shows a number (Excel pads with
 * #N/A), where the add-in shows #VALUE!.
 *
 * The add-in answers #VALUE! when open_from ≥ open_until. The native form does the same, so that a
 * reversed window ("17 to 9", meant as overnight) never reads as 100% out of hours: decided when
 * the formula is built for typed hours (then no native form: the cell keeps its #VALUE!), by
 * IF(from>=until,#VALUE!,…) in the formula when an hour comes from a cell. The other argument
 * rules (whole hours 0..24, days 0..7, no negative counts) are not repeated, as for every native
 * form: outside them the formula still computes the natural extension (open_days 9 = every day).
 *
 * @example nativeAfterHours([{ text: "B2:Y8", kind: "reference", scalar: false }])
 *   // IF(OR(AND(ROWS(B2:Y8)=7,…)),IF(ROWS(B2:Y8)=7,SUMPRODUCT(B2:Y8*(1-({0;…;6}<5)*…)),…)/SUM(B2:Y8),#VALUE!)
 */
export function nativeAfterHours(args: readonly CallArg[]): NativeForm | null {
  const [gridArg, fromArg, untilArg, daysArg, ...extra] = args;
  if (extra.length > 0 || !isGiven(gridArg) || gridArg.kind !== "reference") return null;
  const grid = gridArg.text;
  const shape = literalRange(grid);
  const isWeek = (rows: number, columns: number) =>
    (rows === DAYS && columns === HOURS) || (rows === HOURS && columns === DAYS);
  if (shape !== null && !isWeek(shape.rows, shape.columns)) return null;
  return keepValueOn(() => {
    const [from, until, days] = [
      value(fromArg, DEFAULTS.openFrom.value),
      value(untilArg, DEFAULTS.openUntil.value),
      value(daysArg, DEFAULTS.openDays.value),
    ];
    const typedFrom = literal(fromArg, DEFAULTS.openFrom.value);
    const typedUntil = literal(untilArg, DEFAULTS.openUntil.value);
    if (typedFrom !== undefined && typedUntil !== undefined && typedFrom >= typedUntil) return null;

    const [rows, columns] = [`ROWS(${grid})`, `COLUMNS(${grid})`];
    const week = `OR(AND(${rows}=${DAYS},${columns}=${HOURS}),AND(${rows}=${HOURS},${columns}=${DAYS}))`;
    const share =
      `IF(${rows}=${DAYS},${outside(grid, true, from, until, days)},` +
      `${outside(grid, false, from, until, days)})/SUM(${grid})`;
    let text = `IF(${week},${share},#VALUE!)`;
    if (typedFrom === undefined || typedUntil === undefined)
      text = `IF(${from}>=${until},#VALUE!,${text})`;
    return text.length < MAX_FORMULA_LENGTH ? { text, atomic: true } : null;
  });
}
