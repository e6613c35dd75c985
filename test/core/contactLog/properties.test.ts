/**
 * Properties of the contact grid for any log, with fast-check (seeded in CI, random locally).
 * Valid timestamps are made with the test's own `Date` (UTC), junk is made so no accepted form can
 * match it, so the expected counts never come from the code under test.
 */
import fc from "fast-check";
import {
  busiestOutsideSlots,
  contactGrid,
  heatMap,
  isCalcError,
  isOpen,
  outsideHoursShare,
  type ContactGrid,
  type ContactGridOptions,
  type OpeningHours,
  zoneClock,
} from "../../../src/core";

fc.configureGlobal({ seed: process.env.CI ? 20261123 : undefined, numRuns: 300 });

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** Excel serial of 1970-01-01. */
const SERIAL_1970 = 25_569;
const Y2000 = Date.UTC(2000, 0, 1);
const Y2090 = Date.UTC(2090, 0, 1);

/** A moment to the second, 2000..2090: zones without daylight saving keep one offset there. */
const moment = fc.integer({ min: Y2000 / 1000, max: Y2090 / 1000 }).map((s) => s * 1000);
const pad = (n: number) => String(n).padStart(2, "0");

/** One timestamp in each accepted form, as a function of a moment, so it can be shifted. */
type Form = (ms: number) => unknown;
const FORMS: Record<string, Form> = {
  serial: (ms) => ms / DAY_MS + SERIAL_1970,
  isoWall: (ms) => new Date(ms).toISOString().slice(0, 19),
  isoUtc: (ms) => new Date(ms).toISOString(),
  dutch: (ms) => {
    const d = new Date(ms);
    return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  },
};
const form = fc.constantFrom(...Object.values(FORMS));
const timestamp = fc.tuple(form, moment);

/** Values no accepted form reads: each starts with "#" or is not a string or number at all. */
const junk = fc.oneof(
  fc.string().map((s) => `#${s}`),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 60 }),
  fc.constantFrom("2026-02-30T10:00", "2026-03-14", "31-13-2026 10:00", "24:00"),
);
const blank = fc.constantFrom(null, "", "   ", undefined);
const OPTIONS: ContactGridOptions = { dutchDates: true, timeZone: "UTC" };

type Item = { kind: "valid"; value: unknown } | { kind: "junk" | "blank"; value: unknown };
const item: fc.Arbitrary<Item> = fc.oneof(
  timestamp.map(([f, ms]): Item => ({ kind: "valid", value: f(ms) })),
  junk.map((value): Item => ({ kind: "junk", value })),
  blank.map((value): Item => ({ kind: "blank", value })),
);

function gridOf(values: unknown, options: ContactGridOptions = OPTIONS): ContactGrid {
  const grid = contactGrid(values, options);
  if (isCalcError(grid)) throw new Error(grid.message);
  return grid;
}
const total = (grid: ContactGrid) => grid.counts.flat().reduce((a, b) => a + b, 0);
const column = (values: readonly unknown[]) => values.map((value) => [value]);

const hours: fc.Arbitrary<OpeningHours> = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 1, max: 24 }),
    fc.integer({ min: 0, max: 7 }),
  )
  .map(([from, until, days]) => ({
    openFrom: Math.min(from, until - 1),
    openUntil: until,
    openDays: days,
  }));

describe("the grid counts every usable timestamp once", () => {
  it("total = used = number of valid values; rejected = number of junk values", () => {
    fc.assert(
      fc.property(timestamp, fc.array(item, { maxLength: 200 }), ([f, ms], items) => {
        // A valid first value: otherwise junk text first would be taken as the header.
        const grid = gridOf(column([f(ms), ...items.map((i) => i.value)]));
        const valid = 1 + items.filter((i) => i.kind === "valid").length;
        expect([grid.used, total(grid)]).toEqual([valid, valid]);
        expect(grid.rejected).toBe(items.filter((i) => i.kind === "junk").length);
      }),
    );
  });

  it("with holidays counted apart: grid total + holidays = used", () => {
    fc.assert(
      fc.property(fc.array(timestamp, { minLength: 1, maxLength: 200 }), (stamps) => {
        const grid = gridOf(column(stamps.map(([f, ms]) => f(ms))), {
          ...OPTIONS,
          holidaysApart: true,
        });
        expect(total(grid) + grid.onHolidays).toBe(stamps.length);
        expect(grid.used).toBe(stamps.length);
      }),
    );
  });
});

describe("instants on the Amsterdam wall clock", () => {
  /** The EU rule since 1996, written out independently: summer time (UTC+2) from 01:00 UTC on the
   * last Sunday of March to 01:00 UTC on the last Sunday of October, UTC+1 otherwise. */
  const lastSundayAt1Utc = (year: number, month: number) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
    return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
  };
  const amsterdamOffsetHours = (ms: number) => {
    const year = new Date(ms).getUTCFullYear();
    return ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9) ? 2 : 1;
  };

  it("match the EU summer-time rule to the second, 1996 to 2090", () => {
    const clock = zoneClock("Europe/Amsterdam");
    const seconds = fc.integer({ min: Date.UTC(1996, 0, 1) / 1000, max: Y2090 / 1000 });
    // Half the moments within a day of a change, where caching by day or hour could go wrong.
    const nearChange = fc
      .tuple(
        fc.integer({ min: 1996, max: 2089 }),
        fc.constantFrom(2, 9),
        fc.integer({ min: -86_400, max: 86_400 }),
      )
      .map(([year, month, delta]) => lastSundayAt1Utc(year, month) / 1000 + delta);
    fc.assert(
      fc.property(fc.oneof(seconds, nearChange), (instant) => {
        expect(clock?.wallSeconds(instant)).toBe(
          instant + 3_600 * amsterdamOffsetHours(instant * 1000),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("a week later, the same week", () => {
  it.each(["UTC", "Etc/GMT-3", "Asia/Tokyo", "Asia/Kolkata"])(
    "shifting every timestamp by 7 days changes nothing (instants shown in %s)",
    (timeZone) => {
      fc.assert(
        fc.property(
          fc.array(timestamp, { minLength: 1, maxLength: 100 }),
          fc.integer({ min: -20, max: 20 }),
          (stamps, weeks) => {
            const options = { dutchDates: true, timeZone };
            const before = gridOf(column(stamps.map(([f, ms]) => f(ms))), options);
            const after = gridOf(column(stamps.map(([f, ms]) => f(ms + weeks * WEEK_MS))), options);
            expect(after.counts).toEqual(before.counts);
          },
        ),
      );
    },
  );

  it("but an instant a week later across a DST change is an hour later on the wall clock", () => {
    const grid = gridOf(column(["2026-03-25T10:00:00Z", "2026-04-01T10:00:00Z"]), {});
    const WEDNESDAY = 2;
    expect([grid.counts[WEDNESDAY]?.[11], grid.counts[WEDNESDAY]?.[12]]).toEqual([1, 1]);
  });
});

describe("the pane's figures stay in range", () => {
  it("the share outside opening hours is in [0, 1], holidays apart or not", () => {
    fc.assert(
      fc.property(
        fc.array(timestamp, { minLength: 1, maxLength: 100 }),
        hours,
        fc.boolean(),
        (stamps, open, apart) => {
          const grid = gridOf(column(stamps.map(([f, ms]) => f(ms))), {
            ...OPTIONS,
            holidaysApart: apart,
          });
          const share = outsideHoursShare(grid, open);
          expect(typeof share).toBe("number");
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("busiest slots: closed hours only, sorted, shares summing to at most 1", () => {
    fc.assert(
      fc.property(fc.array(timestamp, { minLength: 1, maxLength: 100 }), hours, (stamps, open) => {
        const grid = gridOf(column(stamps.map(([f, ms]) => f(ms))));
        const slots = busiestOutsideSlots(grid, open, 168);
        let shares = 0;
        slots.forEach((slot, i) => {
          expect(isOpen(slot.day, slot.hour, open)).toBe(false);
          expect(slot.contacts).toBe(grid.counts[slot.day]?.[slot.hour]);
          if (i > 0) expect(slot.contacts).toBeLessThanOrEqual(slots[i - 1]?.contacts ?? 0);
          shares += slot.share;
        });
        expect(shares).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("heat levels: 0 only for no contacts, never lower for more, each count inside its legend range", () => {
    fc.assert(
      fc.property(
        fc.array(timestamp, { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 2, max: 12 }),
        (stamps, levels) => {
          const grid = gridOf(column(stamps.map(([f, ms]) => f(ms))));
          const heat = heatMap(grid, levels);
          const cells = grid.counts
            .flatMap((row, d) =>
              row.map((count, h) => ({ count, level: heat.level[d]?.[h] ?? -1 })),
            )
            .sort((a, b) => a.count - b.count);
          const outside = cells.filter((cell) => {
            const range = heat.legend.find((entry) => entry.level === cell.level);
            return !range || cell.count < range.from || cell.count > range.to;
          });
          expect(outside).toEqual([]);
          expect(cells.filter((cell) => (cell.level === 0) !== (cell.count === 0))).toEqual([]);
          // Sorted by count, the levels never go down.
          expect(
            cells.filter((cell, i) => i > 0 && cell.level < (cells[i - 1]?.level ?? 0)),
          ).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("never throws, never NaN", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.integer(),
    timestamp.map(([f, ms]) => f(ms)),
  );
  it.each<[string, fc.Arbitrary<unknown>]>([
    ["any value at all", fc.anything()],
    ["any ragged range of cell values", fc.array(fc.oneof(fc.array(cell), cell))],
  ])("%s gives a #VALUE! or a grid of whole counts", (_name, values) => {
    fc.assert(
      fc.property(values, fc.boolean(), (raw, dutchDates) => {
        const grid = contactGrid(raw, { dutchDates });
        if (isCalcError(grid)) {
          expect(grid.code).toBe("#VALUE!");
          return;
        }
        for (const count of grid.counts.flat())
          expect(Number.isInteger(count) && count >= 0).toBe(true);
        expect(total(grid) + grid.onHolidays).toBe(grid.used);
        expect(grid.used).toBeGreaterThan(0);
      }),
    );
  });
});
