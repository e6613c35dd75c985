/**
 * The function catalog (shared/design.md): each CX id's runtime declaration, and one runner that
 * checks the arguments by their rules, runs the maths and keeps non-finite numbers out. Ids are
 * stored in users' workbooks: never rename one. Names, descriptions and native forms are in
 * ./text.ts, so what runs in a cell does not carry them.
 */
import { readArgs } from "../core/args";
import { isCalcError } from "../core/errors";
import { sanitize, type CalcResult } from "../core/result";
import { AUTOMATION_SAVINGS, COST_PER_CONTACT, RETENTION_VALUE } from "./benefits";
import { HIDDEN_COSTS, STAFF_COST } from "./costs";
import { WORTH_IT } from "./fit";
import { AFTER_HOURS_SHARE, CONTACT_GRID } from "./hours";
import { CASHFLOW, DISCOUNTED_PAYBACK, PAYBACK_MONTHS } from "./payback";
import { DISCOUNTED_ROI, NET_BENEFIT, RISK_ADJUST, ROI } from "./returns";
import type { CatalogParam, FunctionRuntime } from "./types";

export const CATALOG = {
  ROI,
  NET_BENEFIT,
  PAYBACK_MONTHS,
  DISCOUNTED_PAYBACK,
  HIDDEN_COSTS,
  AUTOMATION_SAVINGS,
  COST_PER_CONTACT,
  RETENTION_VALUE,
  STAFF_COST,
  AFTER_HOURS_SHARE,
  DISCOUNTED_ROI,
  RISK_ADJUST,
  CASHFLOW,
  WORTH_IT,
  CONTACT_GRID,
} as const;

export type FunctionId = keyof typeof CATALOG;
export const FUNCTION_IDS = Object.keys(CATALOG) as FunctionId[];

/** A function's parameters, whatever its id. */
export function paramsOf(id: FunctionId): readonly CatalogParam[] {
  return CATALOG[id].params;
}

/**
 * Runs one catalog function on raw Excel values: arguments checked by their rules, then the maths,
 * then one guard against non-finite results. Never throws for any input.
 *
 * @example evaluate("ROI", [200000, 100000]) === 1
 */
export function evaluate(id: FunctionId, raw: readonly unknown[]): CalcResult {
  const fn = CATALOG[id] as unknown as FunctionRuntime;
  const args = readArgs(fn.params, raw);
  if (isCalcError(args)) return args;
  return sanitize(fn.compute(...args));
}

export type { CatalogParam, FunctionRuntime, FunctionText, Bilingual } from "./types";
