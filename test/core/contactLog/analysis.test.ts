/**
 * What the pane shows: the share outside opening hours, the busiest closed hours and the heat map
 * levels, from logs whose counts are known by construction (serials worked out by hand, as in
 * grid.test.ts).
 */
import {
  analyseContactLog,
  busiestOutsideSlots,
  contactGrid,
  heatMap,
  isCalcError,
  outsideHoursShare,
  type ContactGrid,
  type ContactGridOptions,
  type OpeningHours,
} from "../../../src/core";

const SAT_MAR_14 = 46095;
const MON_MAR_16 = 46097;
const KINGS_DAY_2026 = 46139;
const OFFICE: OpeningHours = { openFrom: 9, openUntil: 17, openDays: 5 };
const at = (serial: number, hour: number, times: number) =>
  Array.from({ length: times }, () => [serial + hour / 24]);

function gridOf(values: unknown[][], options: ContactGridOptions = {}): ContactGrid {
  const grid = contactGrid(values, options);
  if (isCalcError(grid)) throw new Error(grid.message);
  return grid;
}

describe("share outside opening hours (CX.AFTER_HOURS_SHARE of the grid)", () => {
  const base = [...at(MON_MAR_16, 10, 30), ...at(SAT_MAR_14, 10, 10)];

  it.each<[string, unknown[][], ContactGridOptions, number]>([
    ["30 inside, 10 on Saturday", base, {}, 0.25],
    [
      "King's Day in the grid: a Monday 10:00, inside",
      [...base, ...at(KINGS_DAY_2026, 10, 10)],
      {},
      0.2,
    ],
    [
      "King's Day apart: closed, so outside",
      [...base, ...at(KINGS_DAY_2026, 10, 10)],
      { holidaysApart: true },
      0.4,
    ],
    ["every contact on a holiday, apart", at(KINGS_DAY_2026, 10, 3), { holidaysApart: true }, 1],
  ])("%s → %d", (_name, values, options, share) => {
    expect(outsideHoursShare(gridOf(values, options), OFFICE)).toBeCloseTo(share, 12);
  });

  it("opening after closing is #VALUE!, holidays apart or not", () => {
    const hours = { openFrom: 17, openUntil: 9, openDays: 5 };
    const grid = gridOf(at(KINGS_DAY_2026, 10, 3), { holidaysApart: true });
    expect(outsideHoursShare(grid, hours)).toMatchObject({
      code: "#VALUE!",
      message: "openBeforeClose",
    });
  });

  it("open 0–24 all week: nothing outside", () => {
    expect(outsideHoursShare(gridOf(base), { openFrom: 0, openUntil: 24, openDays: 7 })).toBe(0);
  });
});

describe("busiest hours outside opening hours", () => {
  const grid = gridOf([
    ...at(MON_MAR_16, 10, 20), // inside: never listed
    ...at(MON_MAR_16, 18, 6),
    ...at(SAT_MAR_14, 10, 6),
    ...at(SAT_MAR_14, 9, 6),
    ...at(MON_MAR_16, 8, 2),
  ]);

  it("by count, ties by day then hour, with their share of all contacts", () => {
    expect(busiestOutsideSlots(grid, OFFICE, 3)).toEqual([
      { day: 0, hour: 18, contacts: 6, share: 0.15 },
      { day: 5, hour: 9, contacts: 6, share: 0.15 },
      { day: 5, hour: 10, contacts: 6, share: 0.15 },
    ]);
  });

  it("lists only hours with contacts, however many are asked for", () => {
    expect(busiestOutsideSlots(grid, OFFICE, 100)).toHaveLength(4);
    expect(busiestOutsideSlots(grid, OFFICE, 0)).toEqual([]);
  });
});

describe("heat map levels (linear in the count, 0 kept apart)", () => {
  const grid = gridOf([
    ...at(MON_MAR_16, 10, 100),
    ...at(MON_MAR_16, 11, 20),
    ...at(MON_MAR_16, 12, 21),
    ...at(MON_MAR_16, 13, 1),
  ]);

  it("max 100, 6 levels → 0 | 1–20 | 21–40 | 41–60 | 61–80 | 81–100", () => {
    const heat = heatMap(grid);
    expect(heat.max).toBe(100);
    expect(heat.legend).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 20 },
      { level: 2, from: 21, to: 40 },
      { level: 3, from: 41, to: 60 },
      { level: 4, from: 61, to: 80 },
      { level: 5, from: 81, to: 100 },
    ]);
    expect(heat.level[0]?.slice(9, 15)).toEqual([0, 5, 1, 2, 1, 0]);
  });

  it("2 levels: contacts or none", () => {
    expect(heatMap(grid, 2).legend).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 1, from: 1, to: 100 },
    ]);
  });

  it("a small maximum leaves out levels no count reaches (max 3, 6 levels)", () => {
    const small = heatMap(gridOf(at(MON_MAR_16, 10, 3)));
    expect(small.legend).toEqual([
      { level: 0, from: 0, to: 0 },
      { level: 2, from: 1, to: 1 },
      { level: 4, from: 2, to: 2 },
      { level: 5, from: 3, to: 3 },
    ]);
    expect(small.level[0]?.[10]).toBe(5);
  });

  it("an empty grid (all on holidays, apart) is all level 0", () => {
    const heat = heatMap(gridOf(at(KINGS_DAY_2026, 10, 3), { holidaysApart: true }));
    expect([heat.max, heat.legend.length, Math.max(...heat.level.flat())]).toEqual([0, 1, 0]);
  });
});

describe("the pane's analysis in one call", () => {
  it("Saturday 21:07 outside, Monday 09:36 inside → half outside", () => {
    const analysis = analyseContactLog([[46095.88], [46097.4]], OFFICE);
    if (isCalcError(analysis)) throw new Error(analysis.message);
    expect(analysis.share).toBe(0.5);
    expect(analysis.busiest).toEqual([{ day: 5, hour: 21, contacts: 1, share: 0.5 }]);
    expect(analysis.heat.level[5]?.[21]).toBe(5);
  });

  it("passes the grid's #VALUE! through", () => {
    expect(analyseContactLog([["n/a"]], OFFICE)).toMatchObject({ code: "#VALUE!" });
  });
});
