/** What a catalog function returns: a number, a spreadsheet error, a verdict, or a spilled table. */
import { isCalcError, type CalcError } from "./errors";
import { finiteOrError } from "./numbers";
import type { Verdict } from "./verdict";

export const CASHFLOW_COLUMNS = ["month", "benefit", "cost", "net", "cumulative"] as const;
export type CashFlowColumn = (typeof CASHFLOW_COLUMNS)[number];

/** A spilled table: a header row of column keys (the functions layer translates them), then numbers. */
export interface TableResult {
  readonly kind: "table";
  readonly columns: readonly CashFlowColumn[];
  readonly rows: readonly (readonly number[])[];
}

/** A spilled block of numbers without a header (the week grid of CX.CONTACT_GRID). */
export interface GridResult {
  readonly kind: "grid";
  readonly rows: readonly (readonly number[])[];
}

export type CalcResult = number | CalcError | Verdict | TableResult | GridResult;

/**
 * Keeps NaN, ±Infinity and −0 out of every number a function returns, tables included; one error
 * in a table makes the whole result that error (one error inside a spill turns the whole spill
 * into #VALUE! in Excel: office-js#2174).
 */
export function sanitize(result: CalcResult): CalcResult {
  if (typeof result === "number") return finiteOrError(result);
  if (result.kind !== "table" && result.kind !== "grid") return result;
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
