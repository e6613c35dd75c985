/**
 * English formulas in Dutch Excel's formula language (Range.formulasLocal), and back: the writer's
 * fallback when Range.formulas refuses CX formulas in a non-English build (office-js#6614).
 */
import { exampleCase } from "../../src/core";
import { buildTemplate } from "../../src/template";
import { DUTCH } from "../../src/excel/dutch";
import { delocalizeFormula, localizeFormula, LocalizeError } from "../../src/excel/localize";
import { functionNames } from "../../src/catalog/describe";

const addinNames = functionNames("nl");
const toDutch = (formula: string) => localizeFormula(formula, DUTCH, { addinNames });
const toEnglish = (formula: string) => delocalizeFormula(formula, DUTCH, { addinNames });

describe("English → Dutch, as Dutch Excel writes it", () => {
  it.each([
    ["=SUM(A1:A3)", "=SOM(A1:A3)"],
    ["=IF(A1>0.4,TRUE,FALSE)", "=ALS(A1>0,4;WAAR;ONWAAR)"],
    ['=IFNA(MATCH(B2,$D$4:$H$4,0),"—")', '=ALS.NB(VERGELIJKEN(B2;$D$4:$H$4;0);"—")'],
    ["=NPV(0.1,B1:B3)-IRR(C1:C9)", "=NHW(0,1;B1:B3)-IR(C1:C9)"],
    ["=SUMPRODUCT(A1:A3*(1+B1:B3))", "=SOMPRODUCT(A1:A3*(1+B1:B3))"],
    ["=IF(OR(A1>=500,AND(B1,C1)),NA(),1.5E-3)", "=ALS(OF(A1>=500;EN(B1;C1));NB();1,5E-3)"],
    ["=CX.ROI(B4:B9,C4:C9)", "=CX.ROI(B4:B9;C4:C9)"],
    ["=CX.NET_BENEFIT(A1,B1)*1.5", "=CX.NETTO_OPBRENGST(A1;B1)*1,5"],
    [
      "=CX.PAYBACK_MONTHS(Investment,D70:D105,0)",
      "=CX.TERUGVERDIENTIJD_MAANDEN(Investment;D70:D105;0)",
    ],
    ["=SUM({1,2;3,4})", "=SOM({1\\2;3\\4})"],
    ["=SUM((A1,B1))", "=SOM((A1;B1))"],
    ['="1,5 and 2.5; ""x"""&A1', '="1,5 and 2.5; ""x"""&A1'],
    ["='Bob''s data, 2.0'!A1*2.5", "='Bob''s data, 2.0'!A1*2,5"],
    ["=IF(ISNA(A1),#N/A,#DIV/0!)", "=ALS(ISNB(A1);#N/B;#DEEL/0!)"],
    ["=SUM(Table1[Amount])", "=SOM(Table1[Amount])"],
    ["= SUM( A1 , B1 )", "= SOM( A1 ; B1 )"],
  ])("%s → %s", (english, dutch) => {
    expect(toDutch(english)).toBe(dutch);
    expect(toEnglish(dutch)).toBe(english);
  });

  it.each([
    ["a function without a Dutch name in the table", "=XLOOKUP(A1,B:B,C:C)"],
    ["a CX function without a Dutch name", "=CX.SOMETHING_NEW(A1)"],
    ["an _xldudf_ form (repair it first)", "=_xldudf_CX_ROI(A1,B1)"],
    ["a structured-reference keyword", "=Table1[[#This Row],[Amount]]"],
    ["an error value without a Dutch name", "=#SPILL!"],
    ["text that is not a formula", "=SUM(A1"],
  ])("refuses %s", (_name, formula) => {
    expect(() => toDutch(formula)).toThrow(LocalizeError);
  });
});

describe("every formula of every model sheet has a Dutch form, and comes back unchanged", () => {
  const sheets = (["digital", "reachability"] as const).map((kind) =>
    buildTemplate(exampleCase(kind), {
      lang: "nl",
      mode: "addin",
      horizonMonths: 36,
    }),
  );
  const formulas = [
    ...new Set(sheets.flatMap((spec) => spec.cells.flatMap((c) => c.formula ?? []))),
  ];
  it("reads every formula (guards the test itself)", () => {
    expect(formulas.length).toBeGreaterThan(500);
    expect(formulas.some((f) => f.includes("CX.PAYBACK_MONTHS"))).toBe(true);
  });
  it("localizes each formula and delocalizes it back to the same text", () => {
    const failures = formulas.filter((formula) => {
      try {
        return toEnglish(toDutch(formula)) !== formula;
      } catch {
        return true;
      }
    });
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

describe("Dutch → English → Dutch gives the same text", () => {
  it.each([
    "=ALS(A1>0,4;WAAR;ONWAAR)",
    "=SOM({1\\2\\3;4\\5\\6})*0,5",
    "=CX.VERBORGEN_KOSTEN(A1;;B1)",
    '=ALS.FOUT(1/0;"deel, door ; nul")',
  ])("%s", (dutch) => {
    expect(toDutch(toEnglish(dutch))).toBe(dutch);
  });
});
