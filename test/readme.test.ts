/**
 * The README's English examples are a specification: each `=CX.…(…) → number` line is evaluated
 * by an independent formula engine with the CX functions registered, and must give that number.
 */
import { readFileSync } from "fs";
import path from "path";
import { buildTemplate } from "../src/template";
import { exampleFigures } from "../src/core";
import { evaluateSpec } from "./support/hyperformula";

const readme = readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
const englishBlock = readme.split("English Excel (comma separators):")[1]?.split("```")[1] ?? "";
const examples = [...englishBlock.matchAll(/^(=CX\.[^\n]*?\))\s+→\s+(-?[\d.]+)\s*(?:\(|$)/gm)].map(
  (match) => [match[1]!, Number(match[2])] as const,
);

it("the README lists numeric examples to check", () => {
  expect(examples.length).toBeGreaterThanOrEqual(13);
});

it.each(examples)("%s → %d", (formula, expected) => {
  // An empty sheet to evaluate the formula in: the template spec's loader does the CX registration.
  const spec = buildTemplate("digital", exampleFigures("digital"), {
    lang: "en",
    mode: "native",
    horizonMonths: 12,
  });
  // HyperFormula knows TRUE()/FALSE() but not Excel's bare TRUE/FALSE literals.
  const engineFormula = formula.replace(/\b(TRUE|FALSE)\b(?!\()/g, "$1()");
  const sheet = evaluateSpec({
    ...spec,
    cells: [{ address: "A1", formula: engineFormula }],
    names: [],
  });
  const value = sheet.value("A1");
  sheet.destroy();
  const tolerance = expected === 0.6628 ? 5e-5 : 1e-9;
  expect(Math.abs((value as number) - expected)).toBeLessThanOrEqual(tolerance);
});
