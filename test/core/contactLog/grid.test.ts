/**
 * The week grid: exact counts, rejects and the header rule, for ranges as Excel hands them over
 * and for pasted CSV text. Serials and weekdays worked out by hand (2026-03-14 = 46095, a Saturday;
 * 2026-03-16 = 46097, a Monday; 2026-04-27 = 46139, King's Day, a Monday).
 */
import { evaluate } from "../../../src/catalog";
import {
  LUSTRUM_HOLIDAYS,
  contactGrid,
  csvColumn,
  gridRows,
  isCalcError,
  type ContactGrid,
  type ContactGridOptions,
} from "../../../src/core";

const SAT_MAR_14 = 46095;
const MON_MAR_16 = 46097;
const KINGS_DAY_2026 = 46139;
const LIBERATION_DAY_2026 = 46147; // Tuesday 5 May 2026
const MONDAY = 0;
const SATURDAY = 5;
const SUNDAY = 6;

function gridOf(values: unknown, options: ContactGridOptions = {}): ContactGrid {
  const grid = contactGrid(values, options);
  if (isCalcError(grid)) throw new Error(`expected a grid, got ${grid.code} ${grid.message}`);
  return grid;
}
const total = (grid: ContactGrid) => grid.counts.flat().reduce((a, b) => a + b, 0);
const column = (...values: unknown[]) => values.map((value) => [value]);

describe("a column exported from a ticketing system", () => {
  const grid = gridOf(
    column(
      "Created at",
      SAT_MAR_14 + 21 / 24, // Saturday 21:00
      "2026-03-14T20:30:00Z", // Saturday 21:30 in Amsterdam
      null,
      "",
      "2026-03-16 09:15", // Monday 09:15, wall clock
      "TBD",
      true,
      "14-03-2026 22:00", // Dutch dates are off
      -1,
      "2026-03-15T23:00:00Z", // Sunday 15 March 23:00 UTC is Monday 00:00 in Amsterdam
    ),
  );

  it("counts each readable timestamp in its weekday and hour", () => {
    expect(grid.counts[SATURDAY]?.[21]).toBe(2);
    expect(grid.counts[MONDAY]?.[9]).toBe(1);
    expect(grid.counts[MONDAY]?.[0]).toBe(1);
    expect(total(grid)).toBe(4);
    expect(grid.used).toBe(4);
  });

  it("skips the header and blanks, and reports every other value with its row and reason", () => {
    expect(grid.header).toBe("Created at");
    expect(grid.rejected).toBe(4);
    expect(grid.rejectedRows).toEqual([
      { row: 6, column: 0, raw: "TBD", reason: "unreadable" },
      { row: 7, column: 0, raw: "TRUE", reason: "unreadable" },
      { row: 8, column: 0, raw: "14-03-2026 22:00", reason: "dutchDate" },
      { row: 9, column: 0, raw: "-1", reason: "outOfRange" },
    ]);
  });

  it("reports the span of the log on the wall clock", () => {
    expect(grid.first).toBe("2026-03-14T21:00:00");
    expect(grid.last).toBe("2026-03-16T09:15:00");
  });
});

describe("the header rule", () => {
  it.each<[string, unknown[], string | null, number]>([
    ["a timestamp first: no header", [SAT_MAR_14, "junk"], null, 1],
    [
      "blanks before the header do not matter",
      [null, "", "created_at", SAT_MAR_14],
      "created_at",
      0,
    ],
    [
      "an impossible date first is rejected, not a header",
      ["2026-02-31T10:00", SAT_MAR_14],
      null,
      1,
    ],
    ["a number first is never a header", [-3, SAT_MAR_14], null, 1],
    ["TRUE first is never a header", [true, SAT_MAR_14], null, 1],
    ["text after the first value is rejected", [SAT_MAR_14, "Created at"], null, 1],
  ])("%s", (_name, values, header, rejected) => {
    const grid = gridOf(column(...values));
    expect([grid.header, grid.rejected]).toEqual([header, rejected]);
  });
});

describe("ranges of any shape", () => {
  it("reads a 2-D range row by row, with positions", () => {
    const grid = gridOf([
      [SAT_MAR_14 + 0.5, "x"],
      ["2026-03-14T12:10", SAT_MAR_14 + 0.25],
    ]);
    expect([grid.counts[SATURDAY]?.[12], grid.counts[SATURDAY]?.[6]]).toEqual([2, 1]);
    expect(grid.rejectedRows).toEqual([{ row: 0, column: 1, raw: "x", reason: "unreadable" }]);
  });

  it("reads a single cell", () => {
    expect(gridOf(SAT_MAR_14 + 23.5 / 24).counts[SATURDAY]?.[23]).toBe(1);
  });
});

describe("nothing usable is #VALUE! with a message, never an empty grid", () => {
  it.each<[string, unknown]>([
    ["all blank", column(null, "", null)],
    ["a header only", column("Created at")],
    ["only junk", column("Created at", "n/a", false, -2)],
    ["an empty range", []],
    ["undefined", undefined],
  ])("%s", (_name, values) => {
    expect(contactGrid(values)).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "noTimestamps",
      detail: { param: "timestamps" },
    });
  });

  it("an unknown time zone wins over the values", () => {
    expect(contactGrid(column(SAT_MAR_14), { timeZone: "Europe/Atlantis" })).toMatchObject({
      code: "#VALUE!",
      message: "timeZone",
    });
  });
});

describe("rejects are all counted, the first 100 kept", () => {
  const junk = Array.from({ length: 250 }, (_, i) => `junk ${i}`);
  const grid = gridOf(column(SAT_MAR_14, ...junk, "x".repeat(500)));

  it("counts 251, keeps rows 1..100", () => {
    expect(grid.rejected).toBe(251);
    expect(grid.rejectedRows).toHaveLength(100);
    expect(grid.rejectedRows[0]?.row).toBe(1);
    expect(grid.rejectedRows[99]?.row).toBe(100);
  });

  it("cuts long text to 80 characters", () => {
    const long = gridOf(column(SAT_MAR_14, "y".repeat(500)));
    expect(long.rejectedRows[0]?.raw).toBe(`${"y".repeat(80)}…`);
  });
});

describe("a pasted CSV column", () => {
  it("splits lines, drops a byte-order mark, quotes and spaces", () => {
    expect(
      csvColumn('\uFEFFcreated_at\r\n "2026-03-14T21:07:00+01:00" \n\n"say ""hi"""\r'),
    ).toEqual([["created_at"], ["2026-03-14T21:07:00+01:00"], [""], ['say "hi"'], [""]]);
  });

  it("counts rows as lines (header and blank lines included)", () => {
    const text = "created_at\n2026-03-14T21:07:00+01:00\n\n2026-03-14;21:07\n14-03-2026 21:50\n";
    const grid = gridOf(csvColumn(text), { dutchDates: true });
    expect(grid.header).toBe("created_at");
    expect(grid.counts[SATURDAY]?.[21]).toBe(2);
    expect(grid.rejectedRows).toEqual([
      { row: 3, column: 0, raw: "2026-03-14;21:07", reason: "unreadable" },
    ]);
  });
});

describe("public holidays counted apart (optional)", () => {
  const log = column(KINGS_DAY_2026 + 10 / 24, MON_MAR_16 + 10 / 24, LIBERATION_DAY_2026 + 0.5);

  it("off by default: holidays stay in the grid", () => {
    const grid = gridOf(log);
    expect([grid.counts[MONDAY]?.[10], grid.onHolidays, total(grid)]).toEqual([2, 0, 3]);
  });

  it("on: King's Day and 5 May leave the grid and are counted apart", () => {
    const grid = gridOf(log, { holidaysApart: true });
    expect([grid.counts[MONDAY]?.[10], grid.onHolidays, total(grid), grid.used]).toEqual([
      1, 2, 1, 3,
    ]);
  });

  it("with the lustrum rule, 5 May 2026 is an ordinary Tuesday", () => {
    const grid = gridOf(log, { holidaysApart: true, holidayRules: LUSTRUM_HOLIDAYS });
    expect([grid.onHolidays, grid.counts[1]?.[12]]).toEqual([1, 1]);
  });

  it("King's Day 2025 was Saturday 26 April (the 27th was a Sunday)", () => {
    const grid = gridOf(column("2025-04-26T11:00:00", "2025-04-27T11:00:00"), {
      holidaysApart: true,
    });
    expect([grid.onHolidays, grid.counts[SUNDAY]?.[11]]).toEqual([1, 1]);
  });
});

describe("the spill feeds CX.AFTER_HOURS_SHARE directly", () => {
  it("is 7 rows of 24 numbers, no headers", () => {
    const rows = gridRows(gridOf(column(SAT_MAR_14)));
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row).toHaveLength(24);
      for (const value of row) expect(typeof value).toBe("number");
    }
  });

  it("30 contacts Monday 10:00 and 10 Saturday 10:00 → 25% outside 9–17 Mon–Fri", () => {
    const log = column(
      ...Array<number>(30).fill(MON_MAR_16 + 10 / 24),
      ...Array<number>(10).fill(SAT_MAR_14 + 10 / 24),
    );
    expect(evaluate("AFTER_HOURS_SHARE", [gridRows(gridOf(log))])).toBe(0.25);
  });
});
