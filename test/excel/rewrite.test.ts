/**
 * The rewrite on its own, with a resolver written here (not the catalog's): what is plain, what is
 * rewritten, and what keeps its value and why. A formula that names the add-in is never "plain".
 */
import type { CallArg, NativeForm } from "../../src/excel/nativeForm";
import { addinCallOf, mentionsAddin } from "../../src/excel/addin";
import { repairFormula, rewriteFormula, type CallResolver } from "../../src/excel/rewrite";

/** ROI as (SUM(b)-SUM(c))/SUM(c); DOUBLE(x) as 2*x, atomic when x is; NOPE has no form. */
const resolve: CallResolver = (id, args): NativeForm | null => {
  const [a, b] = args;
  if (id === "ROI" && a && b)
    return { text: `(SUM(${a.text})-SUM(${b.text}))/SUM(${b.text})`, atomic: false };
  if (id === "DOUBLE" && a) return { text: `PRODUCT(2,${a.text})`, atomic: true };
  if (id === "DESCRIBE") return { text: JSON.stringify(JSON.stringify(args)), atomic: true };
  return null;
};
const known = (id: string) => ["ROI", "DOUBLE", "DESCRIBE", "NOPE"].includes(id);
const rewrite = (formula: unknown, options = {}) =>
  rewriteFormula(formula, resolve, { isKnownFunction: known, ...options });

describe("not an add-in formula", () => {
  it.each([
    [42],
    [""],
    ["CX.ROI(A1,B1)"],
    ["=SUM(A1:A3)"],
    ['="CX.ROI("&A1'],
    ['="=CX.ROI(A1,B1)"'],
    ["=MYCX.ROI(A1)"],
    ["=SUM(A1#)+'Bob''s data'!A1"],
    ["='CX.Data'!A1*2"],
  ])("%j", (formula) => {
    expect(rewrite(formula)).toEqual({ kind: "plain" });
  });
});

describe("rewritten to native", () => {
  it.each([
    ["=CX.ROI(A1,B1)", "=(SUM(A1)-SUM(B1))/SUM(B1)"],
    ["=cx.roi(A1,B1)", "=(SUM(A1)-SUM(B1))/SUM(B1)"],
    ["=_xldudf_CX_ROI(A1,B1)", "=(SUM(A1)-SUM(B1))/SUM(B1)"],
    ["=[1]!_xldudf_CX_ROI(A1,B1)", "=(SUM(A1)-SUM(B1))/SUM(B1)"],
    ["=ROUND(CX.ROI(A1:A3,B1:B3),2)*100", "=ROUND((SUM(A1:A3)-SUM(B1:B3))/SUM(B1:B3),2)*100"],
    ["=-CX.ROI(A1,B1)", "=-((SUM(A1)-SUM(B1))/SUM(B1))"],
    ["=CX.DOUBLE(A1)*2", "=PRODUCT(2,A1)*2"],
    ["=CX.DOUBLE(CX.DOUBLE(A1))", "=PRODUCT(2,PRODUCT(2,A1))"],
    ["=CX.ROI(CX.DOUBLE(A1),B1)", "=(SUM(PRODUCT(2,A1))-SUM(B1))/SUM(B1)"],
    ['=CX.DOUBLE(A1)&"CX.ROI("', '=PRODUCT(2,A1)&"CX.ROI("'],
    [
      "='Bob''s data'!B2+CX.DOUBLE('Bob''s data'!B2)",
      "='Bob''s data'!B2+PRODUCT(2,'Bob''s data'!B2)",
    ],
    ["=CX.ROI(A1#,Table1[Amount])", "=(SUM(A1#)-SUM(Table1[Amount]))/SUM(Table1[Amount])"],
    ["=CX.DOUBLE({1,2;3,4})", "=PRODUCT(2,{1,2;3,4})"],
    ["=CX.DOUBLE( A1 )", "=PRODUCT(2,A1)"],
    ["=CX.DOUBLE('CX.Data'!A1)", "=PRODUCT(2,'CX.Data'!A1)"],
    ["=SUM(A1, CX.DOUBLE(B1))\n+1", "=SUM(A1, PRODUCT(2,B1))\n+1"],
  ])("%s → %s", (formula, native) => {
    expect(rewrite(formula)).toMatchObject({ kind: "native", formula: native });
  });

  test("every call is listed with its id and the form it was written in", () => {
    expect(rewrite("=CX.ROI(_xldudf_CX_DOUBLE(A1),[2]!_xldudf_CX_DOUBLE(B1))")).toEqual({
      kind: "native",
      formula: "=(SUM(PRODUCT(2,A1))-SUM(PRODUCT(2,B1)))/SUM(PRODUCT(2,B1))",
      calls: [
        { id: "ROI", form: "namespace", name: "CX.ROI" },
        { id: "DOUBLE", form: "udf", name: "_xldudf_CX_DOUBLE" },
        { id: "DOUBLE", form: "linked-udf", name: "[2]!_xldudf_CX_DOUBLE" },
      ],
    });
  });
});

describe("dependent: the cell keeps its value", () => {
  it.each([
    ["a call without a native form", "=CX.NOPE(A1)", "no-native-form"],
    ["a nested call without one", "=CX.DOUBLE(CX.NOPE(A1))", "no-native-form"],
    ["a function the add-in does not have", "=CX.SOMETHING_NEW(A1)", "unknown-function"],
    ["text the tokenizer cannot read", "=CX.ROI(A1,B1", "unparsable"],
    ["an unknown # value", "=CX.ROI(#WHAT,B1)", "unparsable"],
    ["a reference into another workbook", "=CX.ROI([1]Sheet1!A1,B1)", "external-reference"],
    [
      "an external reference next to the call",
      "=CX.DOUBLE(A1)+'[Book.xlsx]S 1'!A1",
      "external-reference",
    ],
    [
      "another workbook's function next to it",
      "=CX.DOUBLE(A1)+Book.xla!F(1)",
      "external-reference",
    ],
    ["implicit intersection on the call", "=@CX.DOUBLE(A1)", "implicit-intersection"],
    ["the namespace without a call", "=CX.ROI", "unrecognised"],
    ["the namespace as a LAMBDA argument", "=MAP(A1:A3,CX.DOUBLE)", "unrecognised"],
    ["a udf name without a call", "=_xldudf_CX_ROI+1", "unrecognised"],
  ])("%s: %s", (_name, formula, reason) => {
    expect(rewrite(formula)).toMatchObject({ kind: "dependent", reason });
  });

  test("a spill reference no longer passes as clean (it did: the tokenizer failure was swallowed)", () => {
    expect(rewrite("=CX.NOPE(A1#,B1)")).toMatchObject({ kind: "dependent" });
    expect(rewrite("=CX.ROI(A1#,B1)").kind).toBe("native");
  });

  test("a resolver whose text still calls the add-in is caught", () => {
    const leaky: CallResolver = () => ({ text: "CX.ROI(A1,B1)", atomic: true });
    expect(rewriteFormula("=CX.DOUBLE(A1)", leaky)).toMatchObject({
      kind: "dependent",
      reason: "unrecognised",
    });
    const broken: CallResolver = () => ({ text: "SUM(A1", atomic: true });
    expect(rewriteFormula("=CX.DOUBLE(A1)", broken)).toMatchObject({
      kind: "dependent",
      reason: "unparsable",
    });
  });
});

describe("arguments as the native-form builders see them", () => {
  const argsOf = (formula: string, options = {}): CallArg[] => {
    const result = rewrite(formula, options);
    if (result.kind !== "native") throw new Error(result.kind);
    return JSON.parse(JSON.parse(result.formula.slice(1)) as string) as CallArg[];
  };

  it.each<[string, CallArg]>([
    ["", { text: "", kind: "omitted", scalar: true }],
    [" ", { text: "", kind: "omitted", scalar: true }],
    ["12.5", { text: "12.5", kind: "number", scalar: true }],
    ["-1", { text: "-1", kind: "expression", scalar: true }],
    ['"x"', { text: '"x"', kind: "expression", scalar: true }],
    ["B3", { text: "B3", kind: "reference", scalar: true }],
    ["$B$3", { text: "$B$3", kind: "reference", scalar: true }],
    ["'Bob''s data'!B3", { text: "'Bob''s data'!B3", kind: "reference", scalar: true }],
    ["B3:B9", { text: "B3:B9", kind: "reference", scalar: false }],
    ["Q1:Q4!B3", { text: "Q1:Q4!B3", kind: "reference", scalar: false }],
    ["'Q 1:Q 4'!B3", { text: "'Q 1:Q 4'!B3", kind: "reference", scalar: false }],
    ["A1#", { text: "A1#", kind: "reference", scalar: false }],
    ["Table1[Amount]", { text: "Table1[Amount]", kind: "reference", scalar: false }],
    ["[@Amount]", { text: "[@Amount]", kind: "reference", scalar: false }],
    ["Investment", { text: "Investment", kind: "reference", scalar: false }],
    ["{1,2}", { text: "{1,2}", kind: "expression", scalar: false }],
    ["(A1,B1)", { text: "(A1,B1)", kind: "expression", scalar: false }],
    ["SUM(B3:B9)", { text: "SUM(B3:B9)", kind: "expression", scalar: true }],
    ["ROUND(B3:B9,2)", { text: "ROUND(B3:B9,2)", kind: "expression", scalar: false }],
    ["IF(A1,B1,C1)*2", { text: "IF(A1,B1,C1)*2", kind: "expression", scalar: true }],
    ["OFFSET(A1,0,0)", { text: "OFFSET(A1,0,0)", kind: "expression", scalar: false }],
    ["CX.DOUBLE(A1:A3)", { text: "PRODUCT(2,A1:A3)", kind: "expression", scalar: true }],
    ["@A1:A3", { text: "@A1:A3", kind: "reference", scalar: true }],
  ])("%j", (arg, described) => {
    expect(argsOf(`=CX.DESCRIBE(${arg},0)`)[0]).toEqual(described);
  });

  test("a name known to point at one cell is scalar, as written (qualified or not)", () => {
    const asked: string[] = [];
    const isSingleCellName = (name: string) => (asked.push(name), name.endsWith("Investment"));
    const args = argsOf("=CX.DESCRIBE(Investment,Model!Investment,Rates)", { isSingleCellName });
    expect(args.map((arg) => arg.scalar)).toEqual([true, true, false]);
    expect(asked).toEqual(["Investment", "Model!Investment", "Rates"]);
  });
});

describe("repair of _xldudf_ forms", () => {
  it.each([
    ["=_xldudf_CX_ROI(A1,B1)", "=CX.ROI(A1,B1)"],
    ["=[2]!_xldudf_CX_ROI(A1,B1)*2", "=CX.ROI(A1,B1)*2"],
    ["=BloombergUI.xla!_xldudf_CX_DOUBLE(A1)", "=CX.DOUBLE(A1)"],
    ["=CX.ROI(_xldudf_cx_double(A1),B1)", "=CX.ROI(CX.DOUBLE(A1),B1)"],
    ["=CX.NOPE(_xldudf_CX_NOPE('Bob''s data'!A1#))", "=CX.NOPE(CX.NOPE('Bob''s data'!A1#))"],
  ])("%s → %s", (formula, repaired) => {
    expect(repairFormula(formula, { isKnownFunction: known })).toMatchObject({
      kind: "repaired",
      formula: repaired,
    });
  });

  it.each([
    ["=CX.ROI(A1,B1)", { kind: "plain" }],
    ["=SUM(A1)", { kind: "plain" }],
    ["=_xldudf_CX_UNKNOWN(A1)", { kind: "dependent", reason: "unknown-function" }],
    ["=_xldudf_CX_ROI(A1,[1]S!B1)", { kind: "dependent", reason: "external-reference" }],
    ["=_xldudf_CX_ROI(A1,B1", { kind: "dependent", reason: "unparsable" }],
  ])("%s is not repaired", (formula, result) => {
    expect(repairFormula(formula, { isKnownFunction: known })).toMatchObject(result);
  });
});

describe("recognising the add-in's names", () => {
  it.each([
    ["CX.ROI", { id: "ROI", form: "namespace" }],
    ["cx.payback_months", { id: "PAYBACK_MONTHS", form: "namespace" }],
    ["_xldudf_CX_ROI", { id: "ROI", form: "udf" }],
    ["[12]!_xldudf_CX_NET_BENEFIT", { id: "NET_BENEFIT", form: "linked-udf" }],
    ["MYCX.ROI", undefined],
    ["SUM", undefined],
  ])("%s", (name, call) => {
    if (call === undefined) expect(addinCallOf(name)).toBeUndefined();
    else expect(addinCallOf(name)).toMatchObject(call);
  });

  test("mentionsAddin is a cheap maybe: text constants count, other names do not", () => {
    expect(mentionsAddin('="CX.ROI("')).toBe(true);
    expect(mentionsAddin("=[1]!_xldudf_CX_ROI(A1)")).toBe(true);
    expect(mentionsAddin("=MYCX.ROI(A1)")).toBe(false);
    expect(mentionsAddin("=SUM(A1)")).toBe(false);
  });
});
