/**
 * The edges of the small core formulas, each with a hand-computed answer: the comparisons at
 * their thresholds (500 / 1,000 contacts, 40% standard questions, opening hours), the shapes a
 * block may take, blanks, overflow and −0. Written for the mutants `npm run test:mutation` found
 * alive (docs/testing.md): each test fails when one operator or one condition is changed.
 */
import {
  afterHoursShare,
  automationSavings,
  calcError,
  costPerContact,
  finiteOrError,
  invalid,
  isCalcError,
  moneyVerdict,
  netBenefit,
  reachabilityFits,
  retentionValue,
  roi,
  sanitize,
  staffCost,
  worthIt,
  type Cells,
  type GridResult,
  type OpeningHours,
} from "../../src/core";

const NINE_TO_FIVE: OpeningHours = { openFrom: 9, openUntil: 17, openDays: 5 };
const cells = (rows: (number | null)[][]): Cells => ({
  rows: rows.length,
  columns: rows[0]?.length ?? 0,
  values: rows.flat(),
});
/** A 7 × 24 week (Monday..Sunday × hour) with `count` contacts at each [day, hour]. */
function week(entries: [day: number, hour: number, count: number][]): (number | null)[][] {
  const grid: (number | null)[][] = Array.from({ length: 7 }, () =>
    Array<number | null>(24).fill(0),
  );
  for (const [day, hour, count] of entries) grid[day]![hour] = count;
  return grid;
}
const transpose = (grid: (number | null)[][]) => grid[0]!.map((_, c) => grid.map((row) => row[c]!));

describe("afterHoursShare at the edges of opening hours", () => {
  // Monday 09:00 (first open hour) 1, Monday 16:00 (last open hour) 2, Monday 17:00 (closed) 4,
  // Friday 10:00 (last open day) 8, Saturday 10:00 (closed day) 16: outside = 4 + 16 of 31.
  const edges = week([
    [0, 9, 1],
    [0, 16, 2],
    [0, 17, 4],
    [4, 10, 8],
    [5, 10, 16],
  ]);
  it("counts the first open hour and the last open day as open, the closing hour as closed", () => {
    expect(afterHoursShare(cells(edges), NINE_TO_FIVE)).toBeCloseTo(20 / 31, 12);
  });
  it("reads the 24 × 7 transpose the same way", () => {
    expect(afterHoursShare(cells(transpose(edges)), NINE_TO_FIVE)).toBeCloseTo(20 / 31, 12);
  });
  it("counts blank cells as no contacts", () => {
    const withBlank = week([[0, 3, 1]]);
    withBlank[0]![10] = null;
    expect(afterHoursShare(cells(withBlank), NINE_TO_FIVE)).toBe(1);
  });
  it("refuses opening and closing at the same hour", () => {
    expect(afterHoursShare(cells(edges), { ...NINE_TO_FIVE, openUntil: 9 })).toMatchObject({
      code: "#VALUE!",
      message: "openBeforeClose",
      detail: { param: "open_from", other: "open_until" },
    });
  });
  it("refuses a grid that is 7 or 24 only one way", () => {
    const seven = cells(Array.from({ length: 7 }, () => Array<number>(7).fill(1)));
    const twentyFour = cells(Array.from({ length: 24 }, () => Array<number>(24).fill(1)));
    for (const grid of [seven, twentyFour])
      expect(afterHoursShare(grid, NINE_TO_FIVE)).toMatchObject({
        code: "#VALUE!",
        message: "grid7x24",
      });
  });
  it("reports a total too large for a number as #NUM!, an empty week as #DIV/0!", () => {
    const huge = week([
      [0, 10, 1e308],
      [6, 10, 1e308],
    ]);
    expect(afterHoursShare(cells(huge), NINE_TO_FIVE)).toMatchObject({
      code: "#NUM!",
      message: "tooLarge",
    });
    expect(afterHoursShare(cells(week([])), NINE_TO_FIVE)).toMatchObject({
      code: "#DIV/0!",
      message: "sumsToZero",
      detail: { param: "contacts_by_hour" },
    });
  });
});

describe("staffCost with blanks and shapes", () => {
  // hours 8 and 4 at €30 an hour, 2 staff: 8 × 30 × 2 = 480 and 4 × 30 × 2 = 240 before surcharge.
  it("applies one surcharge cell to every shift", () => {
    expect(staffCost(cells([[8], [4]]), 30, cells([[0.25]]), 2)).toBe(480 * 1.25 + 240 * 1.25);
  });
  it("applies a surcharge row shift by shift, a blank surcharge as 0", () => {
    expect(staffCost(cells([[8, 4]]), 30, cells([[0.5, 0]]), 2)).toBe(720 + 240);
    expect(staffCost(cells([[8], [4]]), 30, cells([[0.5], [null]]), 2)).toBe(720 + 240);
  });
  it("skips blank hours", () => {
    expect(staffCost(cells([[8], [null]]), 30, cells([[0.5], [3]]), 2)).toBe(720);
  });
  it("refuses a surcharge block that differs in rows or in columns", () => {
    for (const surcharge of [
      cells([[0], [0], [0]]),
      cells([
        [0, 0],
        [0, 0],
      ]),
      cells([[0, 0]]),
    ])
      expect(staffCost(cells([[8], [4]]), 30, surcharge, 2)).toEqual(
        calcError("#VALUE!", "sameShape", { param: "surcharge", other: "hours" }),
      );
  });
});

describe("the digital article's thresholds", () => {
  it("is very profitable only above 40% standard questions", () => {
    expect(worthIt(100, 0.4, false).level).toBe("notYet");
    expect(worthIt(100, 0.41, false).level).toBe("veryProfitable");
  });
  it("is worth it from 500 contacts a month, or with an overloaded team", () => {
    expect(worthIt(499, 0, false).level).toBe("notYet");
    expect(worthIt(500, 0, false).level).toBe("worthIt");
    expect(worthIt(10, 0, true).level).toBe("worthIt");
  });
  it("feels the relief at once from 1,000 contacts a month", () => {
    expect(worthIt(999, 0, false)).toEqual({
      kind: "verdict",
      level: "worthIt",
      immediateRelief: false,
    });
    expect(worthIt(1000, 0, false).immediateRelief).toBe(true);
  });
});

describe("the 24/7 article's fit and the money verdict", () => {
  it("fits at the threshold, or with urgent support, or across time zones", () => {
    expect(reachabilityFits(0.2, 0.2, false, false)).toBe(true);
    expect(reachabilityFits(0.19, 0.2, false, false)).toBe(false);
    expect(reachabilityFits(0, 0.2, true, false)).toBe(true);
    expect(reachabilityFits(0, 0.2, false, true)).toBe(true);
  });
  it("pays at an NPV of exactly 0 with a payback, never without one or below 0", () => {
    expect(moneyVerdict(0, 12)).toBe("pays");
    expect(moneyVerdict(-0.01, 12)).toBe("doesNotPay");
    expect(moneyVerdict(1000, null)).toBe("doesNotPay");
  });
});

describe("the small ratios", () => {
  it("computes the article figures", () => {
    expect(automationSavings(10000, 0.3, 6, 1)).toBe(15000);
    expect(costPerContact(60000, 10000)).toBe(6);
    expect(retentionValue(50, 500)).toBe(25000);
    expect(netBenefit(65000, 50000)).toBe(15000);
    expect(roi(200000, 100000)).toBe(1);
  });
  it("says which sum is zero", () => {
    expect(costPerContact(60000, 0)).toEqual(
      calcError("#DIV/0!", "sumsToZero", { param: "contacts" }),
    );
    expect(roi(50000, 0)).toEqual(calcError("#DIV/0!", "sumsToZero", { param: "costs" }));
  });
  it("reports a ratio that overflows as #NUM!, and a zero ROI as +0", () => {
    expect(roi(1, 1e-320)).toEqual(calcError("#NUM!", "tooLarge"));
    expect(Object.is(roi(5, 5), 0)).toBe(true);
  });
});

describe("errors and sanitizing", () => {
  it("tells an error from anything else", () => {
    expect(isCalcError(calcError("#N/A", "required"))).toBe(true);
    for (const other of [null, undefined, 0, "error", { kind: "table" }, {}])
      expect(isCalcError(other)).toBe(false);
  });
  it("names the parameter of an invalid argument beside its details", () => {
    expect(invalid("staff", "atLeast", { min: 0 })).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: "atLeast",
      detail: { param: "staff", min: 0 },
    });
    expect(invalid("staff", "required").detail).toEqual({ param: "staff" });
    expect(calcError("#NUM!", "tooLarge").detail).toEqual({});
  });
  it("turns NaN and ±Infinity into #NUM! and −0 into 0", () => {
    for (const bad of [NaN, Infinity, -Infinity])
      expect(finiteOrError(bad)).toEqual(calcError("#NUM!", "tooLarge"));
    expect(Object.is(finiteOrError(-0), 0)).toBe(true);
    expect(finiteOrError(-2.5)).toBe(-2.5);
  });
  it("cleans every cell of a table and a grid, and one bad cell makes the whole result #NUM!", () => {
    const table = { kind: "table" as const, columns: ["month" as const, "net" as const] };
    expect(
      sanitize({
        ...table,
        rows: [
          [0, -0],
          [1, 2],
        ],
      }),
    ).toEqual({
      ...table,
      rows: [
        [0, 0],
        [1, 2],
      ],
    });
    const cleaned = sanitize({ kind: "grid", rows: [[-0]] });
    expect(cleaned).toEqual({ kind: "grid", rows: [[0]] });
    expect(Object.is((cleaned as GridResult).rows[0]![0], 0)).toBe(true);
    expect(
      sanitize({
        ...table,
        rows: [
          [0, 1],
          [1, NaN],
        ],
      }),
    ).toEqual(calcError("#NUM!", "tooLarge"));
    expect(sanitize({ kind: "grid", rows: [[Infinity]] })).toEqual(calcError("#NUM!", "tooLarge"));
    expect(sanitize(-0)).toBe(0);
  });
  it("passes a verdict through untouched", () => {
    const verdict = worthIt(1200, 0.55, false);
    expect(sanitize(verdict)).toBe(verdict);
  });
});
