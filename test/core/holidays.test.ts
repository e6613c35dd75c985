/**
 * Dutch public holidays and the calendar arithmetic under them, against published dates:
 * - Easter, Ascension and Pentecost 1996–2008: religioustolerance.org, "Movable days, according
 *   to the Gregorian calendar"; Easter 2019–2030 and the extremes (22 March 2285, 25 April 2038)
 *   from published Easter tables (e.g. Wikipedia, "List of dates for Easter").
 * - The 2022 Dutch list as published for the Algemene termijnenwet (wvhl.nl, "Algemene
 *   termijnenwet 2022": Good Friday 15 April, Easter Monday 18 April, King's Day Wednesday 27
 *   April, Liberation Day Thursday 5 May, Ascension 26 May, Whit Monday 6 June).
 * - King's Day 2025 on Saturday 26 April because the 27th was a Sunday (gemeente.groningen.nl,
 *   "Koningsdag 2025"); the first King's Day, 2014, likewise.
 * Weekday counts were worked out by hand from those dates (2026-01-01 is a Thursday).
 */
import fc from "fast-check";
import {
  DUTCH_HOLIDAYS,
  LEGAL_HOLIDAYS,
  LUSTRUM_HOLIDAYS,
  civilDate,
  dayNumber,
  dutchHolidays,
  easterSunday,
  isDutchHoliday,
  weekday,
  weekdayHolidayCount,
  type HolidayId,
} from "../../src/core";

const iso = (year: number, { month, day }: { month: number; day: number }) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const dateOf = (year: number, id: HolidayId, rules = LEGAL_HOLIDAYS) =>
  dutchHolidays(year, rules).find((holiday) => holiday.id === id)?.date;

describe("Easter Sunday (anonymous Gregorian algorithm)", () => {
  it.each<[number, string, string, string]>([
    [1996, "1996-04-07", "1996-05-16", "1996-05-26"],
    [1997, "1997-03-30", "1997-05-08", "1997-05-18"],
    [1998, "1998-04-12", "1998-05-21", "1998-05-31"],
    [1999, "1999-04-04", "1999-05-13", "1999-05-23"],
    [2000, "2000-04-23", "2000-06-01", "2000-06-11"],
    [2001, "2001-04-15", "2001-05-24", "2001-06-03"],
    [2002, "2002-03-31", "2002-05-09", "2002-05-19"],
    [2003, "2003-04-20", "2003-05-29", "2003-06-08"],
    [2004, "2004-04-11", "2004-05-20", "2004-05-30"],
    [2005, "2005-03-27", "2005-05-05", "2005-05-15"],
    [2006, "2006-04-16", "2006-05-25", "2006-06-04"],
    [2007, "2007-04-08", "2007-05-17", "2007-05-27"],
    [2008, "2008-03-23", "2008-05-01", "2008-05-11"],
  ])("%i: Easter %s, Ascension %s, Pentecost %s", (year, easter, ascension, pentecost) => {
    expect(iso(year, easterSunday(year))).toBe(easter);
    // dutchHolidays covers 2014 onwards; the offsets are checked on these published years here.
    const e = easterSunday(year);
    const days = dayNumber(year, e.month, e.day);
    expect(iso(year, civilDate(days + 39))).toBe(ascension);
    expect(iso(year, civilDate(days + 49))).toBe(pentecost);
  });

  it.each<[number, string]>([
    [2019, "2019-04-21"],
    [2020, "2020-04-12"],
    [2021, "2021-04-04"],
    [2022, "2022-04-17"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    [2029, "2029-04-01"],
    [2030, "2030-04-21"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, easter) => {
    expect(iso(year, easterSunday(year))).toBe(easter);
  });

  it("is always a Sunday from 22 March to 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const { month, day } = easterSunday(year);
        const days = dayNumber(year, month, day);
        expect(weekday(days)).toBe(6);
        expect(days).toBeGreaterThanOrEqual(dayNumber(year, 3, 22));
        expect(days).toBeLessThanOrEqual(dayNumber(year, 4, 25));
      }),
    );
  });
});

describe("the calendar's day numbers", () => {
  it.each<[string, number, number, number, number, number]>([
    ["the epoch, a Thursday", 1970, 1, 1, 0, 3],
    ["2000-01-01 (946,684,800 s), a Saturday", 2000, 1, 1, 10_957, 5],
    ["2000-03-01, after a leap day of a year divisible by 400", 2000, 3, 1, 11_017, 2],
    ["2026-03-29, the spring DST change, a Sunday", 2026, 3, 29, 20_541, 6],
    ["1900-03-01, Excel serial 61, a Thursday", 1900, 3, 1, -25_508, 3],
  ])("%s", (_name, year, month, day, days, weekdayIndex) => {
    expect(dayNumber(year, month, day)).toBe(days);
    expect(civilDate(days)).toEqual({ year, month, day });
    expect(weekday(days)).toBe(weekdayIndex);
  });

  it("civilDate inverts dayNumber for every day from 1900 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 2_932_896 }), (days) => {
        const { year, month, day } = civilDate(days);
        expect(dayNumber(year, month, day)).toBe(days);
        expect(weekday(days + 7)).toBe(weekday(days));
      }),
    );
  });
});

describe("Dutch public holidays", () => {
  it("2026 under the law's list (Atw art. 3 lid 1, 5 May every year, no Good Friday)", () => {
    expect(
      dutchHolidays(2026).map((holiday) => [holiday.id, holiday.date, holiday.weekday]),
    ).toEqual([
      ["newYear", "2026-01-01", 3],
      ["easterSunday", "2026-04-05", 6],
      ["easterMonday", "2026-04-06", 0],
      ["kingsDay", "2026-04-27", 0],
      ["liberationDay", "2026-05-05", 1],
      ["ascensionDay", "2026-05-14", 3],
      ["whitSunday", "2026-05-24", 6],
      ["whitMonday", "2026-05-25", 0],
      ["christmasDay", "2026-12-25", 4],
      ["boxingDay", "2026-12-26", 5],
    ]);
  });

  it.each<[HolidayId, string]>([
    ["goodFriday", "2022-04-15"],
    ["easterMonday", "2022-04-18"],
    ["kingsDay", "2022-04-27"],
    ["liberationDay", "2022-05-05"],
    ["ascensionDay", "2022-05-26"],
    ["whitMonday", "2022-06-06"],
    ["boxingDay", "2022-12-26"],
  ])("2022 as published: %s %s", (id, date) => {
    expect(dateOf(2022, id, { goodFriday: true, liberationDay: "everyYear" })).toBe(date);
  });

  it.each<[number, string]>([
    [2014, "2014-04-26"],
    [2025, "2025-04-26"],
    [2026, "2026-04-27"],
    [2031, "2031-04-26"],
    [2036, "2036-04-26"],
  ])("King's Day %i: %s (moved to Saturday when the 27th is a Sunday)", (year, date) => {
    expect(dateOf(year, "kingsDay")).toBe(date);
  });

  it.each<[string, number, typeof LEGAL_HOLIDAYS, number]>([
    ["2026, the law's list: Saturday 26 Dec and two Sundays out", 2026, LEGAL_HOLIDAYS, 7],
    ["2026, lustrum rule: 5 May is no holiday", 2026, LUSTRUM_HOLIDAYS, 6],
    ["2026 with Good Friday (3 April)", 2026, { goodFriday: true, liberationDay: "everyYear" }, 8],
    ["2025, lustrum year; King's Day on a Saturday", 2025, LUSTRUM_HOLIDAYS, 7],
    ["2027: Christmas on the weekend", 2027, LEGAL_HOLIDAYS, 6],
    ["2027, lustrum rule", 2027, LUSTRUM_HOLIDAYS, 5],
    ["before King's Day existed: not covered", 2013, LEGAL_HOLIDAYS, 0],
  ])("weekday holidays %s → %i", (_name, year, rules, count) => {
    expect(weekdayHolidayCount(year, rules)).toBe(count);
  });

  it.each<[string, [number, number, number], typeof LEGAL_HOLIDAYS, boolean]>([
    ["5 May 2026", [2026, 5, 5], LEGAL_HOLIDAYS, true],
    ["5 May 2026, lustrum rule", [2026, 5, 5], LUSTRUM_HOLIDAYS, false],
    ["5 May 2030, lustrum rule", [2030, 5, 5], LUSTRUM_HOLIDAYS, true],
    ["Good Friday 2026, default", [2026, 4, 3], LEGAL_HOLIDAYS, false],
    ["27 April 2025 (a Sunday: King's Day moved)", [2025, 4, 27], LEGAL_HOLIDAYS, false],
    ["an ordinary Tuesday", [2026, 3, 17], LEGAL_HOLIDAYS, false],
  ])("%s → %s", (_name, [year, month, day], rules, expected) => {
    expect(isDutchHoliday(year, month, day, rules)).toBe(expected);
  });

  it("every day carries a Dutch and English name and source, so the product can show them", () => {
    expect(DUTCH_HOLIDAYS).toHaveLength(11);
    for (const holiday of DUTCH_HOLIDAYS) {
      for (const text of [holiday.name, holiday.source]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.nl.length).toBeGreaterThan(0);
      }
    }
  });
});
