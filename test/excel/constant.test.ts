/**
 * The one keep-text rule (src/excel/constant.ts): text Excel would turn into a formula, a number,
 * a logical or a date gets the apostrophe; other text is written as it is. Expected values are
 * written out by hand from Excel's documented behaviour, not computed.
 */
import { shownConstant, textConstant } from "../../src/excel";

describe("textConstant: text Excel would not keep as text gets a leading apostrophe", () => {
  test.each([
    // Formulas (Range.values: "+", "-" and "=" are read as a formula), and "@".
    ["=x", "'=x"],
    ["=CX.ROI(B2,C2)", "'=CX.ROI(B2,C2)"],
    ["-5", "'-5"],
    ["- assumption", "'- assumption"],
    ["+31 20 123 4567", "'+31 20 123 4567"],
    ["@SUM(A1)", "'@SUM(A1)"],
    // The prefix itself: text that starts with one keeps it only behind a second.
    ["'quoted'", "''quoted'"],
    // Numbers, percentages, logicals, dates and times as typed.
    ["123", "'123"],
    ["0.25", "'0.25"],
    [" 42 ", "' 42 "],
    ["1e3", "'1e3"],
    ["40%", "'40%"],
    ["TRUE", "'TRUE"],
    ["false", "'false"],
    ["3/4", "'3/4"],
    ["12-30-13", "'12-30-13"],
    ["9:30", "'9:30"],
  ])("%j is written as %j", (text, written) => {
    expect(textConstant(text)).toBe(written);
  });

  test.each([
    ["Costs"],
    [""],
    ["Verdict: worth it"],
    ["ROI 24-7"],
    ["36 months"],
    ["Month 1"],
    ["a=b"],
    ["Truely"],
  ])("%j is written as it is", (text) => {
    expect(textConstant(text)).toBe(text);
  });
});

describe("shownConstant: a shown value as the constant that writes it back", () => {
  test.each([
    [1234.5, "Double", 1234.5],
    [0, "Double", 0],
    [true, "Boolean", true],
    ["", "Empty", ""],
    [null, "Empty", ""],
    ["#VALUE!", "Error", "=#VALUE!"],
    ["#N/A", "Error", "=#N/A"],
    ["#DIV/0!", "Error", "=#DIV/0!"],
    // Text that merely looks like an error stays text.
    ["#VALUE!", "String", "#VALUE!"],
    ["Month", "String", "Month"],
    ["=x", "String", "'=x"],
    ["-5", "String", "'-5"],
    ["100", "String", "'100"],
  ])("%j (%s) is written as %j", (value, type, written) => {
    expect(shownConstant(value, type)).toBe(written);
  });
});
