/**
 * What the pane shows about a contact log, as plain data (no DOM): the share outside opening
 * hours, the busiest closed hours, and a colour level per cell for the heat map.
 */
import { afterHoursShare, isOpen, type OpeningHours } from "../afterHours";
import { type Cells } from "../args";
import { isCalcError, type CalcError } from "../errors";
import { contactGrid, type ContactGrid, type ContactGridOptions } from "./grid";

/** The grid as the block CX.AFTER_HOURS_SHARE reads (7 rows × 24 columns). */
export function gridCells(grid: ContactGrid): Cells {
  return {
    rows: grid.counts.length,
    columns: grid.counts[0]?.length ?? 0,
    values: grid.counts.flat(),
  };
}

/**
 * Share of the log's contacts that fall outside opening hours: CX.AFTER_HOURS_SHARE of the grid.
 *
 * share = (outside in grid + onHolidays) / used: contacts counted apart on public holidays are
 * outside opening hours (the service is taken to be closed on holidays).
 *
 * @example a grid with 30 contacts at Monday 10:00, 10 at Saturday 10:00 and none apart → 0.25
 *   (open 9–17, 5 days); the same with 10 more on King's Day counted apart → 20 / 50 = 0.4
 */
export function outsideHoursShare(grid: ContactGrid, hours: OpeningHours): number | CalcError {
  const share = afterHoursShare(gridCells(grid), hours);
  if (grid.onHolidays === 0) return share;
  const inGrid = grid.used - grid.onHolidays;
  // Every contact fell on a holiday: the grid is empty (#DIV/0!), all of them were outside.
  if (isCalcError(share)) return share.code === "#DIV/0!" && inGrid === 0 ? 1 : share;
  return (share * inGrid + grid.onHolidays) / grid.used;
}

export interface BusySlot {
  /** 0 = Monday … 6 = Sunday. */
  readonly day: number;
  /** 0..23: the hour from hour:00 to hour+1:00. */
  readonly hour: number;
  readonly contacts: number;
  /** contacts / all contacts read (grid and holidays). */
  readonly share: number;
}

/**
 * The busiest hours of the week outside opening hours: where evening or weekend cover would catch
 * the most contacts first (the article advises phasing in evenings or weekends).
 *
 * Cells outside opening hours with at least one contact, by count (highest first; ties by day,
 * then hour), the first `top`.
 *
 * @example Saturday 10:00 with 10 of 40 contacts, open Mon–Fri 9–17 →
 *   [{ day: 5, hour: 10, contacts: 10, share: 0.25 }]
 */
export function busiestOutsideSlots(grid: ContactGrid, hours: OpeningHours, top = 5): BusySlot[] {
  const slots: BusySlot[] = [];
  grid.counts.forEach((row, day) =>
    row.forEach((contacts, hour) => {
      if (contacts > 0 && !isOpen(day, hour, hours)) {
        slots.push({ day, hour, contacts, share: contacts / grid.used });
      }
    }),
  );
  slots.sort((a, b) => b.contacts - a.contacts || a.day - b.day || a.hour - b.hour);
  return slots.slice(0, Math.max(0, Math.floor(top)));
}

export interface HeatLevel {
  readonly level: number;
  /** Smallest and largest count shown in this colour (inclusive). */
  readonly from: number;
  readonly to: number;
}

export interface HeatMap {
  /** level[day][hour]: 0 for no contacts, 1..levels−1 by count relative to the busiest hour. */
  readonly level: readonly (readonly number[])[];
  /** The legend: each level's range of counts, levels that no count can reach left out. */
  readonly legend: readonly HeatLevel[];
  readonly max: number;
}

/**
 * A colour level per cell for the heat map, with a legend of plain count ranges.
 *
 * With L = levels − 1 colours for non-zero counts and the busiest hour's count max:
 * level = 0 when count = 0, else the smallest b with count ≤ ⌊b × max / L⌋ (= ⌈count × L / max⌉).
 * Linear in the count, so the legend reads "1–20, 21–40 …" and an empty hour stays its own
 * colour; quantiles would hide how much busier the peak is. `levels` is clamped to 2..12.
 *
 * @example max 100, levels 6 → 0 | 1–20 | 21–40 | 41–60 | 61–80 | 81–100; a count of 20 is level 1
 */
export function heatMap(grid: ContactGrid, levels = 6): HeatMap {
  const colours = Math.min(11, Math.max(1, Math.round(Number.isFinite(levels) ? levels : 6) - 1));
  const max = Math.max(0, ...grid.counts.flat());
  const upper = Array.from({ length: colours }, (_, b) => Math.floor(((b + 1) * max) / colours));
  const legend: HeatLevel[] = [{ level: 0, from: 0, to: 0 }];
  upper.forEach((to, b) => {
    const from = b === 0 ? 1 : (upper[b - 1] ?? 0) + 1;
    if (from <= to) legend.push({ level: b + 1, from, to });
  });
  const levelOf = (count: number) => (count <= 0 ? 0 : upper.findIndex((to) => count <= to) + 1);
  return { level: grid.counts.map((row) => row.map(levelOf)), legend, max };
}

export interface ContactLogAnalysis {
  readonly grid: ContactGrid;
  readonly share: number | CalcError;
  readonly busiest: readonly BusySlot[];
  readonly heat: HeatMap;
}

/**
 * Everything the pane shows for one contact log and one set of opening hours, in one call.
 *
 * contactGrid, then outsideHoursShare, busiestOutsideSlots (top 5) and heatMap (6 levels) of it.
 *
 * @example analyseContactLog([[46095.88], [46097.4]], { openFrom: 9, openUntil: 17, openDays: 5 })
 *   → share 0.5 (Saturday 14 March 2026 21:07 is outside, Monday 16 March 09:36 inside),
 *   busiest [{ day: 5, hour: 21, contacts: 1, share: 0.5 }]
 */
export function analyseContactLog(
  values: unknown,
  hours: OpeningHours,
  options: ContactGridOptions & { readonly top?: number; readonly levels?: number } = {},
): ContactLogAnalysis | CalcError {
  const grid = contactGrid(values, options);
  if (isCalcError(grid)) return grid;
  return {
    grid,
    share: outsideHoursShare(grid, hours),
    busiest: busiestOutsideSlots(grid, hours, options.top),
    heat: heatMap(grid, options.levels),
  };
}
