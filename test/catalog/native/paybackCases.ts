/**
 * Random valid `CX.PAYBACK_MONTHS` calls, laid out from any top row so that one HyperFormula sheet
 * (one case at a time) or one LibreOffice workbook (hundreds stacked) can evaluate them.
 * Layout from row t: A investment, B a constant benefit, C ramp-up, D monthly cost, E go-live share,
 * F t.. a series in a column, G t.. a series in a row; A t..t+2 an investment given as a range.
 */
import fc from "fast-check";
import type { CallArg } from "../../../src/excel/nativeForm";
import { OMITTED, at, cell, number, range, type NativeCase } from "./engine";

/** How an optional argument is written: left out, typed as a number, or read from a cell. */
type Optional =
  { readonly as: "omitted" } | { readonly as: "number" | "cell"; readonly value: number };

export interface PaybackSpec {
  readonly investment: number | readonly [number, number, number];
  readonly investmentAs: "number" | "cell";
  /** A constant monthly benefit, or month 1..n values (null: a blank cell). */
  readonly benefit: number | readonly (number | null)[];
  readonly orientation: "column" | "row";
  readonly ramp: Optional;
  readonly cost: Optional;
  readonly share: Optional;
}

/** A spec with nothing invested, no benefit, a column series and every optional argument left out. */
export const paybackSpec = (overrides: Partial<PaybackSpec> = {}): PaybackSpec => ({
  investment: 0,
  investmentAs: "number",
  benefit: 0,
  orientation: "column",
  ramp: { as: "omitted" },
  cost: { as: "omitted" },
  share: { as: "omitted" },
  ...overrides,
});

/**
 * A double in [min, max], 0 or at least 1e-6 in size: amounts of money and shares, never the
 * subnormal numbers Excel does not have ([MS-OI29500] 2.1.860: IEEE doubles "excluding
 * denormalized numbers"), where underflow would decide the sign of a month.
 */
export const realistic = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((v) => (Math.abs(v) < 1e-6 ? 0 : v));
/** A double spread evenly over [min, max] (fc.double favours extremes: tiny and huge values). */
export const uniform = (min: number, max: number) =>
  fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((i) => min + ((max - min) * i) / (2 ** 31 - 1));
const money = (max: number) => fc.oneof(fc.integer({ min: 0, max }), realistic(0, max));
/** Whole numbers may be typed into the formula; other doubles come from cells (Excel reads 15 digits). */
const optional = (value: fc.Arbitrary<number>): fc.Arbitrary<Optional> =>
  fc.oneof(
    fc.constant<Optional>({ as: "omitted" }),
    value.map((v): Optional => ({ as: Number.isInteger(v) ? "number" : "cell", value: v })),
    value.map((v): Optional => ({ as: "cell", value: v })),
  );

const monthValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -20000, max: 60000 }) },
  { weight: 3, arbitrary: realistic(-20000, 60000) },
);

export const paybackSpecs: fc.Arbitrary<PaybackSpec> = fc.record({
  investment: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: money(1_000_000) },
    { weight: 1, arbitrary: fc.tuple(money(300_000), money(300_000), money(300_000)) },
  ),
  investmentAs: fc.constantFrom("number" as const, "cell" as const),
  benefit: fc.oneof(
    { weight: 3, arbitrary: realistic(-5000, 120_000) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
    { weight: 4, arbitrary: fc.array(monthValue, { minLength: 2, maxLength: 60 }) },
  ),
  orientation: fc.constantFrom("column" as const, "row" as const),
  ramp: optional(fc.integer({ min: 0, max: 120 })),
  cost: optional(fc.oneof(fc.constant(0), money(60_000))),
  share: optional(fc.oneof(fc.constantFrom(0, 0.2, 0.3, 0.4, 1), realistic(0, 1))),
});

function optionalArg(spec: Optional, address: string, cells: Record<string, number>): CallArg {
  if (spec.as === "omitted") return OMITTED;
  if (spec.as === "number") return number(spec.value);
  cells[address] = spec.value;
  return cell(address);
}

/** The spec's cells, arguments and raw add-in arguments, with its first row at `top`. */
export function placePayback(spec: PaybackSpec, top: number, label = "payback"): NativeCase {
  const cells: Record<string, number | null> = {};
  let investment: CallArg;
  let rawInvestment: unknown;
  if (typeof spec.investment === "number") {
    rawInvestment = spec.investment;
    if (spec.investmentAs === "number" && Number.isInteger(spec.investment)) {
      investment = number(spec.investment);
    } else {
      cells[`A${top}`] = spec.investment;
      investment = cell(`A${top}`);
    }
  } else {
    spec.investment.forEach((v, i) => (cells[`A${top + i}`] = v));
    investment = range(`A${top}:A${top + 2}`);
    rawInvestment = spec.investment.map((v) => [v]);
  }

  let benefit: CallArg;
  let rawBenefit: unknown;
  let height = 3;
  if (typeof spec.benefit === "number") {
    cells[`B${top}`] = spec.benefit;
    benefit = cell(`B${top}`);
    rawBenefit = spec.benefit;
  } else if (spec.orientation === "column") {
    spec.benefit.forEach((v, i) => (cells[`F${top + i}`] = v));
    benefit = range(`F${top}:F${top + spec.benefit.length - 1}`);
    rawBenefit = spec.benefit.map((v) => [v]);
    height = Math.max(height, spec.benefit.length);
  } else {
    spec.benefit.forEach((v, i) => (cells[at(6 + i, top)] = v));
    benefit = range(`G${top}:${at(6 + spec.benefit.length - 1, top)}`);
    rawBenefit = [spec.benefit];
  }

  const scalars: Record<string, number> = {};
  const args = [
    investment,
    benefit,
    optionalArg(spec.ramp, `C${top}`, scalars),
    optionalArg(spec.cost, `D${top}`, scalars),
    optionalArg(spec.share, `E${top}`, scalars),
  ];
  Object.assign(cells, scalars);
  // Trailing omitted arguments are not written at all, as a user would type the call.
  while (args.length > 2 && args[args.length - 1]?.kind === "omitted") args.pop();
  const rawOptional = (arg: Optional) => (arg.as === "omitted" ? undefined : arg.value);
  const raw = [
    rawInvestment,
    rawBenefit,
    rawOptional(spec.ramp),
    rawOptional(spec.cost),
    rawOptional(spec.share),
  ];
  return { label, cells, args, raw, height: height + 1 };
}

/**
 * Calls that pay back, often inside the ramp-up or after a dip below zero: costs a share of the
 * benefit (up to 120%), an investment of 0 to 60 months of benefit, series mostly positive.
 */
export const crossingSpecs: fc.Arbitrary<PaybackSpec> = fc
  .record({
    benefit: uniform(1, 100_000),
    costShare: fc.oneof(fc.constant(0), uniform(0, 1.2)),
    months: fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 3, arbitrary: uniform(0, 60) },
    ),
    ramp: fc.integer({ min: 1, max: 120 }),
    share: fc.oneof(fc.constantFrom(0, 0.2, 0.3, 0.4), uniform(0, 1)),
    series: fc.option(fc.array(uniform(-0.4, 3), { minLength: 2, maxLength: 60 }), { freq: 2 }),
    orientation: fc.constantFrom("column" as const, "row" as const),
  })
  .map((r): PaybackSpec => ({
    investment: r.benefit * r.months,
    investmentAs: "cell",
    benefit: r.series === null ? r.benefit : r.series.map((u) => u * r.benefit),
    orientation: r.orientation,
    ramp: { as: "cell", value: r.ramp },
    cost: { as: "cell", value: r.benefit * r.costShare },
    share: { as: "cell", value: r.share },
  }));

/**
 * Business figures as people type them (whole euros, shares in tenths, costs at round fractions
 * of the benefit): cumulatives that reach exactly zero, where floating point decides the month.
 */
export const typedSpecs: fc.Arbitrary<PaybackSpec> = fc
  .record({
    benefit: fc.integer({ min: 1, max: 100 }).map((n) => n * 100),
    costPercent: fc.integer({ min: 0, max: 120 }),
    months: fc.integer({ min: 0, max: 36 }),
    ramp: fc.integer({ min: 0, max: 24 }),
    share: fc.constantFrom(0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5),
    series: fc.option(fc.array(fc.integer({ min: -5, max: 20 }), { minLength: 2, maxLength: 36 })),
  })
  .map((r): PaybackSpec => ({
    investment: r.benefit * r.months,
    investmentAs: "number",
    benefit: r.series === null ? r.benefit : r.series.map((t) => (t * r.benefit) / 10),
    orientation: "column",
    ramp: { as: "number", value: r.ramp },
    cost: { as: "cell", value: (r.benefit * r.costPercent) / 100 },
    share: { as: "cell", value: r.share },
  }));

/** Every kind of call: anything valid, calls built to cross zero, and typed business figures. */
export const paybackCalls = fc.oneof(paybackSpecs, crossingSpecs, typedSpecs);
