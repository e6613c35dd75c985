/**
 * The native-form argument helpers (src/catalog/native/args.ts), one module for every CX function:
 * how an omitted argument, one value and a range are written, and when there is no native form.
 */
import {
  NoNativeForm,
  amount,
  keepValueOn,
  literalRange,
  logical,
  operand,
  value,
} from "../../../src/catalog/native/args";
import { nativeCall } from "../../../src/catalog/resolver";
import type { NativeWords } from "../../../src/catalog/types";
import type { CallArg } from "../../../src/excel/nativeForm";

const WORDS: NativeWords = {
  verdicts: { veryProfitable: "A", worthIt: "B", notYet: "C", immediateRelief: "D" },
};
const OMITTED: CallArg = { text: "", kind: "omitted", scalar: true };
const NUMBER: CallArg = { text: "40%", kind: "number", scalar: true };
const CELL: CallArg = { text: "B3", kind: "reference", scalar: true };
const RANGE: CallArg = { text: "B3:B9", kind: "reference", scalar: false };
const NAME: CallArg = { text: "Costs", kind: "reference", scalar: false };
const SUM: CallArg = { text: "B3+B4", kind: "expression", scalar: true };
const ARRAY: CallArg = { text: "{1,2}*B3", kind: "expression", scalar: false };

describe("amounts: one value as written, a range of any shape summed", () => {
  it.each([
    [NUMBER, "40%"],
    [CELL, "B3"],
    [SUM, "(B3+B4)"],
    [RANGE, "SUM(B3:B9)"],
    [NAME, "SUM(Costs)"],
    [ARRAY, "SUM({1,2}*B3)"],
  ])("%j → %s", (arg, text) => {
    expect(amount(arg)).toBe(text);
  });
  it("an omitted amount takes its default, and a required one has no native form", () => {
    expect(amount(OMITTED, 0)).toBe("0");
    expect(amount(undefined, 0)).toBe("0");
    expect(() => amount(OMITTED)).toThrow(NoNativeForm);
    expect(() => amount(undefined)).toThrow(NoNativeForm);
  });
});

describe("single values and logicals: a range has no native form", () => {
  it.each([
    [NUMBER, "40%"],
    [CELL, "B3"],
    [SUM, "(B3+B4)"],
  ])("%j → %s", (arg, text) => {
    expect(value(arg)).toBe(text);
    expect(logical(arg)).toBe(text);
    expect(operand(arg)).toBe(text);
  });
  it.each([RANGE, NAME, ARRAY])("%j is refused as one value and as a logical", (arg) => {
    expect(() => value(arg, 1)).toThrow(NoNativeForm);
    expect(() => logical(arg)).toThrow(NoNativeForm);
  });
  it("omitted: the default; a logical's default is FALSE", () => {
    expect(value(OMITTED, 0.1)).toBe("0.1");
    expect(() => value(OMITTED)).toThrow(NoNativeForm);
    expect(logical(OMITTED)).toBe("FALSE()");
  });
});

describe("keepValueOn: NoNativeForm keeps the value, any other error is a bug and surfaces", () => {
  it("turns NoNativeForm into null", () => {
    expect(keepValueOn(() => ({ text: value(RANGE), atomic: true }))).toBeNull();
  });
  it("rethrows anything else", () => {
    expect(() =>
      keepValueOn(() => {
        throw new TypeError("bug");
      }),
    ).toThrow(TypeError);
  });
});

describe("literal ranges: the shape of plain A1 text, null for anything whose size is unknown", () => {
  it.each([
    ["B2:B37", { rows: 36, columns: 1 }],
    ["$D$5:$AA$11", { rows: 7, columns: 24 }],
    ["Y8:B2", { rows: 7, columns: 24 }],
    ["C4", { rows: 1, columns: 1 }],
    ["b2:c3", { rows: 2, columns: 2 }],
    ["Model!$D$20:$D$55", { rows: 36, columns: 1 }],
    ["'Q1 data'!C3:C14", { rows: 12, columns: 1 }],
    ["'Bob''s data'!A1:B2", { rows: 2, columns: 2 }],
  ])("%s → %j", (text, shape) => {
    expect(literalRange(text)).toEqual(shape);
  });
  it.each([
    "Costs",
    "Model!Costs",
    "A:A",
    "1:1",
    "A1:B2:C3",
    "Sheet1:Sheet3!A1:B2",
    "[1]Sheet1!A1:B2",
    "'[Book.xlsx]Sheet 1'!A1",
    "A1#",
    "Table1[Amount]",
    "@A1:A3",
    "XFE1",
  ])("%s → null", (text) => {
    expect(literalRange(text)).toBeNull();
  });
});

describe("the resolver: a range where one value belongs keeps the value, as the add-in's #VALUE!", () => {
  it("an amount parameter takes a range", () => {
    expect(nativeCall("RETENTION_VALUE", [RANGE, CELL], WORDS)).toEqual({
      text: "SUM(B3:B9)*B3",
      atomic: false,
    });
  });
  it("a number parameter given a range has no native form", () => {
    expect(nativeCall("RETENTION_VALUE", [CELL, RANGE], WORDS)).toBeNull();
    expect(nativeCall("RISK_ADJUST", [CELL, CELL, RANGE], WORDS)).toBeNull();
  });
  it("a cells parameter takes a range as it is", () => {
    expect(nativeCall("STAFF_COST", [RANGE, CELL], WORDS)).toEqual({
      text: "SUMPRODUCT(B3:B9*B3*1)",
      atomic: true,
    });
  });
  it("a required argument left out has no native form", () => {
    expect(nativeCall("ROI", [CELL, OMITTED], WORDS)).toBeNull();
    expect(nativeCall("AUTOMATION_SAVINGS", [CELL, CELL, OMITTED], WORDS)).toBeNull();
  });
});

describe("the words a native form writes come from its caller (the catalog imports no i18n)", () => {
  it("WORTH_IT writes the verdicts it is handed, quoted", () => {
    const words: NativeWords = {
      verdicts: { veryProfitable: 'say "yes"', worthIt: "B", notYet: "C", immediateRelief: " D" },
    };
    expect(nativeCall("WORTH_IT", [CELL, CELL, OMITTED], words)?.text).toBe(
      'IF(B3>0.4,"say ""yes""",IF(OR(B3>=500,FALSE()),"B","C"))&IF(B3>=1000," D","")',
    );
  });
});
