/**
 * The native form of CX.AFTER_HOURS_SHARE computes what the core computes: the core's own example,
 * both orientations, the errors (#DIV/0! for an empty week, #VALUE! for a reversed window or a grid
 * of the wrong shape), and random valid weeks evaluated in HyperFormula, compared to 1e-9.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { evaluate } from "../../../src/catalog";
import { nativeAfterHours } from "../../../src/catalog/native/afterHours";
import type { CallArg } from "../../../src/excel/nativeForm";
import { FormulaSheet, OMITTED, cell, mismatch, number, range, type NativeCase } from "./engine";
import { afterHoursSpecs, placeAfterHours, type AfterHoursSpec } from "./afterHoursCases";

fc.configureGlobal({
  seed: process.env.CI ? 20261123 : undefined,
  numRuns: Number(process.env.RUNS ?? 300),
});

let sheet: FormulaSheet;
beforeAll(() => (sheet = new FormulaSheet()));
afterAll(() => sheet.destroy());

function formulaOf(args: readonly CallArg[]): string {
  const form = nativeAfterHours(args);
  if (form === null) throw new Error("no native form");
  return `=${form.text}`;
}

function check(c: NativeCase): unknown {
  const formula = formulaOf(c.args);
  const shown = sheet.evaluate(c.cells, formula);
  const why = mismatch(shown, evaluate("AFTER_HOURS_SHARE", c.raw));
  if (why !== null) throw new Error(`${c.label}: ${why}\n${formula}`);
  return shown;
}

/** 30 contacts on Monday 10:00 and 10 on Saturday 10:00 (the core's example), in either orientation. */
function example(daysDown: boolean, hours: Partial<AfterHoursSpec> = {}): AfterHoursSpec {
  const contacts = Array.from({ length: 168 }, () => 0);
  const index = (day: number, hour: number) => (daysDown ? day * 24 + hour : hour * 7 + day);
  contacts[index(0, 10)] = 30;
  contacts[index(5, 10)] = 10;
  return {
    daysDown,
    contacts,
    from: { as: "omitted" },
    until: { as: "omitted" },
    days: { as: "omitted" },
    ...hours,
  };
}

describe("AFTER_HOURS_SHARE native form: fixed cases", () => {
  it.each([true, false])("the core's example gives 0.25 (days down the rows: %s)", (daysDown) => {
    expect(check(placeAfterHours(example(daysDown), 1))).toBeCloseTo(0.25, 12);
  });

  it("opening hours from cells and typed days count Saturday as open", () => {
    const spec = example(true, {
      from: { as: "cell", value: 8 },
      until: { as: "cell", value: 20 },
      days: { as: "number", value: 6 },
    });
    expect(check(placeAfterHours(spec, 1))).toBe(0);
  });

  it("an empty week is #DIV/0!", () => {
    const spec = { ...example(false), contacts: Array.from({ length: 168 }, () => null) };
    expect(check(placeAfterHours(spec, 1))).toMatchObject({ value: "#DIV/0!" });
  });

  it("a reversed window read from cells is #VALUE!, as in the add-in", () => {
    const spec = example(true, {
      from: { as: "cell", value: 17 },
      until: { as: "cell", value: 9 },
    });
    const c = placeAfterHours(spec, 1);
    expect(evaluate("AFTER_HOURS_SHARE", c.raw)).toMatchObject({ code: "#VALUE!" });
    expect(sheet.evaluate(c.cells, formulaOf(c.args))).toMatchObject({ value: "#VALUE!" });
  });

  it.each([
    [
      "a typed reversed window (the cell keeps the add-in's #VALUE!)",
      [range("B1:Y7"), number(17), number(9)],
    ],
    ["a literal grid of the wrong shape", [range("B1:Y8")]],
    ["a single cell", [cell("B1")]],
    ["an hour given as a range", [range("B1:Y7"), range("A1:A2")]],
    ["an omitted grid", [OMITTED]],
  ])("no native form for %s", (_name, args) => {
    expect(nativeAfterHours(args)).toBeNull();
  });

  it("a grid that grows after the formula is built (a row inserted) shows #VALUE!", () => {
    const c = placeAfterHours(example(true), 1);
    const text = formulaOf(c.args).split("B1:Y7").join("B1:Y8");
    expect(sheet.evaluate({ ...c.cells, B8: 5 }, text)).toMatchObject({ value: "#VALUE!" });
  });

  it("a named grid is checked for its shape in the formula", () => {
    const hf = HyperFormula.buildFromSheets(
      { S: [] },
      { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
    );
    const c = placeAfterHours(example(false), 1);
    for (const [address, value] of Object.entries(c.cells)) {
      const col = address.charCodeAt(0) - 65;
      hf.setCellContents({ sheet: 0, col, row: Number(address.slice(1)) - 1 }, [[value]]);
    }
    hf.addNamedExpression("Week", "=S!$B$1:$H$24");
    hf.addNamedExpression("Wrong", "=S!$B$1:$H$23");
    const formula = (name: string) => `=${nativeAfterHours([range(name)])!.text}`;
    hf.setCellContents({ sheet: 0, col: 30, row: 0 }, [[formula("Week")], [formula("Wrong")]]);
    expect(hf.getCellValue({ sheet: 0, col: 30, row: 0 })).toBeCloseTo(0.25, 12);
    expect(hf.getCellValue({ sheet: 0, col: 30, row: 1 })).toMatchObject({ value: "#VALUE!" });
    hf.destroy();
  });
});

describe("AFTER_HOURS_SHARE native form: random valid weeks", () => {
  it("HyperFormula shows the core's share, or #DIV/0! for an empty week", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(afterHoursSpecs, (spec) => {
        const shown = check(placeAfterHours(spec, 1));
        seen.add(typeof shown === "number" ? "number" : "error");
      }),
    );
    expect([...seen].sort()).toEqual(["error", "number"]);
  });
});
