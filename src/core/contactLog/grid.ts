/**
 * The week grid of a contact log: how many contacts fell in each hour of the week (article on
 * 24/7 reachability: start by analysing *when* customers make contact). What CX.CONTACT_GRID
 * spills and the pane's heat map shows.
 *
 * Decisions a user relies on:
 * - The grid has NO headers: 7 rows (Monday..Sunday) × 24 columns (hour 0..23) of counts only, so
 *   `=CX.AFTER_HOURS_SHARE(A1#)` reads the spill directly, and a spill never mixes text and
 *   numbers. Sheets label it with ordinary cells beside it.
 * - Header rule: when the first non-blank value is text that reads as no date or time at all
 *   (`Created at`, `aangemaakt_op`), it is the column's header: skipped, shown in `header`, not
 *   rejected. Any later unreadable value is rejected. The same rule for a range and a CSV column.
 * - Positions are 0-based within what was given: `row` is the range row or the CSV line (counting
 *   the header and blank lines), so the pane adds the range's first row or 1.
 */
import { DAYS_PER_WEEK, HOURS_PER_DAY } from "../afterHours";
import { invalid, isCalcError, type CalcError } from "../errors";
import {
  LEGAL_HOLIDAYS,
  SECONDS_PER_DAY,
  civilDate,
  holidayLookup,
  pad2,
  weekday,
  type HolidayRules,
} from "../holidays";
import {
  timestampReader,
  type RejectReason,
  type TimestampOptions,
  type TimestampReading,
} from "./timestamps";

/** How many rejected values are kept for the pane to list; all are counted. */
export const MAX_REJECTS_KEPT = 100;
/** Rejected text is cut to this length, so a pasted novel cannot bloat a result. */
const MAX_RAW_LENGTH = 80;

export interface RejectedValue {
  /** 0-based row of the range, or line of the CSV text. */
  readonly row: number;
  /** 0-based column of the range (0 for a CSV column). */
  readonly column: number;
  /** The value as text, cut to 80 characters; TRUE/FALSE for logicals. */
  readonly raw: string;
  readonly reason: RejectReason;
}

export interface ContactGridOptions extends TimestampOptions {
  /**
   * Count contacts on Dutch public holidays apart (`onHolidays`), outside the grid: a service
   * closed on holidays misses them whatever the hour. Default false: they stay in the grid.
   */
  readonly holidaysApart?: boolean;
  /** Which days are holidays when counted apart; default the law's list (LEGAL_HOLIDAYS). */
  readonly holidayRules?: HolidayRules;
}

export interface ContactGrid {
  /** counts[day][hour]: day 0 = Monday … 6 = Sunday, hour 0..23 on the wall clock. */
  readonly counts: readonly (readonly number[])[];
  /** Timestamps read: the grid's total plus `onHolidays`. */
  readonly used: number;
  /** Contacts on public holidays when counted apart; otherwise 0. */
  readonly onHolidays: number;
  /** Values that are not blank and could not be read (all of them, not only those kept). */
  readonly rejected: number;
  /** The first 100 rejected values, in input order. */
  readonly rejectedRows: readonly RejectedValue[];
  /** The first value, when it was taken as the column's header. */
  readonly header: string | null;
  /** Earliest and latest wall-clock moment read, ISO text ("2026-03-14T21:07:05"). */
  readonly first: string;
  readonly last: string;
}

/** Calls `visit` for every cell of a scalar, a list or a (ragged) 2-D array, with its position. */
function forEachCell(
  values: unknown,
  visit: (value: unknown, row: number, column: number) => void,
): void {
  if (!Array.isArray(values)) {
    visit(values, 0, 0);
    return;
  }
  const rows: readonly unknown[] = values;
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) {
      visit(row, r, 0);
      return;
    }
    const cells: readonly unknown[] = row;
    cells.forEach((cell, c) => visit(cell, r, c));
  });
}

function rawText(raw: unknown): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return String(raw);
  if (typeof raw !== "string") return `(${typeof raw})`;
  return raw.length > MAX_RAW_LENGTH ? `${raw.slice(0, MAX_RAW_LENGTH)}…` : raw;
}

/** Wall-clock seconds as ISO text without zone: "2026-03-14T21:07:05". */
export function wallClockText(wall: number): string {
  const days = Math.floor(wall / SECONDS_PER_DAY);
  const { year, month, day } = civilDate(days);
  const time = wall - days * SECONDS_PER_DAY;
  const clock = [Math.floor(time / 3_600), Math.floor((time % 3_600) / 60), time % 60];
  return `${year}-${pad2(month)}-${pad2(day)}T${clock.map(pad2).join(":")}`;
}

/**
 * Counts a contact log into the week grid (Monday..Sunday × hour 0..23, wall clock).
 *
 * counts[d][h] = number of readable timestamps whose wall-clock weekday is d and hour is h
 * (minus those on holidays when counted apart); blanks skipped; every other value rejected and
 * reported. `#VALUE!` when the zone is unknown or nothing is readable. Never throws.
 *
 * @example contactGrid([["Created at"], [46095.88], ["2026-03-14T20:07:00Z"], ["n/a"]])
 *   → counts[5][21] = 2 (Saturday 14 March 2026 21:07, once as a serial, once as an instant in
 *   Amsterdam winter time), used 2, rejected 1 ("n/a", row 3), header "Created at"
 */
export function contactGrid(
  values: unknown,
  options: ContactGridOptions = {},
): ContactGrid | CalcError {
  const read = timestampReader(options);
  if (isCalcError(read)) return read;
  const isHoliday = options.holidaysApart
    ? holidayLookup(options.holidayRules ?? LEGAL_HOLIDAYS)
    : null;
  const tally = newTally();
  forEachCell(values, (value, row, column) =>
    tallyCell(tally, read(value), { value, row, column }, isHoliday),
  );
  const { counts, used, onHolidays, rejected, rejectedRows, header, first, last } = tally;
  if (used === 0) return invalid("timestamps", "noTimestamps");
  return {
    counts,
    used,
    onHolidays,
    rejected,
    rejectedRows,
    header,
    first: wallClockText(first),
    last: wallClockText(last),
  };
}

/** What contactGrid counts while it reads the cells. */
interface Tally {
  readonly counts: number[][];
  readonly rejectedRows: RejectedValue[];
  used: number;
  onHolidays: number;
  rejected: number;
  header: string | null;
  seenValue: boolean;
  first: number;
  last: number;
}

function newTally(): Tally {
  return {
    counts: Array.from({ length: DAYS_PER_WEEK }, () => new Array<number>(HOURS_PER_DAY).fill(0)),
    rejectedRows: [],
    used: 0,
    onHolidays: 0,
    rejected: 0,
    header: null,
    seenValue: false,
    first: Infinity,
    last: -Infinity,
  };
}

/**
 * One cell: blank cells are skipped, a first unreadable text is the header, other unreadable values
 * are rejected (the first MAX_REJECTS_KEPT kept with their place), public holidays are counted
 * apart when asked, and every other instant adds one to its weekday and hour.
 */
function tallyCell(
  t: Tally,
  reading: TimestampReading,
  cell: { readonly value: unknown; readonly row: number; readonly column: number },
  isHoliday: ((days: number) => boolean) | null,
): void {
  if (reading === "blank") return;
  const isFirst = !t.seenValue;
  t.seenValue = true;
  if (typeof reading !== "number") {
    if (isFirst && reading === "unreadable" && typeof cell.value === "string") {
      t.header = rawText(cell.value.trim());
      return;
    }
    t.rejected += 1;
    if (t.rejectedRows.length < MAX_REJECTS_KEPT) {
      t.rejectedRows.push({
        row: cell.row,
        column: cell.column,
        raw: rawText(cell.value),
        reason: reading,
      });
    }
    return;
  }
  t.used += 1;
  if (reading < t.first) t.first = reading;
  if (reading > t.last) t.last = reading;
  const days = Math.floor(reading / SECONDS_PER_DAY);
  if (isHoliday?.(days)) {
    t.onHolidays += 1;
    return;
  }
  const hour = Math.floor((reading - days * SECONDS_PER_DAY) / 3_600);
  const dayRow = t.counts[weekday(days)];
  if (dayRow) dayRow[hour] = (dayRow[hour] ?? 0) + 1;
}

/**
 * A pasted CSV column as the rows `contactGrid` reads: one value per line, surrounding spaces and
 * one pair of double quotes removed (`""` inside becomes `"`), a leading byte-order mark dropped.
 * One column only: a line holding a separator is one (unreadable) value.
 *
 * @example csvColumn('created_at\r\n"2026-03-14T21:07:00+01:00"\n') → [["created_at"],
 *   ["2026-03-14T21:07:00+01:00"], [""]]
 */
export function csvColumn(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .map((line) => {
      const trimmed = line.trim();
      const quoted = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"');
      return [quoted ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed];
    });
}

/**
 * The grid as the rows CX.CONTACT_GRID spills: 7 rows × 24 columns of counts, no headers.
 *
 * @example gridRows(grid)[0][9] → contacts on Mondays from 09:00 to 10:00
 */
export function gridRows(grid: ContactGrid): number[][] {
  return grid.counts.map((row) => [...row]);
}
