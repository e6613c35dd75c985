/**
 * Random, valid business-case figures for property tests: every input of a kind inside its
 * allowed range (INPUT_RULES), with magnitudes a real case has (money to a million, contacts to a
 * hundred thousand a month), whole where the rule says so, and as a person types them: money in
 * cents, shares in basis points (not 1e-323, which no one types and every engine rounds apart).
 */
import fc from "fast-check";
import {
  INPUT_RULES,
  inputIdsOf,
  type CaseFigures,
  type InputId,
  type TemplateKind,
} from "../../src/core";

/** Upper ends used instead of the rule's (1e12 money is allowed but says nothing about a case). */
const REALISTIC_MAX: Partial<Record<string, number>> = {
  currency: 1e6,
  currencyPerYear: 1e6,
  currencyPerWeek: 1e5,
  currencyPerHour: 200,
  contactsPerMonth: 1e5,
  customersPerYear: 5000,
  hoursPerYear: 2000,
  people: 5,
  minutes: 60,
  weeks: 12,
  years: 20,
};

function arbitraryOf(id: InputId): fc.Arbitrary<number> {
  const rule = INPUT_RULES[id];
  const max = Math.min(rule.max, REALISTIC_MAX[rule.unit] ?? rule.max);
  if (rule.whole) return fc.integer({ min: rule.min, max: Math.floor(max) });
  const steps = rule.unit === "percent" ? 10000 : 100;
  return fc
    .integer({ min: Math.ceil(rule.min * steps), max: Math.floor(max * steps) })
    .map((n) => n / steps);
}

/** Any valid figures of one kind; opening hours kept in order (the one rule across two inputs). */
export function caseArbitrary(kind: TemplateKind): fc.Arbitrary<CaseFigures> {
  const record = Object.fromEntries(inputIdsOf(kind).map((id) => [id, arbitraryOf(id)]));
  return fc.record(record).map((figures) => {
    const f = figures as Record<string, number>;
    if (kind === "reachability" && (f.openFrom ?? 0) >= (f.openUntil ?? 24)) {
      [f.openFrom, f.openUntil] = [Math.min(f.openFrom ?? 0, 23), 24];
    }
    return { kind, figures: f } as CaseFigures;
  });
}
