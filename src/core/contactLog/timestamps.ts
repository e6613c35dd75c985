/**
 * One contact timestamp, as Excel or a CSV export hands it over, read to wall-clock seconds (see
 * timeZone.ts) or to the reason it cannot be read. Four forms are accepted:
 * - an Excel date-time serial (1900 date system): days since 1899-12-30, the fraction the time of
 *   day. It is already a wall clock, so no zone is applied;
 * - ISO 8601 text with `Z` or an offset (`2026-03-14T21:07:00+01:00`): an instant, converted to
 *   the wall clock of the chosen IANA zone, daylight saving included;
 * - ISO 8601 text without offset (`2026-03-14 21:07`): already the wall clock, taken as written;
 * - Dutch date text (`14-03-2026 21:07`, `14-3-2026 21:07:05`, day first), only when asked for.
 * Text holding a plain number (`46095.88`) is read as a serial: CSV exports of serials exist.
 * Wall-clock values are counted as written even in the hour a clock skips or repeats at a
 * daylight-saving change: a log that says 02:30 on 29 March is counted at 02:00–03:00.
 */
import { invalid, type CalcError } from "../errors";
import { dayNumber, daysInMonth, SECONDS_PER_DAY } from "../holidays";
import { DEFAULT_TIME_ZONE, zoneClock } from "./timeZone";

/** Why a value is not counted; the pane shows it beside the row. */
export type RejectReason =
  /** Not a date and time in any accepted form (junk text, TRUE/FALSE, an object). */
  | "unreadable"
  /** The shape of a date and time, but no such moment: 31-02, month 13, 24:00, offset +25:00. */
  | "impossible"
  /** A number, or a date, outside Excel's dates from 1900-03-01 to 9999-12-31. */
  | "outOfRange"
  /** A date without a time of day: it has no hour to count in. */
  | "dateOnly"
  /** Day-first text (14-03-2026 21:07) while Dutch dates are off. */
  | "dutchDate";

/** Wall-clock seconds, `"blank"` (skipped, not rejected), or why the value is rejected. */
export type TimestampReading = number | "blank" | RejectReason;

export interface TimestampOptions {
  /** IANA zone that instants are shown in; default Europe/Amsterdam. */
  readonly timeZone?: string;
  /** Read day-first text (dd-mm-yyyy, Dutch Excel's format); default false. */
  readonly dutchDates?: boolean;
}

/** Serial of 1970-01-01, the wall clock's zero. */
const SERIAL_1970 = 25_569;
/**
 * 1900-03-01. Excel's 1900 system counts a 29 February 1900 that never was (kept from Lotus 1-2-3),
 * so serials 1..60 do not count days from 1899-12-30; below 1 a number is a time without a date.
 */
export const FIRST_SERIAL = 61;
/** 10000-01-01, one past Excel's last date, 9999-12-31. */
export const END_SERIAL = 2_958_466;
const FIRST_WALL = (FIRST_SERIAL - SERIAL_1970) * SECONDS_PER_DAY;
const END_WALL = (END_SERIAL - SERIAL_1970) * SECONDS_PER_DAY;
/** Real offsets run from −12:00 to +14:00; ISO 8601 software commonly allows up to ±18:00. */
const MAX_OFFSET_HOURS = 18;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
const DAY_FIRST = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

function inRange(wall: number): number | "outOfRange" {
  return wall >= FIRST_WALL && wall < END_WALL ? wall : "outOfRange";
}

/** A serial to wall-clock seconds, rounded to the second: 21:00 may arrive as 20:59:59.99999. */
function fromSerial(serial: number): TimestampReading {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= END_SERIAL) {
    return "outOfRange";
  }
  return inRange(Math.round(serial * SECONDS_PER_DAY) - SERIAL_1970 * SECONDS_PER_DAY);
}

/** Validated fields to wall-clock seconds; fractions of a second are dropped (still that second). */
function fromFields(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): TimestampReading {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "impossible";
  if (hour > 23 || minute > 59 || second > 59) return "impossible";
  const days = dayNumber(year, month, day);
  return inRange(days * SECONDS_PER_DAY + hour * 3_600 + minute * 60 + second);
}

/** An offset's sign, hours and minutes (`+02:00`, `+0200`, `+02`) to seconds east of UTC; NaN when impossible. */
function offsetSeconds(sign: string, hoursText: string, minutesText: string | undefined): number {
  const hours = Number(hoursText);
  const minutes = minutesText === undefined ? 0 : Number(minutesText);
  if (hours > MAX_OFFSET_HOURS || minutes > 59) return NaN;
  return (sign === "-" ? -1 : 1) * (hours * 3_600 + minutes * 60);
}

/**
 * A reader for one cell or CSV value, or `#VALUE!` when the zone is not a valid IANA name.
 *
 * serial s → wall = round(s × 86,400) − 25,569 × 86,400 (seconds from 1970-01-01 on the same
 * clock); ISO with offset → instant = wall as written − offset, then the zone's wall clock.
 *
 * @example timestampReader({}) read "2026-10-25T01:30:00Z" → 02:30 on 25 October (winter time
 *   has begun; the same 02:30 at 00:30Z was still summer time), i.e. 1792895400
 */
export function timestampReader(
  options: TimestampOptions = {},
): ((raw: unknown) => TimestampReading) | CalcError {
  const clock = zoneClock(options.timeZone ?? DEFAULT_TIME_ZONE);
  if (clock === null) return invalid("time_zone", "timeZone");
  const dutchDates = options.dutchDates ?? false;

  const fromIso = (match: RegExpExecArray): TimestampReading => {
    const [, year, month, day, hour, minute, second, zulu, sign, offsetHours, offsetMinutes] =
      match;
    if (hour === undefined || minute === undefined) return "dateOnly";
    const wall = fromFields(
      Number(year),
      Number(month),
      Number(day),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    );
    if (typeof wall !== "number") return wall;
    if (zulu !== undefined) return inRange(clock.wallSeconds(wall));
    if (sign === undefined || offsetHours === undefined) return wall;
    const east = offsetSeconds(sign, offsetHours, offsetMinutes);
    if (Number.isNaN(east)) return "impossible";
    return inRange(clock.wallSeconds(wall - east));
  };

  const fromDayFirst = (match: RegExpExecArray): TimestampReading => {
    if (!dutchDates) return "dutchDate";
    const [, day, , month, year, hour, minute, second] = match;
    if (hour === undefined || minute === undefined) return "dateOnly";
    return fromFields(
      Number(year),
      Number(month),
      Number(day),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    );
  };

  return (raw) => {
    if (raw === null || raw === undefined) return "blank";
    if (typeof raw === "number") return fromSerial(raw);
    if (typeof raw !== "string") return "unreadable";
    const text = raw.trim();
    if (text === "") return "blank";
    const iso = ISO.exec(text);
    if (iso) return fromIso(iso);
    const dayFirst = DAY_FIRST.exec(text);
    if (dayFirst) return fromDayFirst(dayFirst);
    if (PLAIN_NUMBER.test(text)) return fromSerial(Number(text));
    return "unreadable";
  };
}
