/**
 * The formula tree: what comes in goes back out unchanged, and only real calls count as add-in
 * calls (never text that merely looks like one).
 */
import { addinCalls, parseFormula, printNodes } from "../../src/taskpane/sharing/formula";

describe("formula text survives parse → print unchanged", () => {
  it.each([
    ['=IFNA(CX.PAYBACK_MONTHS(Investment,D70:D105,0),"not within ""36"" months")'],
    ["=ROUND(CX.ROI(A1:A3,B1:B3),2)*100"],
    ["=CX.ROI(Sheet2!A1:A3,{1,2;3,4})-1%"],
    ["=SUM((A1,B1))+NOW()"],
    ["=CX.HIDDEN_COSTS(A1,,B1)"],
    ["=(A1+B1)*2"],
    ['="CX.ROI("&A1'],
    ["=IF(A1>=2,TRUE,#N/A)"],
    ["=$A$1^2-'Q1 2025'!$B$3:$B$9"],
  ])("%s", (formula) => {
    expect(`=${printNodes(parseFormula(formula))}`).toBe(formula);
  });

  it("drops only the tokenizer's white space after a separator (formulas without CX are never rewritten)", () => {
    expect(`=${printNodes(parseFormula("=cx.roi('My sheet'!A1, -B2)"))}`).toBe(
      "=cx.roi('My sheet'!A1,-B2)",
    );
  });
});

describe("add-in calls are found by the tokenizer, nested too", () => {
  it.each([
    ["=ROUND(CX.ROI(A1:A3,B1:B3),2)*100", ["ROI"]],
    [
      "=IFNA(CX.PAYBACK_MONTHS(Investment,CX.NET_BENEFIT(A1,B1)/12),0)",
      ["PAYBACK_MONTHS", "NET_BENEFIT"],
    ],
    ["=cx.roi(A1,B1)", ["ROI"]],
    ["=_xldudf_CX_ROI(A1,B1)", ["ROI"]],
    ["=CX.SOMETHING_NEW(A1)", [null]],
    ['="CX.ROI("&A1', []],
    ["=SUM(A1:A3)", []],
    ["=MYCX.ROI(A1)", []],
  ])("%s", (formula, ids) => {
    expect(addinCalls(parseFormula(formula))).toEqual(ids);
  });
});
