/**
 * What excel-formula-tokenizer 3.0.0 itself does with the forms that occur in real workbooks.
 * These tests pin the library's behaviour, not ours: src/excel/scan.ts works around every
 * "untrusted" row below, and a library upgrade that changes a row shows up here first.
 */
import { tokenize } from "excel-formula-tokenizer";

const show = (formula: string) =>
  tokenize(formula).map((t) => `${t.type}${t.subtype ? `/${t.subtype}` : ""} ${t.value}`);

describe("trusted: the tokenizer gets these right", () => {
  it.each<[string, string[]]>([
    [
      "=ROUND(CX.ROI(A1:A3,B1:B3),2)",
      [
        "function/start ROUND",
        "function/start CX.ROI",
        "operand/range A1:A3",
        "argument ,",
        "operand/range B1:B3",
        "function/stop ",
        "argument ,",
        "operand/number 2",
        "function/stop ",
      ],
    ],
    ["=cx.roi(A1)", ["function/start cx.roi", "operand/range A1", "function/stop "]],
    ['="CX.ROI("&A1', ["operand/text CX.ROI(", "operator-infix/concatenate &", "operand/range A1"]],
    [
      "={1,2;3,4}",
      [
        "function/start ARRAY",
        "function/start ARRAYROW",
        "operand/number 1",
        "argument ,",
        "operand/number 2",
        "function/stop ARRAYROW",
        "argument ;",
        "function/start ARRAYROW",
        "operand/number 3",
        "argument ,",
        "operand/number 4",
        "function/stop ARRAYROW",
        "function/stop ARRAY",
      ],
    ],
    ["=Table1[Amount]", ["operand/range Table1[Amount]"]],
    ["=[1]Sheet1!A1", ["operand/range [1]Sheet1!A1"]],
    ["='[Book.xlsx]Sheet 1'!A1", ["operand/range '[Book.xlsx]Sheet 1'!A1"]],
    [
      "=_xldudf_CX_ROI(A1)",
      ["function/start _xldudf_CX_ROI", "operand/range A1", "function/stop "],
    ],
    [
      "=[1]!_xldudf_CX_ROI(A1)",
      ["function/start [1]!_xldudf_CX_ROI", "operand/range A1", "function/stop "],
    ],
    ["='R1C1'!A1+RC", ["operand/range 'R1C1'!A1", "operator-infix/math +", "operand/range RC"]],
    ["=A1 B1", ["operand/range A1", "operator-infix/intersect  ", "operand/range B1"]],
    ["=1.5E-3", ["operand/number 1.5E-3"]],
  ])("%s", (formula, tokens) => {
    expect(show(formula)).toEqual(tokens);
  });
});

describe("untrusted: what the tokenizer gets wrong, and how src/excel copes", () => {
  test("a doubled apostrophe in a quoted sheet name comes back single (invalid when printed)", () => {
    // scan.ts: quoted names are replaced by placeholders before tokenizing, restored verbatim.
    expect(show("='Bob''s data'!A1")).toEqual(["operand/range 'Bob's data'!A1"]);
  });

  test("a spill reference starts an 'error' that swallows the rest of the formula", () => {
    // scan.ts: a `#` that follows a reference is a placeholder, so `A1#` stays one operand.
    expect(show("=CX.ROI(A1#,B1)")).toEqual([
      "function/start CX.ROI",
      "unknown A1",
      "operand/range #,B1)",
    ]);
  });

  test("nested brackets of a structured reference are split at the inner comma", () => {
    // scan.ts: a bracket group, nested or not, is one placeholder.
    expect(show("=SUM(Table1[[#This Row],[Amount]])")).toEqual([
      "function/start SUM",
      "operand/range Table1[[#This Row]",
      "argument ,",
      "operand/range [Amount]]",
      "function/stop ",
    ]);
  });

  test("error values it does not know (#SPILL!, #CALC! …) become references", () => {
    expect(show("=#SPILL!")).toEqual(["operand/range #SPILL!"]);
  });

  test("white space and a leading + disappear; @ before a function name is dropped", () => {
    // tree.ts aligns every token with the source text and keeps what the tokenizer dropped.
    expect(show("=SUM(A1, B1)")).toEqual([
      "function/start SUM",
      "operand/range A1",
      "argument ,",
      "operand/range B1",
      "function/stop ",
    ]);
    expect(show("=+A1")).toEqual(["operand/range A1"]);
    expect(show('=@INDIRECT("A1")')).toEqual([
      "function/start INDIRECT",
      "operand/text A1",
      "function/stop ",
    ]);
  });

  test("an unclosed call is not an error: the tokens simply stop", () => {
    // tree.ts: a call without its closing parenthesis is a syntax error.
    expect(show("=SUM(A1")).toEqual(["function/start SUM", "operand/range A1"]);
  });

  test("a stray closing parenthesis throws a TypeError from inside the library", () => {
    expect(() => tokenize("=A1)")).toThrow(TypeError);
  });

  test("line breaks inside a token are deleted, gluing its parts together", () => {
    expect(show("=A\n1")).toEqual(["operand/range A1"]);
  });
});
