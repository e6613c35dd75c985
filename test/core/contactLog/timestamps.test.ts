/**
 * Reading one timestamp, case by case. Expected wall clocks were worked out by hand: serials from
 * Excel's =DATE(2026,3,29) = 46110 (2026-01-01 is 46023, + 31 + 28 + 28 days), daylight saving in
 * Europe/Amsterdam from 2026-03-29 01:00 UTC (02:00 → 03:00) to 2026-10-25 01:00 UTC (03:00 →
 * 02:00), EU rule: last Sunday of March and October. The reading is turned into text with the
 * test's own `Date` in UTC (the wall clock counts seconds as if UTC), not with the code under test.
 */
import { isCalcError, timestampReader, type TimestampOptions } from "../../../src/core";

/** Excel serials of a few dates (days since 1899-12-30), worked out by hand as above. */
const MAR_14_2026 = 46095; // a Saturday
const MAR_28_2026 = 46109; // Saturday before the spring change
const MAR_29_2026 = 46110; // Sunday, clocks go forward
const OCT_25_2026 = 46320; // Sunday, clocks go back: 29 March + 210 days (30 weeks)
const FEB_29_2028 = 46812; // 2028-01-01 is 46023 + 730 = 46753, + 31 + 28
const hours = (h: number) => h / 24;

const DUTCH: TimestampOptions = { dutchDates: true };

function readText(value: unknown, options: TimestampOptions = {}): string {
  const read = timestampReader(options);
  if (isCalcError(read)) throw new Error("reader refused the options");
  const reading = read(value);
  if (typeof reading !== "number") return reading;
  const date = new Date(reading * 1000);
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][date.getUTCDay()] ?? "?";
  return `${day} ${date.toISOString().slice(0, 19)}`;
}

describe("serials are already the wall clock: no zone applied, not even at a DST change", () => {
  it.each<[string, number | string, string]>([
    ["01:30 before the spring change", MAR_29_2026 + hours(1.5), "Sun 2026-03-29T01:30:00"],
    [
      "02:30, an hour Amsterdam skips, as written",
      MAR_29_2026 + hours(2.5),
      "Sun 2026-03-29T02:30:00",
    ],
    ["03:00 after the spring change", MAR_29_2026 + hours(3), "Sun 2026-03-29T03:00:00"],
    ["02:30 in the repeated autumn hour", OCT_25_2026 + hours(2.5), "Sun 2026-10-25T02:30:00"],
    ["midnight", MAR_29_2026, "Sun 2026-03-29T00:00:00"],
    ["23:59:59", MAR_28_2026 + 86_399 / 86_400, "Sat 2026-03-28T23:59:59"],
    [
      "21:00 arriving a hair early (binary fraction)",
      MAR_14_2026 + hours(21) - 1e-10,
      "Sat 2026-03-14T21:00:00",
    ],
    ["a leap day", FEB_29_2028 + 0.5, "Tue 2028-02-29T12:00:00"],
    ["the first serial read, 61 = 1900-03-01", 61, "Thu 1900-03-01T00:00:00"],
    ["Excel's last day, 9999-12-31", 2_958_465.5, "Fri 9999-12-31T12:00:00"],
    ["a serial typed as text", "46110.5", "Sun 2026-03-29T12:00:00"],
  ])("%s", (_name, value, expected) => {
    expect(readText(value)).toBe(expected);
  });
});

describe("ISO text with Z or an offset is an instant, shown on the Amsterdam wall clock", () => {
  it.each<[string, string, string]>([
    ["last second of winter time", "2026-03-29T00:59:59Z", "Sun 2026-03-29T01:59:59"],
    ["first second of summer time", "2026-03-29T01:00:00Z", "Sun 2026-03-29T03:00:00"],
    [
      "02:30 summer time, before the clocks go back",
      "2026-10-25T00:30:00Z",
      "Sun 2026-10-25T02:30:00",
    ],
    [
      "02:30 winter time, after the clocks go back",
      "2026-10-25T01:30:00Z",
      "Sun 2026-10-25T02:30:00",
    ],
    ["03:00 winter time", "2026-10-25T02:00:00Z", "Sun 2026-10-25T03:00:00"],
    ["+02:00 in summer: the same clock", "2026-07-01T23:30:00+02:00", "Wed 2026-07-01T23:30:00"],
    ["+02:00 in winter: an hour earlier", "2026-01-15T08:00:00+02:00", "Thu 2026-01-15T07:00:00"],
    ["+0200 without colon", "2026-01-15T08:00:00+0200", "Thu 2026-01-15T07:00:00"],
    ["+02 hours only", "2026-01-15T08:00:00+02", "Thu 2026-01-15T07:00:00"],
    ["-05:00", "2026-01-15T08:00:00-05:00", "Thu 2026-01-15T14:00:00"],
    ["Sunday in UTC is Monday in Amsterdam", "2026-01-04T23:30:00Z", "Mon 2026-01-05T00:30:00"],
    ["fractions of a second dropped", "2026-03-14T20:07:00.999Z", "Sat 2026-03-14T21:07:00"],
    ["lowercase t and z", "2026-03-14t20:07:00z", "Sat 2026-03-14T21:07:00"],
    ["a leap day", "2028-02-29T11:00:00Z", "Tue 2028-02-29T12:00:00"],
  ])("%s: %s", (_name, text, expected) => {
    expect(readText(text)).toBe(expected);
  });

  it.each<[string, string, string, string]>([
    ["UTC", "UTC", "2026-07-01T23:30:00+02:00", "Wed 2026-07-01T21:30:00"],
    [
      "New York on its own DST day",
      "America/New_York",
      "2026-03-08T07:30:00Z",
      "Sun 2026-03-08T03:30:00",
    ],
    [
      "New York an hour before",
      "America/New_York",
      "2026-03-08T06:30:00Z",
      "Sun 2026-03-08T01:30:00",
    ],
    // Adelaide (UTC+9:30) springs forward at 02:00 local = 16:30 UTC, mid-way through a UTC hour.
    ["Adelaide before", "Australia/Adelaide", "2026-10-03T16:15:00Z", "Sun 2026-10-04T01:45:00"],
    ["Adelaide after", "Australia/Adelaide", "2026-10-03T16:45:00Z", "Sun 2026-10-04T03:15:00"],
  ])("in another zone (%s)", (_name, timeZone, text, expected) => {
    expect(readText(text, { timeZone })).toBe(expected);
  });
});

describe("ISO text without offset is already the wall clock", () => {
  it.each<[string, string, string]>([
    ["02:30 on the spring change, as written", "2026-03-29T02:30:00", "Sun 2026-03-29T02:30:00"],
    ["space instead of T, no seconds", "2026-03-14 21:07", "Sat 2026-03-14T21:07:00"],
    ["midnight", "2026-03-30T00:00:00", "Mon 2026-03-30T00:00:00"],
    ["23:59:59", "2026-03-28T23:59:59", "Sat 2026-03-28T23:59:59"],
    ["surrounding spaces", "  2028-02-29T23:00 ", "Tue 2028-02-29T23:00:00"],
  ])("%s", (_name, text, expected) => {
    expect(readText(text, { timeZone: "Asia/Tokyo" })).toBe(expected);
  });
});

describe("Dutch day-first text, when the user's locale is Dutch", () => {
  it.each<[string, string]>([
    ["14-03-2026 21:07", "Sat 2026-03-14T21:07:00"],
    ["14-3-2026 21:07:05", "Sat 2026-03-14T21:07:05"],
    ["29-02-2028 23:59:59", "Tue 2028-02-29T23:59:59"],
    ["1/1/2026 0:00", "Thu 2026-01-01T00:00:00"],
    ["29-3-2026 2:30", "Sun 2026-03-29T02:30:00"],
  ])("%s", (text, expected) => {
    expect(readText(text, DUTCH)).toBe(expected);
  });
});

describe("what is not a timestamp says why", () => {
  it.each<[string, unknown, TimestampOptions, string]>([
    ["Dutch text while Dutch dates are off", "14-03-2026 21:07", {}, "dutchDate"],
    ["31 February", "31-02-2026 10:00", DUTCH, "impossible"],
    ["US month-first text read day-first", "03/14/2026 21:07", DUTCH, "impossible"],
    ["29 February in a common year", "2027-02-29T12:00:00", {}, "impossible"],
    ["month 13", "2026-13-01T10:00", {}, "impossible"],
    ["24:00", "2026-03-14T24:00:00", {}, "impossible"],
    ["minute 60", "2026-03-14T21:60", {}, "impossible"],
    ["offset beyond ±18:00", "2026-03-14T21:07:00+19:00", {}, "impossible"],
    ["an ISO date without time", "2026-03-14", {}, "dateOnly"],
    ["a Dutch date without time", "14-03-2026", DUTCH, "dateOnly"],
    ["TRUE", true, {}, "unreadable"],
    ["junk text", "hello", {}, "unreadable"],
    ["an object", { when: "today" }, {}, "unreadable"],
    ["a negative number", -5, {}, "outOfRange"],
    ["a time without a date", 0.5, {}, "outOfRange"],
    ["serial 60, Excel's fictitious 29 February 1900", 60, {}, "outOfRange"],
    ["past 9999-12-31", 2_958_466, {}, "outOfRange"],
    ["Unix seconds are no serial", 1_773_523_620, {}, "outOfRange"],
    ["NaN", NaN, {}, "outOfRange"],
    ["before 1900-03-01", "1899-12-31T10:00:00", {}, "outOfRange"],
  ])("%s", (_name, value, options, reason) => {
    expect(readText(value, options)).toBe(reason);
  });

  it.each([null, undefined, "", "   "])("%j is blank, skipped", (value) => {
    expect(readText(value)).toBe("blank");
  });
});

describe("the time zone", () => {
  it.each(["Mars/Olympus_Mons", "+02:00", "", "Europe/Amsterdam "])(
    "%j is not an IANA zone: #VALUE! naming time_zone",
    (timeZone) => {
      expect(timestampReader({ timeZone })).toEqual({
        kind: "error",
        code: "#VALUE!",
        message: "timeZone",
        detail: { param: "time_zone" },
      });
    },
  );
});
