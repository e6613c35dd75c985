/**
 * The function catalog (shared/design.md): each id's parameters as data and the core function it
 * calls. Ids are stored in users' workbooks: never rename one.
 */
import {
  readArgs,
  isVector,
  vectorValues,
  type ArgValues,
  type ParamSpec,
  type Cells,
} from "./args";
import { afterHoursShare } from "./afterHours";
import { automationSavings, costPerContact, retentionValue } from "./benefits";
import { MAX_MONTHS, monthlyCashFlow, paybackMonths } from "./cashflow";
import { hiddenCosts, staffCost } from "./costs";
import { DEFAULTS } from "./defaults";
import { discountedRoi, riskAdjust } from "./discounting";
import { invalid, isCalcError, type CalcError } from "./errors";
import { finiteOrError } from "./numbers";
import { netBenefit, roi } from "./roi";
import { worthIt, type Verdict } from "./verdict";

export const CASHFLOW_COLUMNS = ["month", "benefit", "cost", "net", "cumulative"] as const;
export type CashFlowColumn = (typeof CASHFLOW_COLUMNS)[number];

/** A spilled table: a header row of column keys (the functions layer translates them), then numbers. */
export interface TableResult {
  readonly kind: "table";
  readonly columns: readonly CashFlowColumn[];
  readonly rows: readonly (readonly number[])[];
}

export type CalcResult = number | CalcError | Verdict | TableResult;

interface FunctionDefinition<P extends readonly ParamSpec[]> {
  readonly params: P;
  readonly compute: (...args: ArgValues<P>) => CalcResult;
}
function define<const P extends readonly ParamSpec[]>(
  params: P,
  compute: (...args: ArgValues<P>) => CalcResult,
) {
  return { params, compute } satisfies FunctionDefinition<P>;
}

/** A block that must be one row or one column, read with blanks as 0. */
function vector(cells: Cells, name: string): number[] | CalcError {
  return isVector(cells) ? vectorValues(cells) : invalid(name, "notVector");
}

const months = { min: 0, max: MAX_MONTHS, whole: true } as const;
/** Share of the full benefit at go-live; 0 keeps the original ramp min(1, m / ramp_up_months). */
const goLiveShare = {
  name: "go_live_share",
  kind: "number",
  default: 0,
  min: 0,
  max: 1,
  rate: true,
} as const;

export const CATALOG = {
  ROI: define(
    [
      { name: "benefits", kind: "amount" },
      { name: "costs", kind: "amount", min: 0 },
    ],
    (benefits, costs) => roi(benefits, costs),
  ),
  NET_BENEFIT: define(
    [
      { name: "benefits", kind: "amount" },
      { name: "costs", kind: "amount", min: 0 },
    ],
    (benefits, costs) => netBenefit(benefits, costs),
  ),
  PAYBACK_MONTHS: define(
    [
      { name: "investment", kind: "amount", min: 0 },
      { name: "monthly_net_benefit", kind: "cells" },
      { name: "ramp_up_months", kind: "number", default: 0, ...months },
      { name: "monthly_cost", kind: "number", default: 0, min: 0 },
      goLiveShare,
    ],
    (investment, monthlyNet, rampUp, monthlyCost, goLive) => {
      if (monthlyNet.rows === 1 && monthlyNet.columns === 1) {
        return paybackMonths(investment, monthlyNet.values[0] ?? 0, rampUp, monthlyCost, goLive);
      }
      const series = vector(monthlyNet, "monthly_net_benefit");
      return isCalcError(series)
        ? series
        : paybackMonths(investment, series, rampUp, monthlyCost, goLive);
    },
  ),
  HIDDEN_COSTS: define(
    [
      { name: "initial_investment", kind: "amount", min: 0 },
      {
        name: "hidden_cost_rate",
        kind: "number",
        default: DEFAULTS.hiddenCostRate.value,
        min: 0,
        max: 1,
        rate: true,
      },
      { name: "weekly_team_cost", kind: "number", default: 0, min: 0 },
      {
        name: "transition_weeks",
        kind: "number",
        default: DEFAULTS.transitionWeeks.value,
        min: 0,
        max: 52,
      },
      {
        name: "productivity_loss",
        kind: "number",
        default: DEFAULTS.productivityLoss.value,
        min: 0,
        max: 1,
        rate: true,
      },
    ],
    hiddenCosts,
  ),
  AUTOMATION_SAVINGS: define(
    [
      { name: "contacts", kind: "amount", min: 0 },
      { name: "automation_rate", kind: "number", min: 0, max: 1, rate: true },
      { name: "cost_per_contact", kind: "number", min: 0 },
      { name: "cost_per_automated_contact", kind: "number", default: 0, min: 0 },
    ],
    automationSavings,
  ),
  COST_PER_CONTACT: define(
    [
      { name: "total_cost", kind: "amount", min: 0 },
      { name: "contacts", kind: "amount", min: 0 },
    ],
    costPerContact,
  ),
  RETENTION_VALUE: define(
    [
      { name: "retained_customers", kind: "amount", min: 0 },
      { name: "customer_lifetime_value", kind: "number", min: 0 },
    ],
    retentionValue,
  ),
  STAFF_COST: define(
    [
      { name: "hours", kind: "cells", min: 0 },
      { name: "hourly_cost", kind: "number", min: 0 },
      // Surcharges run to 100% for public holidays in CAO Rijk; some agreements pay more, so up to 200%.
      { name: "surcharge", kind: "cells", default: 0, min: 0, max: 2, rate: true },
      { name: "staff", kind: "number", default: 1, min: 0 },
    ],
    staffCost,
  ),
  AFTER_HOURS_SHARE: define(
    [
      { name: "contacts_by_hour", kind: "cells", min: 0 },
      {
        name: "open_from",
        kind: "number",
        default: DEFAULTS.openFrom.value,
        min: 0,
        max: 23,
        whole: true,
      },
      {
        name: "open_until",
        kind: "number",
        default: DEFAULTS.openUntil.value,
        min: 1,
        max: 24,
        whole: true,
      },
      {
        name: "open_days",
        kind: "number",
        default: DEFAULTS.openDays.value,
        min: 0,
        max: 7,
        whole: true,
      },
    ],
    (grid, openFrom, openUntil, openDays) =>
      afterHoursShare(grid, { openFrom, openUntil, openDays }),
  ),
  DISCOUNTED_ROI: define(
    [
      { name: "yearly_benefits", kind: "cells" },
      { name: "yearly_costs", kind: "cells", min: 0 },
      {
        name: "discount_rate",
        kind: "number",
        default: DEFAULTS.discountRate.value,
        min: 0,
        max: 1,
        rate: true,
      },
      { name: "initial_costs", kind: "amount", default: 0, min: 0 },
    ],
    (benefitCells, costCells, rate, initialCosts) => {
      const benefits = vector(benefitCells, "yearly_benefits");
      if (isCalcError(benefits)) return benefits;
      const costs = vector(costCells, "yearly_costs");
      if (isCalcError(costs)) return costs;
      if (costs.length !== benefits.length)
        return invalid("yearly_costs", "sameLength", { other: "yearly_benefits" });
      return discountedRoi(benefits, costs, rate, initialCosts);
    },
  ),
  RISK_ADJUST: define(
    [
      { name: "amount", kind: "amount", min: 0 },
      { name: "risk", kind: "number", min: 0, max: 1, rate: true },
      { name: "is_cost", kind: "logical", default: false },
    ],
    riskAdjust,
  ),
  CASHFLOW: define(
    [
      { name: "investment", kind: "amount", min: 0 },
      { name: "monthly_benefit", kind: "number", min: 0 },
      { name: "monthly_cost", kind: "number", default: 0, min: 0 },
      { name: "months", kind: "number", default: DEFAULTS.horizonMonths.value, ...months, min: 1 },
      { name: "ramp_up_months", kind: "number", default: 0, ...months },
      goLiveShare,
    ],
    (investment, monthlyBenefit, monthlyCost, horizon, rampUpMonths, goLive) => ({
      kind: "table",
      columns: CASHFLOW_COLUMNS,
      rows: monthlyCashFlow({
        investment,
        monthlyBenefit,
        monthlyCost,
        months: horizon,
        rampUpMonths,
        goLiveShare: goLive,
      }).map((row) => [row.month, row.benefit, row.cost, row.net, row.cumulative]),
    }),
  ),
  WORTH_IT: define(
    [
      { name: "contacts_per_month", kind: "amount", min: 0 },
      { name: "standard_question_share", kind: "number", min: 0, max: 1, rate: true },
      { name: "team_overloaded", kind: "logical", default: false },
    ],
    worthIt,
  ),
} as const;

export type FunctionId = keyof typeof CATALOG;
export const FUNCTION_IDS = Object.keys(CATALOG) as FunctionId[];

/** Keeps NaN, ±Infinity and −0 out of every number a function returns, tables included. */
function sanitize(result: CalcResult): CalcResult {
  if (typeof result === "number") return finiteOrError(result);
  if (result.kind !== "table") return result;
  const rows: number[][] = [];
  for (const row of result.rows) {
    const clean: number[] = [];
    for (const value of row) {
      const checked = finiteOrError(value);
      if (isCalcError(checked)) return checked;
      clean.push(checked);
    }
    rows.push(clean);
  }
  return { ...result, rows };
}

/**
 * Runs one catalog function on raw Excel values: arguments checked by their rules, then the maths,
 * then one guard against non-finite results. Never throws for any input.
 */
export function evaluate(id: FunctionId, raw: readonly unknown[]): CalcResult {
  const definition: FunctionDefinition<readonly ParamSpec[]> = CATALOG[id] as FunctionDefinition<
    readonly ParamSpec[]
  >;
  const args = readArgs(definition.params, raw);
  if (isCalcError(args)) return args;
  return sanitize(definition.compute(...args));
}
