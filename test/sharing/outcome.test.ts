/**
 * What a failed write changed (src/catalog/sharing/outcome.ts), told from the cells read back:
 * only cells that do not hold their old formula count; the rest of a spilled table follows its
 * anchor; a rectangle that could not be read counts as changed.
 */
import { notAsBefore, toRestore } from "../../src/catalog/sharing/outcome";

const column = {
  sheet: "Bob's data",
  address: "B2:B4",
  grid: [["=1"], ["=2"], ["=3"]],
  original: [["=CX.A()"], ["=CX.B()"], ["=CX.C()"]],
};
const spill = {
  sheet: "Cash",
  address: "A1:A3",
  grid: [["Month"], [0], [1]],
  original: [["=CX.CASHFLOW(1,2)"], [""], [""]],
};

const WRITES = { column, spill };

test.each<[string, unknown[][][], string[], (keyof typeof WRITES)[]]>([
  [
    "nothing applied",
    [
      [["=CX.A()"], ["=CX.B()"], ["=CX.C()"]],
      [["=CX.CASHFLOW(1,2)"], [0], [1]],
    ],
    [],
    [],
  ],
  [
    "part of the column",
    [
      [["=1"], ["=CX.B()"], ["=3"]],
      [["=CX.CASHFLOW(1,2)"], [""], [""]],
    ],
    ["'Bob''s data'!B2", "'Bob''s data'!B4"],
    ["column"],
  ],
  [
    "the table written",
    [
      [["=CX.A()"], ["=CX.B()"], ["=CX.C()"]],
      [["Month"], [0], [1]],
    ],
    ["Cash!A1"],
    ["spill"],
  ],
  [
    "nothing read",
    [],
    ["'Bob''s data'!B2", "'Bob''s data'!B3", "'Bob''s data'!B4", "Cash!A1"],
    ["column", "spill"],
  ],
])("%s", (_name, now, changed, restore) => {
  expect(notAsBefore([column, spill], now)).toEqual(changed);
  expect(toRestore([column, spill], now)).toEqual(restore.map((name) => WRITES[name]));
});
