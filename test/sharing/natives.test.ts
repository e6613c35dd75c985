/**
 * Every native equivalent computes what the add-in computes: HyperFormula evaluates the CX formula
 * (the core, registered as in Excel desktop: a blank cell given for one value arrives as 0,
 * office-js#4702) and its rewrite on random valid inputs, blank cells and omitted arguments
 * included, and must show the same number (1e-9), text or error code — the documented errors too
 * (#DIV/0! for zero totals, #N/A when payback is not reached).
 */
import fc from "fast-check";
import { rewriteFormula } from "../../src/excel";
import { catalogResolverWith, isKnownFunction } from "../../src/catalog/resolver";
import { nativeWords } from "../../src/i18n/verdictLanguage";
import type { Lang } from "../../src/i18n/language";
import { engine, sameShown, shown, useLanguage, type Engine } from "./engine";

fc.configureGlobal({ seed: process.env.CI ? 20261123 : undefined, numRuns: 150 });

type Inputs = Record<string, unknown>;
const blankOr = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: value });
const money = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
const rate = fc.oneof(fc.constantFrom(0, 0.4, 1), fc.double({ min: 0, max: 1, noNaN: true }));
/**
 * A column of four cells, or zeros for the zero-total cases. Rows 3–4 may be blank; rows 1–2 never
 * are, because formulas pass them as single cells, and a blank single cell is a missing required
 * argument (#VALUE! from the add-in in HyperFormula, 0 natively: see docs/sharing.md).
 */
const column = (letter: string, min: number, max: number) =>
  fc
    .oneof(
      {
        weight: 5,
        arbitrary: fc.tuple(
          money(min, max),
          money(min, max),
          blankOr(money(min, max)),
          blankOr(money(min, max)),
        ),
      },
      { weight: 1, arbitrary: fc.constant([0, 0, null, 0]) },
    )
    .map((cells) => Object.fromEntries(cells.map((v, i) => [`${letter}${i + 1}`, v])));
const cells = (...parts: fc.Arbitrary<Inputs>[]) =>
  fc.tuple(...parts).map((all) => Object.assign({}, ...all) as Inputs);
const cell = (address: string, value: fc.Arbitrary<unknown>) =>
  value.map((v) => ({ [address]: v }));

let hf: Engine;
beforeAll(() => (hf = engine()));
afterAll(() => hf.destroy());

/** Evaluates the formula and its rewrite on the inputs; returns what the add-in showed. */
function expectSameValue(formula: string, inputs: Inputs, lang: Lang = "en"): unknown {
  const rewrite = rewriteFormula(formula, catalogResolverWith(nativeWords(lang)), {
    isKnownFunction,
  });
  if (rewrite.kind !== "native") throw new Error(`${formula}: ${JSON.stringify(rewrite)}`);
  expect(rewrite.formula.toUpperCase()).not.toContain("CX.");
  const [original, native] = hf.evaluate(inputs, [formula, rewrite.formula]);
  if (!sameShown(native, original)) {
    throw new Error(
      `${formula} → ${rewrite.formula}\ninputs ${JSON.stringify(inputs)}\n` +
        `add-in ${String(shown(original))}, native ${String(shown(native))}`,
    );
  }
  return shown(original);
}

/** Runs the property and checks the add-in never refused an input (the generators stay valid). */
function check(formulas: readonly string[], inputs: fc.Arbitrary<Inputs>, lang: Lang = "en") {
  const seen = new Set<unknown>();
  fc.assert(
    fc.property(fc.constantFrom(...formulas), inputs, (formula, values) => {
      const result = expectSameValue(formula, values, lang);
      seen.add(typeof result === "number" ? "number" : result);
    }),
  );
  expect(seen).not.toContain("#VALUE!");
  return seen;
}

const amounts = cells(column("A", -1e6, 1e6), column("B", 0, 1e6));

describe("native equivalents match the add-in on random valid inputs", () => {
  test("ROI, including #DIV/0! for zero costs", () => {
    const seen = check(
      ["=CX.ROI(A1:A4,B1:B4)", "=CX.ROI(A1+A2,B1:B4)", "=CX.ROI(A1:A4,B2)", "=CX.ROI(5000,B1:B4)"],
      amounts,
    );
    expect(seen).toContain("#DIV/0!");
  });

  test("NET_BENEFIT", () => {
    check(["=CX.NET_BENEFIT(A1:A4,B1:B4)", "=CX.NET_BENEFIT(A1:A4,B1*2)"], amounts);
  });

  test("PAYBACK_MONTHS with a constant monthly benefit and ramp-up, including #N/A", () => {
    const seen = check(
      [
        "=CX.PAYBACK_MONTHS(B1:B4,C1,C2)",
        "=CX.PAYBACK_MONTHS(B1:B4,C1)",
        "=CX.PAYBACK_MONTHS(B1:B4,C1*2,3)",
        "=CX.PAYBACK_MONTHS(B1,C1,)",
      ],
      cells(
        column("B", 0, 1e6),
        cell("C1", fc.oneof(money(-1e4, 2e5), fc.constant(0))),
        cell("C2", blankOr(fc.integer({ min: 0, max: 120 }))),
      ),
    );
    expect(seen).toContain("#N/A");
  });

  test("DISCOUNTED_PAYBACK over 30 months in a column or 14 in a row, including #N/A and 0", () => {
    const months = (count: number, cellAt: (i: number) => string) =>
      fc
        .array(blankOr(money(-2e4, 6e4)), { minLength: count, maxLength: count })
        .map((v) => Object.fromEntries(v.map((x, i) => [cellAt(i), x])));
    const seen = check(
      [
        "=CX.DISCOUNTED_PAYBACK(B1:B4,H1:H30,C1)",
        "=CX.DISCOUNTED_PAYBACK(B1:B4,H1:H30)",
        "=CX.DISCOUNTED_PAYBACK(B1,J1:W1,C1*0.5)",
      ],
      cells(
        column("B", 0, 4e5),
        cell("C1", fc.oneof(rate, fc.constant(0.1))),
        months(30, (i) => `H${i + 1}`),
        months(14, (i) => `${String.fromCharCode(74 + i)}1`),
      ),
    );
    expect(seen).toContain("#N/A");
    expect(seen).toContain("number");
  });

  test("HIDDEN_COSTS, blanks and omitted arguments taking the defaults", () => {
    check(
      [
        "=CX.HIDDEN_COSTS(B1:B4,C1,C2,C3,C4)",
        "=CX.HIDDEN_COSTS(B1:B4)",
        "=CX.HIDDEN_COSTS(B1:B4,,C2)",
        "=CX.HIDDEN_COSTS(B1:B4,C1,C2*2,3)",
      ],
      cells(
        column("B", 0, 1e6),
        cell("C1", blankOr(rate)),
        cell("C2", blankOr(money(0, 5e4))),
        cell("C3", blankOr(fc.integer({ min: 0, max: 52 }))),
        cell("C4", blankOr(rate)),
      ),
    );
  });

  test("AUTOMATION_SAVINGS", () => {
    check(
      ["=CX.AUTOMATION_SAVINGS(B1:B4,C1,C2,C3)", "=CX.AUTOMATION_SAVINGS(B1:B4,C1,C2)"],
      cells(
        column("B", 0, 1e6),
        cell("C1", rate),
        cell("C2", money(0, 100)),
        cell("C3", blankOr(money(0, 100))),
      ),
    );
  });

  test("COST_PER_CONTACT, including #DIV/0! for zero contacts", () => {
    const seen = check(
      ["=CX.COST_PER_CONTACT(A1:A4,B1:B4)"],
      cells(column("A", 0, 1e6), column("B", 0, 1e5)),
    );
    expect(seen).toContain("#DIV/0!");
  });

  test("RETENTION_VALUE", () => {
    check(["=CX.RETENTION_VALUE(B1:B4,C1)"], cells(column("B", 0, 1e4), cell("C1", money(0, 1e4))));
  });

  test("STAFF_COST per shift, with one surcharge, a surcharge per shift, or none", () => {
    check(
      [
        "=CX.STAFF_COST(D1:D4,C1,E1:E4,C2)",
        "=CX.STAFF_COST(D1:D4,C1,C3,C2)",
        "=CX.STAFF_COST(D1:D4,C1)",
        "=CX.STAFF_COST(D1:D4,C1,E1:E4)*52",
      ],
      cells(
        column("D", 0, 2000),
        column("E", 0, 2),
        cell("C1", money(0, 100)),
        cell("C2", blankOr(fc.integer({ min: 0, max: 20 }))),
        cell("C3", blankOr(fc.double({ min: 0, max: 2, noNaN: true }))),
      ),
    );
  });

  test("DISCOUNTED_ROI, including #DIV/0! when every cost is zero", () => {
    const years = (letter: string) =>
      fc
        .oneof(
          fc.array(money(0, 1e6), { minLength: 5, maxLength: 5 }),
          fc.constant([0, 0, 0, 0, 0]),
        )
        .map((v) => Object.fromEntries(v.map((x, i) => [`${letter}${i + 1}`, x])));
    const seen = check(
      [
        "=CX.DISCOUNTED_ROI(F1:F5,G1:G5,C1,B1:B4)",
        "=CX.DISCOUNTED_ROI(F1:F5,G1:G5)",
        "=CX.DISCOUNTED_ROI(F1:F5,G1:G5,C1)",
      ],
      cells(years("F"), years("G"), column("B", 0, 1e6), cell("C1", blankOr(rate))),
    );
    expect(seen).toContain("#DIV/0!");
  });

  test("RISK_ADJUST for benefits and costs", () => {
    check(
      [
        "=CX.RISK_ADJUST(B1:B4,C1,C2)",
        "=CX.RISK_ADJUST(B1:B4,C1)",
        "=CX.RISK_ADJUST(B1,C1,TRUE())",
      ],
      cells(
        column("B", 0, 1e6),
        cell("C1", rate),
        cell("C2", blankOr(fc.constantFrom(true, false, 0, 1, 2))),
      ),
    );
  });

  describe.each(["en", "nl"] as const)("WORTH_IT, verdicts in %s", (lang) => {
    beforeAll(() => useLanguage(lang));
    afterAll(() => useLanguage("en"));
    test("every verdict, with and without the 1,000+ relief line", () => {
      const seen = check(
        ["=CX.WORTH_IT(B1:B4,C1,C2)", "=CX.WORTH_IT(B1,C1)"],
        cells(
          column("B", 0, 700),
          cell("C1", rate),
          cell("C2", blankOr(fc.constantFrom(true, false, 0, 1))),
        ),
        lang,
      );
      expect(seen.size).toBeGreaterThanOrEqual(4);
    });
  });
});

describe("CX calls nested inside native formulas", () => {
  test.each([
    ["=ROUND(CX.ROI(A1:A4,B1:B4),2)*100"],
    ['=IFNA(CX.PAYBACK_MONTHS(B1:B4,C1,C2),"x")'],
    ["=-CX.ROI(A1:A4,B1:B4)^2"],
    ["=CX.NET_BENEFIT(CX.HIDDEN_COSTS(B1:B4),A1:A4)*2"],
    ["=CX.PAYBACK_MONTHS(B1:B4,CX.NET_BENEFIT(A1,B2)/12)"],
    ['=IFERROR(CX.COST_PER_CONTACT(A1:A4,B1:B4),"none")&" per contact"'],
  ])("%s", (formula) => {
    check(
      [formula],
      cells(
        column("A", 0, 1e6),
        column("B", 0, 1e6),
        cell("C1", money(-1e3, 1e5)),
        cell("C2", blankOr(fc.integer({ min: 0, max: 24 }))),
      ),
    );
  });
});

describe("calls without a native form, or with a range where one value belongs, keep their value", () => {
  test.each([
    ["=CX.CASHFLOW(100000,10000)"],
    ["=CX.CONTACT_GRID(A1:A500)"],
    ["=CX.AFTER_HOURS_SHARE(A1:X8)"],
    ["=CX.PAYBACK_MONTHS(Investment,D70:E105,0)"],
    ["=CX.ROI(A1)"],
    ["=CX.UNKNOWN(A1)"],
    ["=CX.HIDDEN_COSTS(A1,B1:B3)"],
    ["=CX.RISK_ADJUST(A1,B1,C1:C2)"],
  ])("%s", (formula) => {
    const rewrite = rewriteFormula(formula, catalogResolverWith(nativeWords("en")), {
      isKnownFunction,
    });
    expect(rewrite.kind).toBe("dependent");
  });
});
