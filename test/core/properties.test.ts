/**
 * Properties the catalog keeps for every input, checked with fast-check beside the fixed reference
 * values (the dinero.js way). Seeded in CI (reproducible), random locally (finds more); a failure
 * prints its seed and the shrunk counterexample.
 */
import fc from "fast-check";
import {
  isCalcError,
  npv,
  type CalcResult,
  type ParamSpec,
  type TableResult,
} from "../../src/core";
import { CATALOG, FUNCTION_IDS, evaluate, type FunctionId } from "../../src/catalog";

fc.configureGlobal({ seed: process.env.CI ? 20261123 : undefined, numRuns: 500 });

/** A number result, or +∞ standing for "#N/A: never paid back" (anything else fails the test). */
function paybackOf(investment: number, benefit: unknown, rampUp = 0): number {
  const result = evaluate("PAYBACK_MONTHS", [investment, benefit, rampUp]);
  if (isCalcError(result) && result.code === "#N/A") return Infinity;
  expect(typeof result).toBe("number");
  return result as number;
}
const numberOf = (id: FunctionId, args: unknown[]): number => {
  const result = evaluate(id, args);
  expect(typeof result).toBe("number");
  return result as number;
};
/** Float rounding may differ by a few ulps between two algebraically equal routes. */
const near = (a: number, b: number, tolerance = 1e-9) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

const money = fc.integer({ min: 0, max: 10_000_000 });
const positiveMoney = fc.integer({ min: 1, max: 1_000_000 });
const rampUp = fc.integer({ min: 0, max: 120 });
const investmentPair = fc
  .tuple(money, money)
  .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
const monthSeries = fc.array(fc.integer({ min: -100_000, max: 100_000 }), {
  minLength: 1,
  maxLength: 36,
});

describe("PAYBACK_MONTHS", () => {
  it("never decreases when the investment rises (constant benefit, with and without ramp-up)", () => {
    fc.assert(
      fc.property(investmentPair, positiveMoney, rampUp, ([low, high], benefit, ramp) => {
        expect(paybackOf(high, benefit, ramp)).toBeGreaterThanOrEqual(
          paybackOf(low, benefit, ramp),
        );
        expect(paybackOf(high, benefit)).toBeGreaterThanOrEqual(paybackOf(low, benefit));
      }),
    );
  });

  // Payback is the *first* crossing after being negative (domain.md): for a series whose net falls
  // back below zero a larger investment can move the first crossing earlier ([2, −2] with 2 months
  // of ramp-up: investment 0 dips and never recovers, investment 1 crosses in month 2). The model's
  // monthly net never falls (a ramp-up against constant costs), and for such series it holds.
  it("never decreases when the investment rises (a series of month values that never fall)", () => {
    fc.assert(
      fc.property(
        investmentPair,
        monthSeries.map((values) => [...values].sort((a, b) => a - b)),
        fc.integer({ min: 0, max: 36 }),
        ([low, high], months, ramp) => {
          expect(paybackOf(high, [months], ramp)).toBeGreaterThanOrEqual(
            paybackOf(low, [months], ramp),
          );
        },
      ),
    );
  });

  it("with ramp-up is never earlier than without (constant benefit)", () => {
    fc.assert(
      fc.property(money, positiveMoney, rampUp, (investment, benefit, ramp) => {
        const withRamp = paybackOf(investment, benefit, ramp);
        const without = paybackOf(investment, benefit);
        expect(withRamp >= without || near(withRamp, without)).toBe(true);
      }),
    );
  });

  it("with ramp-up is never earlier than without (non-negative month values)", () => {
    const gains = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 36 });
    fc.assert(
      fc.property(money, gains, fc.integer({ min: 0, max: 36 }), (investment, months, ramp) => {
        const withRamp = paybackOf(investment, [months], ramp);
        const without = paybackOf(investment, [months]);
        expect(withRamp >= without || near(withRamp, without)).toBe(true);
      }),
    );
  });
});

describe("ROI and NET_BENEFIT", () => {
  const amounts = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), {
    minLength: 1,
    maxLength: 6,
  });
  const costs = fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), {
    minLength: 1,
    maxLength: 6,
  });

  it("agree in sign, and ROI = NET_BENEFIT / Σcosts", () => {
    fc.assert(
      fc.property(amounts, costs, (benefits, costValues) => {
        const totalCosts = costValues.reduce((total, value) => total + value, 0);
        const net = numberOf("NET_BENEFIT", [[benefits], [costValues]]);
        const roi = evaluate("ROI", [[benefits], [costValues]]);
        if (totalCosts === 0) return expect(roi).toMatchObject({ code: "#DIV/0!" });
        // A tiny total cost can make the ratio overflow: that is #NUM!, not a sign flip.
        if (!Number.isFinite(net / totalCosts)) return expect(roi).toMatchObject({ code: "#NUM!" });
        expect(Math.sign(roi as number)).toBe(Math.sign(net));
        expect(near(roi as number, net / totalCosts, 1e-12)).toBe(true);
      }),
    );
  });
});

describe("npv", () => {
  it("at rate 0 is the plain sum of the flows", () => {
    const flow = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 40 }), (flows) => {
        expect(npv(0, flows)).toBe(flows.reduce((total, value) => total + value, 0));
      }),
    );
  });
});

describe("AFTER_HOURS_SHARE", () => {
  const count = fc.option(fc.integer({ min: 0, max: 10_000 }), { freq: 5 });
  const week = fc.array(fc.array(count, { minLength: 24, maxLength: 24 }), {
    minLength: 7,
    maxLength: 7,
  });
  const transposed = (grid: (number | null)[][]) =>
    grid[0]!.map((_, hour) => grid.map((day) => day[hour]));
  const hours = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }))
    .filter(([from, until]) => from < until);

  it("is a share within [0, 1], the same for a 7 × 24 grid and its 24 × 7 transpose", () => {
    fc.assert(
      fc.property(week, hours, fc.integer({ min: 0, max: 7 }), (grid, [from, until], days) => {
        const share = evaluate("AFTER_HOURS_SHARE", [grid, from, until, days]);
        expect(evaluate("AFTER_HOURS_SHARE", [transposed(grid), from, until, days])).toEqual(share);
        if (isCalcError(share)) return expect(share.code).toBe("#DIV/0!");
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("is 0 when open all 24 hours, 7 days a week", () => {
    fc.assert(
      fc.property(week, (grid) => {
        fc.pre(grid.some((day) => day.some((contacts) => (contacts ?? 0) > 0)));
        expect(evaluate("AFTER_HOURS_SHARE", [grid, 0, 24, 7])).toBe(0);
      }),
    );
  });
});

describe("HIDDEN_COSTS", () => {
  const args = fc.tuple(
    money,
    fc.double({ min: 0, max: 1, noNaN: true }),
    money,
    fc.double({ min: 0, max: 52, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  const upper = [1e9, 1, 1e9, 52, 1];

  it("never falls when any one argument rises within its range", () => {
    fc.assert(
      fc.property(
        args,
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, i, step) => {
          const raised: number[] = [...base];
          raised[i] = base[i]! + (upper[i]! - base[i]!) * step;
          expect(numberOf("HIDDEN_COSTS", raised)).toBeGreaterThanOrEqual(
            numberOf("HIDDEN_COSTS", [...base]),
          );
        },
      ),
    );
  });
});

describe("RISK_ADJUST", () => {
  it("adjusted benefit ≤ amount ≤ adjusted cost", () => {
    const amount = fc.double({ min: 0, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(amount, fc.double({ min: 0, max: 1, noNaN: true }), (value, risk) => {
        expect(numberOf("RISK_ADJUST", [value, risk, false])).toBeLessThanOrEqual(value);
        expect(numberOf("RISK_ADJUST", [value, risk, true])).toBeGreaterThanOrEqual(value);
      }),
    );
  });
});

describe("CASHFLOW", () => {
  const table = (args: unknown[]) => evaluate("CASHFLOW", args) as TableResult;
  const inputs = fc.tuple(
    money,
    positiveMoney,
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 1, max: 120 }),
    rampUp,
  );

  it("ends at −investment + Σbenefits − Σcosts", () => {
    fc.assert(
      fc.property(inputs, ([investment, benefit, cost, months, ramp]) => {
        const { rows } = table([investment, benefit, cost, months, ramp]);
        let benefits = 0;
        for (let m = 1; m <= months; m++)
          benefits += benefit * (ramp === 0 ? 1 : Math.min(1, m / ramp));
        const last = rows[rows.length - 1]!;
        expect(rows).toHaveLength(months + 1);
        expect(near(last[4]!, -investment + benefits - cost * months)).toBe(true);
      }),
    );
  });

  it("crosses zero where PAYBACK_MONTHS says (monthly cost 0)", () => {
    fc.assert(
      fc.property(inputs, ([investment, benefit, , months, ramp]) => {
        const { rows } = table([investment, benefit, 0, months, ramp]);
        const payback = paybackOf(investment, benefit, ramp);
        const m = rows.findIndex((row) => row[4]! >= 0);
        if (m === -1) return expect(payback).toBeGreaterThan(months - 1e-9);
        const crossing = m === 0 ? 0 : m - 1 + -rows[m - 1]![4]! / rows[m]![3]!;
        expect(Math.abs(crossing - payback)).toBeLessThan(1e-6);
      }),
    );
  });
});

describe("every function, any finite input", () => {
  const finite = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: 0, max: 130 }),
    fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308),
  );
  const cells = fc.oneof(
    finite,
    fc.array(fc.array(fc.option(finite), { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom(7, 24).chain((rows) =>
      fc.array(fc.array(fc.option(finite), { minLength: 31 - rows, maxLength: 31 - rows }), {
        minLength: rows,
        maxLength: rows,
      }),
    ),
  );
  const argument = (spec: ParamSpec) =>
    spec.kind === "logical"
      ? fc.option(fc.boolean())
      : fc.option(spec.kind === "number" ? finite : cells);

  /** Numbers a cell may show: finite and never −0. */
  const isCellNumber = (value: number) => Number.isFinite(value) && !Object.is(value, -0);
  const assertCellSafe = (result: CalcResult) => {
    if (typeof result === "number") return expect(isCellNumber(result)).toBe(true);
    if (result.kind !== "table") return;
    for (const row of result.rows) expect(row.every(isCellNumber)).toBe(true);
  };

  it.each(FUNCTION_IDS)("%s never returns NaN, ±Infinity or −0", (id) => {
    const params: readonly ParamSpec[] = CATALOG[id].params;
    fc.assert(
      fc.property(fc.tuple(...params.map(argument)), (args) => assertCellSafe(evaluate(id, args))),
      { numRuns: 1000 },
    );
  });
});
