/**
 * Civil dates as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar): one
 * integer per date, so holidays and contact timestamps compare with `===` and weekdays are a
 * modulo. No `Date` objects: they carry a time zone, and these are wall-clock dates.
 */

export interface CivilDate {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
}

export const SECONDS_PER_DAY = 86_400;

/**
 * The day number of a Gregorian date.
 *
 * Howard Hinnant's `days_from_civil`: count from 0000-03-01 in 400-year eras of 146,097 days,
 * with March as the first month so the leap day falls at the end of the counting year.
 *
 * @example dayNumber(2026, 3, 29) → 20541 (1970-01-01 is 0)
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The Gregorian date of a day number (the inverse of `dayNumber`, Hinnant's `civil_from_days`).
 *
 * @example civilDate(20541) → { year: 2026, month: 3, day: 29 }
 */
export function civilDate(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Day of the week, 0 = Monday … 6 = Sunday (the week grid's row order).
 *
 * weekday = (days + 3) mod 7, because 1970-01-01 (day 0) was a Thursday.
 *
 * @example weekday(20541) → 6 (Sunday 2026-03-29)
 */
export function weekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/**
 * Days in a month of the Gregorian calendar (leap years: divisible by 4, not by 100 unless by 400).
 *
 * @example daysInMonth(2028, 2) → 29; daysInMonth(2100, 2) → 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A day number as ISO 8601 date text, the form the pane and sources show.
 *
 * @example isoDate(20541) → "2026-03-29"
 */
export function isoDate(days: number): string {
  const { year, month, day } = civilDate(days);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * Easter Sunday (Western churches) of a Gregorian year.
 *
 * The anonymous Gregorian algorithm (Meeus/Jones/Butcher, in Meeus, "Astronomical Algorithms",
 * ch. 8): the Paschal full moon from the Metonic cycle (a) with the century corrections for the
 * solar (b, d, e) and lunar (f, g) equations, then the Sunday after it (l).
 *
 * @example easterSunday(2026) → { year: 2026, month: 4, day: 5 }
 */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}
