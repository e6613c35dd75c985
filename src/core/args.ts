/**
 * Argument rules as data, checked by one shared runner (the HyperFormula way): each catalog
 * function declares its parameters once, the runner turns raw Excel values into plain numbers,
 * booleans or cell blocks, and the maths behind it may assume valid input.
 */
import { calcError, invalid, isCalcError, type CalcError } from "./errors";
import { finiteOrError } from "./numbers";

/** A block of cells, row-major; `null` marks a blank cell. */
export interface Cells {
  readonly rows: number;
  readonly columns: number;
  readonly values: readonly (number | null)[];
}

interface ParamBase {
  /** The parameter's id as Excel shows it, e.g. `hidden_cost_rate`. */
  readonly name: string;
}
interface Bounds {
  /** Smallest allowed value (inclusive). */
  readonly min?: number;
  /** Largest allowed value (inclusive). */
  readonly max?: number;
  /** Shown as a percentage in messages (`40%`), typed as a fraction. */
  readonly rate?: boolean;
}
/** A number or a range of any shape, summed; blank cells skipped. */
export interface AmountParam extends ParamBase, Bounds {
  readonly kind: "amount";
  readonly default?: number;
}
/** One value (a single cell is fine). */
export interface NumberParam extends ParamBase, Bounds {
  readonly kind: "number";
  readonly default?: number;
  readonly whole?: boolean;
}
export interface LogicalParam extends ParamBase {
  readonly kind: "logical";
  readonly default?: boolean;
}
/** A block whose positions matter (months, years, shifts, hours of the week). */
export interface CellsParam extends ParamBase, Bounds {
  readonly kind: "cells";
  /** When omitted: a single cell holding this value. */
  readonly default?: number;
}
/** Cell values passed through as Excel hands them (a contact log: date-times, text, blanks). */
export interface ValuesParam extends ParamBase {
  readonly kind: "values";
  readonly default?: undefined;
}
/** One text value. */
export interface TextParam extends ParamBase {
  readonly kind: "text";
  readonly default?: string;
}
export type ParamSpec =
  AmountParam | NumberParam | LogicalParam | CellsParam | ValuesParam | TextParam;

type ValueOf<P> = P extends { kind: "logical" }
  ? boolean
  : P extends { kind: "cells" }
    ? Cells
    : P extends { kind: "values" }
      ? unknown
      : P extends { kind: "text" }
        ? string
        : number;
/** The checked argument values a compute function receives, in parameter order. */
export type ArgValues<P extends readonly ParamSpec[]> = { -readonly [K in keyof P]: ValueOf<P[K]> };

function isBlank(raw: unknown): raw is null | undefined | "" {
  return raw === null || raw === undefined || raw === "";
}

/** A raw value Excel could put in one cell, checked to be a usable number. */
function cellNumber(raw: unknown, spec: ParamBase & Bounds): number | CalcError {
  if (typeof raw === "boolean") return invalid(spec.name, "notNumber");
  if (typeof raw !== "number" || !Number.isFinite(raw)) return invalid(spec.name, "notNumber");
  const { min, max, rate } = spec;
  if (rate && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) {
    return invalid(spec.name, "rateRange", { min: min ?? 0, max: max ?? 1 });
  }
  if (min !== undefined && raw < min) return invalid(spec.name, "atLeast", { min });
  if (max !== undefined && raw > max) return invalid(spec.name, "atMost", { max });
  return finiteOrError(raw);
}

/** Reads a scalar or a (possibly ragged) 2-D array into a rectangular block; ragged rows are padded with blanks. */
export function readCells(raw: unknown, spec: CellsParam | AmountParam): Cells | CalcError {
  if (!Array.isArray(raw)) {
    if (isBlank(raw)) return { rows: 1, columns: 1, values: [null] };
    const value = cellNumber(raw, spec);
    return isCalcError(value) ? value : { rows: 1, columns: 1, values: [value] };
  }
  const rows: unknown[] = raw;
  let columns = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) return invalid(spec.name, "notNumber");
    columns = Math.max(columns, row.length);
  }
  const values: (number | null)[] = [];
  for (const row of rows as unknown[][]) {
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (isBlank(cell)) {
        values.push(null);
        continue;
      }
      const value = cellNumber(cell, spec);
      if (isCalcError(value)) return value;
      values.push(value);
    }
  }
  return { rows: columns === 0 ? 0 : rows.length, columns, values };
}

/** The one value of a parameter that takes a single value; a 1×1 range counts as one value. */
function singleValue(raw: unknown, name: string): unknown {
  if (!Array.isArray(raw)) return raw;
  const rows: unknown[] = raw;
  if (rows.length === 1 && Array.isArray(rows[0]) && rows[0].length === 1) return rows[0][0];
  return calcError("#VALUE!", "notSingleValue", { param: name });
}

function readNumber(raw: unknown, spec: NumberParam): number | CalcError {
  const value = singleValue(raw, spec.name);
  if (isCalcError(value)) return value;
  if (isBlank(value)) return spec.default ?? invalid(spec.name, "required");
  const checked = cellNumber(value, spec);
  if (isCalcError(checked)) return checked;
  if (spec.whole && !Number.isInteger(checked)) return invalid(spec.name, "notWhole");
  return checked;
}

function readLogical(raw: unknown, spec: LogicalParam): boolean | CalcError {
  const value = singleValue(raw, spec.name);
  if (isCalcError(value)) return value;
  if (isBlank(value)) return spec.default ?? invalid(spec.name, "required");
  if (typeof value === "boolean") return value;
  // Excel's own logical arguments accept numbers: 0 is FALSE, anything else TRUE.
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  return invalid(spec.name, "notLogical");
}

function readAmount(raw: unknown, spec: AmountParam): number | CalcError {
  if (isBlank(raw) && spec.default !== undefined) return spec.default;
  if (isBlank(raw)) return invalid(spec.name, "required");
  const cells = readCells(raw, spec);
  if (isCalcError(cells)) return cells;
  let total = 0;
  for (const value of cells.values) if (value !== null) total += value;
  // A sum past the float range would turn later ratios into a silent 0: report it instead.
  return finiteOrError(total);
}

function readText(raw: unknown, spec: TextParam): string | CalcError {
  const value = singleValue(raw, spec.name);
  if (isCalcError(value)) return value;
  if (isBlank(value)) return spec.default ?? invalid(spec.name, "required");
  return typeof value === "string" ? value : invalid(spec.name, "notText");
}

function readParam(raw: unknown, spec: ParamSpec): unknown {
  switch (spec.kind) {
    case "values":
      return isBlank(raw) ? invalid(spec.name, "required") : raw;
    case "text":
      return readText(raw, spec);
    case "amount":
      return readAmount(raw, spec);
    case "number":
      return readNumber(raw, spec);
    case "logical":
      return readLogical(raw, spec);
    case "cells":
      if (isBlank(raw) && spec.default !== undefined) {
        return { rows: 1, columns: 1, values: [spec.default] };
      }
      if (isBlank(raw)) return invalid(spec.name, "required");
      return readCells(raw, spec);
  }
}

/** Checks every argument against its rule; the first broken rule wins, in parameter order. */
export function readArgs<P extends readonly ParamSpec[]>(
  params: P,
  raw: readonly unknown[],
): ArgValues<P> | CalcError {
  const values: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    const spec = params[i] as ParamSpec;
    const value = readParam(raw[i], spec);
    if (isCalcError(value)) return value;
    values.push(value);
  }
  return values as ArgValues<P>;
}

/** True when a block is one row or one column (a single cell is both). */
export function isVector(cells: Cells): boolean {
  return cells.rows === 1 || cells.columns === 1;
}

/** A block's values in order, blanks read as 0 (positions matter: month or year t). */
export function vectorValues(cells: Cells): number[] {
  return cells.values.map((value) => value ?? 0);
}
