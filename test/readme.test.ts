/**
 * The README's examples are a specification. Every formula line of its English block,
 * `=…  → result`, is evaluated by an independent formula engine (HyperFormula with the CX functions
 * registered, as the add-in registers them in Excel) and must give the stated result:
 * - a number: exactly, or with "≈" to the digits shown;
 * - a text in quotes: "…" stands for words left out, the rest must match in order, from the start
 *   (and to the end unless the quote ends in "…");
 * - "R × C table" or "R × C grid": the size of the spilled block;
 * - an error value such as #DIV/0!.
 * Every line of the Dutch block is first turned into English Excel's formula language the way the
 * add-in reads Dutch formulas, evaluated with Dutch answers, and must give its own stated result
 * and the same result as the English line with the same formula. The controllers' table of
 * conventions must say what the product says, and the claims the README makes about the model hold.
 */
import { readFileSync } from "fs";
import path from "path";
import { DetailedCellError } from "hyperformula";
import { functionNames } from "../src/catalog/describe";
import { articleFigures, computeBusinessCase } from "../src/core";
import { DUTCH } from "../src/excel/dutch";
import { delocalizeFormula } from "../src/excel/localize";
import type { Lang } from "../src/i18n/language";
import { RESULT_WORDS, VERDICTS, type VerdictText } from "../src/i18n/results";
import { evaluateSpec } from "./support/hyperformula";

const readme = readFileSync(path.resolve(__dirname, "../README.md"), "utf8");

/** The lines of the code block that follows `title` in the README. */
function block(title: string): string[] {
  const code = readme.split(title)[1]?.split("```")[1] ?? "";
  return code.split("\n").filter((line) => line.trim() !== "");
}

type Expected =
  | { readonly kind: "number"; readonly value: number; readonly tolerance: number }
  | { readonly kind: "text"; readonly pieces: readonly string[]; readonly open: boolean }
  | { readonly kind: "block"; readonly rows: number; readonly columns: number }
  | { readonly kind: "error"; readonly code: string };

interface Example {
  readonly line: string;
  readonly formula: string;
  readonly expected: Expected;
}

/** The stated result after "→", or a reason why it cannot be checked. */
function expectedOf(stated: string, lang: Lang): Expected | string {
  const text = /^"([^"]*)"/.exec(stated);
  if (text) {
    const quote = text[1] ?? "";
    return {
      kind: "text",
      pieces: quote.split("…").map((piece) => piece.trim()),
      open: quote.trimEnd().endsWith("…"),
    };
  }
  const spill = /^(\d+) × (\d+) (?:table|grid)\b/.exec(stated);
  if (spill) return { kind: "block", rows: Number(spill[1]), columns: Number(spill[2]) };
  const error = /^(#[A-Z0-9/]+[!?]?)(?:\s|$)/.exec(stated);
  if (error) return { kind: "error", code: error[1] ?? "" };
  const decimal = lang === "nl" ? "," : ".";
  const number = new RegExp(`^(≈ )?(-?\\d+(?:\\${decimal}(\\d+))?)(?:\\s|$)`).exec(stated);
  if (number) {
    const value = Number((number[2] ?? "").replace(decimal, "."));
    const digits = number[3]?.length ?? 0;
    const tolerance = number[1] ? 0.5 * 10 ** -digits : 1e-9 * Math.max(1, Math.abs(value));
    return { kind: "number", value, tolerance };
  }
  return `no result the test can check after "→": ${stated}`;
}

/** Every formula line of a block; a line without a checkable result fails the suite. */
function examplesOf(lines: readonly string[], lang: Lang): Example[] {
  return lines
    .filter((line) => line.startsWith("="))
    .map((line) => {
      const [formula = "", stated = ""] = line.split("→").map((part) => part.trim());
      const expected = expectedOf(stated, lang);
      if (typeof expected === "string") throw new Error(`${line}\n${expected}`);
      return { line, formula, expected };
    });
}

/** What the engine shows for `formula` (the first cell of a spill); for a block, its size. */
function evaluateFormula(formula: string, lang: Lang, spill = false): unknown {
  // HyperFormula knows TRUE()/FALSE() but not Excel's bare TRUE/FALSE literals.
  const engine = formula.replace(/\b(TRUE|FALSE)\b(?!\()/g, "$1()");
  const body = engine.slice(1);
  const cells = spill
    ? [
        { address: "A1", formula: `=ROWS(${body})` },
        { address: "B1", formula: `=COLUMNS(${body})` },
      ]
    : [{ address: "A1", formula: engine }];
  const sheet = evaluateSpec({ cells, names: [] }, lang);
  const value = spill ? [sheet.value("A1"), sheet.value("B1")] : sheet.value("A1");
  sheet.destroy();
  return value;
}

/** What is wrong with an example's result, or null when the engine gives what the README says. */
function problem(example: Example, formula: string, lang: Lang): string | null {
  const { expected } = example;
  const value = evaluateFormula(formula, lang, expected.kind === "block");
  const shown = value instanceof DetailedCellError ? value.value : JSON.stringify(value);
  switch (expected.kind) {
    case "number":
      return typeof value === "number" && Math.abs(value - expected.value) <= expected.tolerance
        ? null
        : `expected ${expected.value} (±${expected.tolerance}), got ${shown}`;
    case "error":
      return value instanceof DetailedCellError && value.value === expected.code
        ? null
        : `expected ${expected.code}, got ${shown}`;
    case "block": {
      const [rows, columns] = value as [unknown, unknown];
      return rows === expected.rows && columns === expected.columns
        ? null
        : `expected a ${expected.rows} × ${expected.columns} block, got ${String(rows)} × ${String(columns)}`;
    }
    case "text":
      return typeof value === "string" && matchesPieces(value, expected.pieces, expected.open)
        ? null
        : `expected "${expected.pieces.join(" … ")}", got ${shown}`;
  }
}

/** The pieces appear in order, the first at the start, the last at the end unless `open`. */
function matchesPieces(value: string, pieces: readonly string[], open: boolean): boolean {
  let from = 0;
  for (const [i, piece] of pieces.entries()) {
    if (piece === "") continue;
    const at = value.indexOf(piece, from);
    if (at < 0 || (i === 0 && at !== 0)) return false;
    from = at + piece.length;
  }
  return open || from === value.length;
}

const english = examplesOf(block("English Excel (comma separators):"), "en");
const dutch = examplesOf(block("Dutch Excel (semicolons, decimal comma"), "nl");
const addinNames = functionNames("nl");
const toEnglish = (formula: string) => delocalizeFormula(formula, DUTCH, { addinNames });
const sameFormula = (a: string, b: string) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");

describe("the English examples", () => {
  it("cover every CX function", () => {
    const used = new Set(english.flatMap((e) => [...e.formula.matchAll(/CX\.(\w+)\(/g)]));
    const ids = new Set([...used].map((match) => match[1]));
    expect([...Object.keys(addinNames)].filter((id) => !ids.has(id))).toEqual([]);
  });
  it.each(english.map((e) => [e.line, e] as const))("%s", (_line, example) => {
    expect(problem(example, example.formula, "en")).toBeNull();
  });
});

describe("the Dutch examples, read as Dutch Excel reads them", () => {
  it("are there", () => expect(dutch.length).toBeGreaterThanOrEqual(8));
  it.each(dutch.map((e) => [e.line, e] as const))("%s", (_line, example) => {
    const formula = toEnglish(example.formula);
    expect(problem(example, formula, "nl")).toBeNull();
    // The same formula as an English example, with the same answer (a verdict in the other language).
    const twin = english.find((e) => sameFormula(e.formula, formula));
    expect(twin?.formula).toBeDefined();
    const inDutch = evaluateFormula(formula, "nl");
    const inEnglish = evaluateFormula(twin?.formula ?? "", "en");
    if (typeof inDutch === "string")
      expect(verdictOf(inDutch, "nl")).toEqual(verdictOf(String(inEnglish), "en"));
    else expect(inDutch).toEqual(inEnglish);
  });
});

/** Which verdict texts a CX.WORTH_IT answer is made of. */
function verdictOf(text: string, lang: Lang): VerdictText[] {
  const texts = VERDICTS[lang];
  return (Object.keys(texts) as VerdictText[]).filter((key) => text.includes(texts[key]));
}

describe("the check would notice a wrong example", () => {
  const wrong = (line: string, lang: Lang = "en") => {
    const [example] = examplesOf([line], lang);
    if (example === undefined) throw new Error(line);
    return problem(example, lang === "nl" ? toEnglish(example.formula) : example.formula, lang);
  };
  it.each([
    "=CX.ROI(200000, 100000)  → 2",
    "=CX.ROI(200000, 100000)  → 1.0000001",
    "=CX.DISCOUNTED_ROI({15000,15000,15000}, {5000,5000,5000}, 10%, 10000)  → ≈ 0.6627",
    '=CX.WORTH_IT(1200, 55%)  → "Fits: …"',
    '=CX.WORTH_IT(1200, 55%)  → "Strong fit: more than 40%"',
    "=CX.CASHFLOW(90000, 30000, 5000, 12, 2)  → 13 × 5 table",
    "=CX.ROI(50000, 0)  → #VALUE!",
    "=CX.ROI(50000, 0)  → 0",
  ])("%s", (line) => expect(wrong(line)).not.toBeNull());
  it("in Dutch too", () => {
    expect(wrong("=CX.TERUGVERDIENTIJD_MAANDEN(100000; 200000/12; 3)  → 6", "nl")).not.toBeNull();
    expect(wrong('=CX.LOONT_HET(1200; 55%)  → "Past: …"', "nl")).not.toBeNull();
  });
  it("and a line without a result it can check", () => {
    expect(() => examplesOf(["=CX.ROI(B2:B4, C2)  → Σ benefits / costs"], "en")).toThrow(
      /no result the test can check/,
    );
  });
});

describe("what the README says about the model", () => {
  it("the conventions table holds each result's label and convention, as the sheet words them", () => {
    const section = readme.split("## Conventions for controllers")[1]?.split("\n\n**")[0] ?? "";
    const rows = section
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| result |"))
      .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| | \|$/g, "")));
    const words = Object.values(RESULT_WORDS.en).map((w) => [w.label, w.convention]);
    expect(rows).toEqual(words);
  });
  it("the article preset reproduces E1 = 100% and E2 = 30% in the article-method row", () => {
    const e1 = computeBusinessCase({ kind: "digital", figures: articleFigures("digital") }, 36);
    const e2 = computeBusinessCase(
      { kind: "reachability", figures: articleFigures("reachability") },
      36,
    );
    expect(e1.articleRoi).toBeCloseTo(1, 12);
    expect(e2.articleRoi).toBeCloseTo(0.3, 12);
    // Retention spread over the customer lifetime: on the TEI basis E2 does not pay in 36 months.
    expect(e2.netPresentValue).toBeLessThan(0);
    expect(e2.verdict).toBe("doesNotPay");
  });
});
