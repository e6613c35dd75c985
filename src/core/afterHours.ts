/** When do customers make contact? The share outside opening hours (article 002: analyse hours and days). */
import { calcError, invalid, isCalcError, type CalcError } from "./errors";
import { finiteOrError } from "./numbers";
import type { Cells } from "./args";

export const DAYS_PER_WEEK = 7;
export const HOURS_PER_DAY = 24;

export interface OpeningHours {
  /** First open hour, 0..23 (9 means from 09:00). */
  readonly openFrom: number;
  /** First closed hour after opening, 1..24 (17 means until 17:00). */
  readonly openUntil: number;
  /** Open days counted from Monday: 5 is Monday to Friday. */
  readonly openDays: number;
}

/** Whether hour `hour` (0..23) of day `day` (0 = Monday) falls inside opening hours. */
export function isOpen(day: number, hour: number, hours: OpeningHours): boolean {
  return day < hours.openDays && hour >= hours.openFrom && hour < hours.openUntil;
}

/**
 * Share of contacts that fall outside opening hours.
 *
 * share = Σ contacts outside opening hours / Σ all contacts, from a week's 7 × 24 grid
 * (Monday..Sunday × hour 0..23) or its 24 × 7 transpose.
 *
 * @example a grid with 30 contacts at Monday 10:00 and 10 at Saturday 10:00 → 0.25 (9–17, 5 days)
 */
export function afterHoursShare(contactsByHour: Cells, hours: OpeningHours): number | CalcError {
  if (hours.openFrom >= hours.openUntil) {
    return invalid("open_from", "openBeforeClose", { other: "open_until" });
  }
  const byDayRows =
    contactsByHour.rows === DAYS_PER_WEEK && contactsByHour.columns === HOURS_PER_DAY;
  const byHourRows =
    contactsByHour.rows === HOURS_PER_DAY && contactsByHour.columns === DAYS_PER_WEEK;
  if (!byDayRows && !byHourRows) return invalid("contacts_by_hour", "grid7x24");
  let total = 0;
  let outside = 0;
  contactsByHour.values.forEach((value, i) => {
    const row = Math.floor(i / contactsByHour.columns);
    const column = i % contactsByHour.columns;
    const [day, hour] = byDayRows ? [row, column] : [column, row];
    const contacts = value ?? 0;
    total += contacts;
    if (!isOpen(day, hour, hours)) outside += contacts;
  });
  const checked = finiteOrError(total);
  if (isCalcError(checked)) return checked;
  if (total === 0) return calcError("#DIV/0!", "sumsToZero", { param: "contacts_by_hour" });
  return outside / total;
}
