/**
 * What drives the result (issue "The decision on one page"): the risk-adjusted NPV with one driver
 * moved to the low and the high end of its range (a tornado), and the break-even values of the
 * drivers the NPV is linear in. The core recomputes the whole case for every point; the sheet uses
 * the model's linearity instead, and the tests compare the two.
 */
import { computeBusinessCase } from "./businessCase";
import {
  INPUT_RULES,
  type CaseFigures,
  type Figures,
  type InputId,
  type TemplateKind,
} from "./inputs";

export type DriverId =
  | "contacts"
  | "automatedShare"
  | "afterHoursShare"
  | "valuePerResolved"
  | "realisationShare"
  | "lostDemandShare"
  | "revenuePerServedContact"
  | "contributionMargin"
  | "investment"
  | "recurringCost"
  | "rampUp";

/** How a driver moves from the user's figure y: y × factor, y + delta, or to a set value. */
export interface DriverChange {
  readonly kind: "factor" | "delta" | "value";
  readonly low: number;
  readonly high: number;
}

export interface DriverDef {
  readonly id: DriverId;
  /** The inputs moved together (one-off costs: every one-off input). */
  readonly inputs: readonly InputId[];
  readonly change: DriverChange;
  /** Bounds a moved share keeps to (the 24/7 article caps automation at 80% of standard questions). */
  readonly within?: readonly [number, number];
}

const factor20: DriverChange = { kind: "factor", low: 0.8, high: 1.2 };
const automated: DriverDef = {
  id: "automatedShare",
  inputs: ["automatedShare"],
  change: factor20,
  within: [0, INPUT_RULES.automatedShare.max],
};
const shared = (oneOff: InputId[], recurring: InputId): DriverDef[] => [
  { id: "investment", inputs: oneOff, change: factor20 },
  { id: "recurringCost", inputs: [recurring], change: factor20 },
  // Published deployments: full effect after 6–18 months.
  { id: "rampUp", inputs: ["rampUpMonths"], change: { kind: "value", low: 6, high: 18 } },
];

/** The drivers of each business case, in the order the sheet lists them before ranking. */
export const DRIVERS: Readonly<Record<TemplateKind, readonly DriverDef[]>> = {
  digital: [
    { id: "contacts", inputs: ["contactsPerMonth"], change: factor20 },
    automated,
    // What a resolved contact is worth: both pricings move, only the one in use counts.
    { id: "valuePerResolved", inputs: ["agentSalaryPerYear", "costPerContact"], change: factor20 },
    {
      id: "realisationShare",
      inputs: ["realisationShare"],
      change: { kind: "delta", low: -0.2, high: 0.2 },
      within: [0, 1],
    },
    ...shared(["implementationCost", "trainingCost"], "recurringCostPerYear"),
  ],
  reachability: [
    { id: "contacts", inputs: ["contactsPerMonth"], change: factor20 },
    automated,
    { id: "afterHoursShare", inputs: ["afterHoursShare"], change: factor20, within: [0, 1] },
    { id: "revenuePerServedContact", inputs: ["revenuePerServedContact"], change: factor20 },
    {
      id: "lostDemandShare",
      inputs: ["lostDemandShare"],
      change: { kind: "delta", low: -0.1, high: 0.1 },
      within: [0, 1],
    },
    {
      id: "contributionMargin",
      inputs: ["contributionMargin"],
      change: factor20,
      within: [0, 1],
    },
    ...shared(["technologyOneOffCost"], "technologyCostPerYear"),
  ],
};

/** A driver's moved value: y × factor, y + delta or the set value, inside its bounds if it has any. */
export function movedValue(driver: DriverDef, end: "low" | "high", y: number): number {
  const { change, within } = driver;
  const amount = change[end];
  const moved =
    change.kind === "factor" ? y * amount : change.kind === "delta" ? y + amount : amount;
  return within === undefined ? moved : Math.min(within[1], Math.max(within[0], moved));
}

function npvWith(input: CaseFigures, horizon: number, changes: Readonly<Record<string, number>>) {
  const figures = { ...input.figures, ...changes };
  return computeBusinessCase({ kind: input.kind, figures } as CaseFigures, horizon).netPresentValue;
}

/** An amount in whole cents, as the sheet's ROUND(x, 2) ranks it. */
const cents = (amount: number): number => Math.round(amount * 100);

export interface TornadoBar {
  readonly id: DriverId;
  readonly npvLow: number;
  readonly npvHigh: number;
  /**
   * |NPV high − NPV low|: the bars are ranked by it rounded to the cent, largest first, ties in the
   * list order. Rounded, because drivers that move the NPV by the same amount (contacts and the
   * automated share, both ±20% of one product) differ only in the last bits, which each engine
   * (the core, Excel, LibreOffice) rounds its own way; the sheet's rank column rounds alike.
   */
  readonly swing: number;
}

/**
 * The tornado: each driver at its low and high end, everything else as entered.
 *
 * @example tornado(digital example, 36)[0].id === "valuePerResolved" // the widest swing first
 */
export function tornado(input: CaseFigures, horizon: number): TornadoBar[] {
  const figures = input.figures as Readonly<Record<InputId, number>>;
  const bars = DRIVERS[input.kind].map((driver): TornadoBar => {
    const at = (end: "low" | "high") =>
      npvWith(
        input,
        horizon,
        Object.fromEntries(driver.inputs.map((id) => [id, movedValue(driver, end, figures[id])])),
      );
    const [npvLow, npvHigh] = [at("low"), at("high")];
    return { id: driver.id, npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow) };
  });
  return bars
    .map((bar, order) => ({ bar, order }))
    .sort((a, b) => cents(b.bar.swing) - cents(a.bar.swing) || a.order - b.order)
    .map(({ bar }) => bar);
}

/**
 * No break-even inside the driver's range: the NPV, linear in the driver, keeps one sign over the
 * whole range, and which sign is what a reader needs ("pays even at 0" or "never pays").
 */
export interface NoBreakEven {
  readonly stays: "positive" | "negative";
}

export type BreakEvenValue = number | NoBreakEven;

export interface BreakEven {
  /** The automated share of standard questions at which the risk-adjusted NPV is 0, within 0–80%. */
  readonly automatedShare: BreakEvenValue;
  /** Contacts a month at which it is 0 (0 or more). */
  readonly contactsPerMonth: BreakEvenValue;
  /** Total one-off costs (before hidden costs) at which it is 0 (0 or more). */
  readonly oneOffCosts: BreakEvenValue;
}

/**
 * Where a linear NPV(x) crosses zero, from evaluations far apart: at 0 and at the top of the range,
 * or — without a top — at twice the figure and then again at twice the first estimate, so the
 * slope is measured at the scale of the answer (a step of 1, or of the figure, around a zero at
 * 10⁹ would lose the slope in rounding). Where it is flat or the zero lies outside [0, max], the
 * sign the NPV keeps over the range instead.
 */
function zeroOfLinear(at: (x: number) => number, x0: number, max: number): BreakEvenValue {
  const low = at(0);
  const zeroFrom = (far: number) => {
    const slope = (at(far) - low) / far;
    return slope === 0 || !Number.isFinite(slope) ? null : -low / slope;
  };
  let x = zeroFrom(Number.isFinite(max) ? max : Math.max(1, 2 * Math.abs(x0)));
  if (x !== null && !Number.isFinite(max)) x = zeroFrom(Math.max(1, 2 * Math.abs(x)));
  // No zero in [0, max]: the NPV keeps the sign it has at 0 over the whole range.
  return x !== null && x >= 0 && x <= max ? x : { stays: low >= 0 ? "positive" : "negative" };
}

/**
 * Break-even values: the NPV is linear in the automated share, in the contact volume and in the
 * one-off costs, so each zero follows from two evaluations.
 */
export function breakEven(input: CaseFigures, horizon: number): BreakEven {
  const f = input.figures as Figures<TemplateKind> & Readonly<Record<InputId, number>>;
  const oneOffIds: InputId[] =
    input.kind === "digital" ? ["implementationCost", "trainingCost"] : ["technologyOneOffCost"];
  const oneOff = oneOffIds.reduce((total, id) => total + f[id], 0);
  // Spread a one-off total over its inputs in their current proportions (or all on the first).
  const oneOffAt = (total: number) =>
    Object.fromEntries(
      oneOffIds.map((id, i) => [id, oneOff > 0 ? (f[id] * total) / oneOff : i === 0 ? total : 0]),
    );
  return {
    automatedShare: zeroOfLinear(
      (x) => npvWith(input, horizon, { automatedShare: x }),
      f.automatedShare,
      INPUT_RULES.automatedShare.max,
    ),
    contactsPerMonth: zeroOfLinear(
      (x) => npvWith(input, horizon, { contactsPerMonth: x }),
      f.contactsPerMonth,
      Infinity,
    ),
    oneOffCosts: zeroOfLinear((x) => npvWith(input, horizon, oneOffAt(x)), oneOff, Infinity),
  };
}
