/**
 * The formula tree keeps exactly what was written: parse → print gives the same text back, for
 * every form found in real workbooks, and refuses (FormulaSyntaxError) what it cannot read exactly.
 */
import { FormulaSyntaxError, parse, print, walk, type FormulaNode } from "../../src/excel/tree";

const roundTrip = (formula: string) => `=${print(parse(formula))}`;

describe("parse → print gives the formula back unchanged", () => {
  it.each([
    ["apostrophe in a quoted sheet name", "='Bob''s data'!A1+'Bob''s data'!B2:C3"],
    ["quoted name with spaces and digits", "=SUM('Q1 2025'!$B$3:$B$9)"],
    ["spill reference", "=SUM(A1#)"],
    ["qualified spill reference", "=Sheet1!A1#+'Bob''s data'!C3#"],
    ["spill inside a CX call", "=CX.ROI(A1#,B1)"],
    ["structured reference", "=SUM(Table1[Amount])"],
    ["nested structured reference", "=Table1[[#This Row],[Amount]]*2"],
    ["this-row structured reference", "=[@Amount]+Table1[@[Unit Price]]"],
    ["escaped bracket in a column name", "=Table1['[Net']]"],
    ["external reference by index", "=[1]Sheet1!A1"],
    ["external reference by name", "='[Book.xlsx]Sheet 1'!A1"],
    ["external reference with a path", "='C:\\Data\\[Book.xlsx]Sheet 1'!A1:B2"],
    ["udf form", "=_xldudf_CX_ROI(A1,B1)"],
    ["linked udf form", "=[1]!_xldudf_CX_ROI(A1,B1)"],
    ["linked udf form by workbook", "=BloombergUI.xla!_xldudf_CX_ROI(A1,B1)"],
    ["nested calls", "=IFNA(CX.PAYBACK_MONTHS(Investment,CX.NET_BENEFIT(A1,B1)/12),0)"],
    ["string literal holding CX.ROI(", '="CX.ROI("&A1&"""CX.ROI(A1)"""'],
    ["lower-case cx.roi", "=cx.roi(A1,B1)"],
    ["array constant", "=CX.ROI({1,2;3,4},{5,6;7,8})"],
    ["array constant with text and spaces", '=SUM({ 1, 2 ; 3, 4 })&{"a","b"}'],
    ["R1C1-looking sheet names", "='R1C1'!A1+'RC'!B2+'C3'!C3+'A1'!D4"],
    ["leading-digit sheet name", "='2024'!A1"],
    ["white space and line breaks", "= SUM( A1 ,\n B1 ) "],
    ["unary plus", "=+A1*+2"],
    ["implicit intersection", '=@INDIRECT("A1")+@A1:A3'],
    ["intersection and union", "=SUM(A1:C3 B2:B9,(A1,B1))"],
    ["percent and exponent", "=-A1%^2"],
    ["scientific notation", "=1.5E-3*2E+5"],
    ["error values, old and new", "=IF(ISNA(A1),#N/A,#SPILL!)"],
    ["empty arguments", "=CX.HIDDEN_COSTS(A1,,B1)+F()+G(,)"],
    ["comparison operators", "=IF(A1>=2,TRUE,FALSE)<>(B1<=3)"],
  ])("%s: %s", (_name, formula) => {
    expect(roundTrip(formula)).toBe(formula);
  });
});

describe("the tree says what the tokenizer's tokens meant", () => {
  const calls = (formula: string) =>
    [...walk(parse(formula))].flatMap((node) => (node.kind === "call" ? [node.name] : []));
  const references = (formula: string) =>
    [...walk(parse(formula))].flatMap((node: FormulaNode) =>
      node.kind === "token" && node.type === "reference" ? [node.text] : [],
    );

  test("a spill reference is one reference, and the call keeps its second argument", () => {
    const [call] = parse("=CX.ROI(A1#,B1)");
    expect(call).toMatchObject({ kind: "call", name: "CX.ROI" });
    expect(call?.kind === "call" && call.args.length).toBe(2);
    expect(references("=CX.ROI(A1#,B1)")).toEqual(["A1#", "B1"]);
  });

  test("a nested structured reference is one reference", () => {
    expect(references("=SUM(Table1[[#This Row],[Amount]])")).toEqual([
      "Table1[[#This Row],[Amount]]",
    ]);
  });

  test("calls are found however deep, never inside text", () => {
    expect(calls('=ROUND(CX.ROI(A1,IF(B1,CX.NET_BENEFIT(C1,D1),0)),2)&"CX.ROI("')).toEqual([
      "ROUND",
      "CX.ROI",
      "IF",
      "CX.NET_BENEFIT",
    ]);
  });

  test("@ before a function is kept on the call", () => {
    expect(parse("=@CX.ROI(A1,B1)")[0]).toMatchObject({ kind: "call", implicit: true });
  });
});

describe("what cannot be read exactly is refused", () => {
  it.each([
    ["an unclosed call", "=SUM(A1"],
    ["a stray parenthesis", "=A1)"],
    ["an unclosed string", '="abc'],
    ["an unclosed sheet name", "='Bob!A1"],
    ["an unclosed bracket", "=Table1[Amount"],
    ["a line break inside a reference", "=A\n1"],
    ["a semicolon outside an array", "=SUM(1;2)"],
    ["an unknown # value", "=#WHAT"],
    ["a private-use character", "=A1+\uE000"],
  ])("%s", (_name, formula) => {
    expect(() => parse(formula)).toThrow(FormulaSyntaxError);
  });
});
