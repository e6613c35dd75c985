/** A1 addresses, sheet quoting and text constants, as Excel writes them. */
import {
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  qualify,
  quoteSheet,
  quoteText,
  rangeAddress,
  rangeSize,
  sheetNeedsQuotes,
  splitQualified,
  tryParseCell,
} from "../../src/excel/a1";

describe("column letters ⇄ 1-based index", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("%i ⇄ %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  test("every column from 1 to 16384 survives the round trip", () => {
    for (let i = 1; i <= 16384; i++) expect(columnIndex(columnLetters(i))).toBe(i);
  });

  test("a column that does not exist is an error", () => {
    expect(() => columnLetters(0)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
    expect(() => columnIndex("A1")).toThrow(RangeError);
  });
});

describe("cells and ranges", () => {
  test("a cell address, relative or absolute", () => {
    expect(parseCell("B3")).toEqual({ row: 3, column: 2 });
    expect(parseCell("$B$3")).toEqual({ row: 3, column: 2 });
    expect(parseCell("xfd1048576")).toEqual({ row: 1048576, column: 16384 });
    expect(cellAddress({ row: 3, column: 2 })).toBe("B3");
    expect(cellAddress({ row: 3, column: 2 }, true)).toBe("$B$3");
  });

  it.each(["A0", "XFE1", "A1048577", "AAAA1", "A1:B2", "Sheet1!A1", "Investment", ""])(
    "%s is not a cell",
    (text) => {
      expect(tryParseCell(text)).toBeNull();
      expect(() => parseCell(text)).toThrow(RangeError);
    },
  );

  test("a range, corners in any order, and back", () => {
    const range = parseRange("D9:B3");
    expect(range).toEqual({ start: { row: 3, column: 2 }, end: { row: 9, column: 4 } });
    expect(rangeAddress(range)).toBe("B3:D9");
    expect(rangeAddress(range, true)).toBe("$B$3:$D$9");
    expect(rangeSize(range)).toEqual({ rows: 7, columns: 3 });
    expect(rangeAddress(parseRange("C5"))).toBe("C5");
  });
});

describe("sheet names in references", () => {
  it.each([
    ["Model", "Model"],
    ["Blad1", "Blad1"],
    ["_data", "_data"],
    ["Übersicht", "Übersicht"],
    ["Bob's data", "'Bob''s data'"],
    ["My sheet", "'My sheet'"],
    ["ROI 24-7", "'ROI 24-7'"],
    ["2024", "'2024'"],
    ["1Q", "'1Q'"],
    ["A1", "'A1'"],
    ["xfd100", "'xfd100'"],
    ["R1C1", "'R1C1'"],
    ["RC", "'RC'"],
    ["R", "'R'"],
    ["C3", "'C3'"],
    ["TRUE", "'TRUE'"],
    ["Kosten-baten", "'Kosten-baten'"],
    ["''", "''''''"],
  ])("%s → %s", (sheet, quoted) => {
    expect(quoteSheet(sheet)).toBe(quoted);
    expect(sheetNeedsQuotes(sheet)).toBe(quoted !== sheet);
  });

  test("qualify and split are inverses", () => {
    for (const sheet of ["Model", "Bob's data", "R1C1", "it's 'quoted'", "[x]"]) {
      const qualified = qualify(sheet, "B3:D9");
      expect(splitQualified(qualified)).toEqual({ sheet, local: "B3:D9" });
    }
    expect(qualify("Bob's data", "A1")).toBe("'Bob''s data'!A1");
    expect(splitQualified("A1")).toEqual({ sheet: undefined, local: "A1" });
  });
});

describe("text constants", () => {
  it.each([
    ["plain", '"plain"'],
    ['not within "36" months', '"not within ""36"" months"'],
    ["", '""'],
    ['"', '""""'],
  ])("%j → %s", (text, constant) => {
    expect(quoteText(text)).toBe(constant);
  });
});
