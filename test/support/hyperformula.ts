/**
 * An independent formula engine (HyperFormula) loaded with a TemplateSpec: the sheet's formulas
 * evaluated as a spreadsheet would. The CX.* custom functions are the BUILT ones: dist/functions.js
 * as Excel loads it (test/support/functionsBundle.ts), called as Excel calls them, so an add-in
 * mode sheet checks the shipped script against the core rather than the catalog against itself.
 * CX.CASHFLOW and CX.CONTACT_GRID spill their blocks as in Excel, so the README's examples of them
 * can be checked too. Needs `npm run build` first (npm test builds before jest runs).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import type { Lang } from "../../src/i18n/language";
import type { TemplateSpec } from "../../src/template";
import { StubCustomFunctionsError } from "./customFunctionsStub";
import { loadFunctionsBundle, type BundleFunction } from "./functionsBundle";

const ERROR_TYPES: Readonly<Record<string, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

/** The language CX.WORTH_IT answers in, as Excel's display language would decide. */
let engineLang: Lang = "en";

/** Sets the language the CX functions answer in (Excel's display language). */
export function setEngineLanguage(lang: Lang): void {
  engineLang = lang;
}

const DISPLAY_LOCALE: Readonly<Record<Lang, string>> = { en: "en-US", nl: "nl-NL" };
const bundle = loadFunctionsBundle(() => DISPLAY_LOCALE[engineLang]);

function toRaw(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toRaw));
  // HyperFormula's typed numbers (percent, currency) carry the number in `val`.
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

/** An argument as HyperFormula parsed it: its node type, and its value when it is a number. */
type AstArg = { readonly type?: string; readonly value?: unknown } | undefined;

/**
 * The spill size of the CX functions that return a block, which HyperFormula must know before it
 * evaluates them (as for its own SEQUENCE): CONTACT_GRID is always 7 rows (days) × 24 columns
 * (hours); CASHFLOW is a header and months 0..n in 5 columns, with n written as a number, or left
 * out: 36, as its help in functions.json says ("Optional, default 36").
 */
const SPILL_SIZE: Readonly<Record<string, (args: readonly AstArg[]) => ArraySize>> = {
  CONTACT_GRID: () => new ArraySize(24, 7),
  CASHFLOW: (args) => {
    const months = args[3];
    if (months === undefined || months.type === "EMPTY") return new ArraySize(5, 36 + 2);
    return months.type === "NUMBER" && typeof months.value === "number"
      ? new ArraySize(5, months.value + 2)
      : ArraySize.error();
  },
};

class CxPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    bundle.metadata.map((fn) => [
      `CX.${fn.id}`,
      {
        method: `cx_${fn.id}`,
        ...(SPILL_SIZE[fn.id] ? { sizeOfResultArrayMethod: `cx_size_${fn.id}` } : {}),
        parameters: fn.parameters.map((param) => ({
          argumentType: FunctionArgumentType.ANY,
          ...(param.optional ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );
}

/** The plugin's runner takes the parsed arguments and the interpreter state as HyperFormula typed them. */
type RunArgs = Parameters<CxPlugin["runFunction"]>;

for (const [id, size] of Object.entries(SPILL_SIZE)) {
  (CxPlugin.prototype as unknown as Record<string, unknown>)[`cx_size_${id}`] = (ast: {
    args: readonly AstArg[];
  }) => size(ast.args);
}

/**
 * The arguments as Excel hands them to a custom function. A matrix parameter always gets a 2-D
 * array (one value as [[v]]); a left-out optional argument is null ("When no value is specified
 * for an optional parameter, Excel assigns it the value null",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 * Excel desktop passes a blank referenced cell to a one-value parameter as 0, Excel on the web as
 * null (office-js#4702); the native forms read a blank as 0, so the engine plays desktop.
 */
function excelArgs(
  fn: BundleFunction,
  ast: readonly AstArg[],
  args: readonly unknown[],
): unknown[] {
  return fn.parameters.map((param, i): unknown => {
    const arg = args[i];
    const leftOut = arg === undefined || ast[i]?.type === "EMPTY";
    if (leftOut) return null;
    if (param.dimensionality === "matrix") {
      const raw = toRaw(arg);
      return Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
    }
    return arg === EmptyValue ? 0 : toRaw(arg);
  });
}

/** What the built function returned (or threw), as a HyperFormula value. */
function toCell(call: () => unknown) {
  let result: unknown;
  try {
    result = call();
  } catch (caught) {
    if (!(caught instanceof StubCustomFunctionsError)) throw caught;
    const type = ERROR_TYPES[caught.code];
    if (type === undefined) throw new Error(`unexpected error code ${caught.code}`);
    return new CellError(type, caught.errorMessage);
  }
  if (typeof result === "number" || typeof result === "string") return result;
  if (Array.isArray(result))
    return SimpleRangeValue.onlyValues((result as unknown[][]).map((row) => [...row]) as never);
  throw new Error(`a custom function returned ${JSON.stringify(result)}`);
}

for (const fn of bundle.metadata) {
  const built = bundle.registered.get(fn.id);
  if (built === undefined) throw new Error(`dist/functions.js does not associate ${fn.id}`);
  (CxPlugin.prototype as unknown as Record<string, unknown>)[`cx_${fn.id}`] = function (
    this: CxPlugin,
    ast: { args: RunArgs[0] },
    state: RunArgs[1],
  ) {
    return this.runFunction(ast.args, state, this.metadata(`CX.${fn.id}`), (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof CellError);
      if (error) return error;
      const given = excelArgs(fn, ast.args, args);
      return toCell(() => built(...given));
    });
  };
}

HyperFormula.registerFunctionPlugin(CxPlugin, {
  enGB: Object.fromEntries(bundle.metadata.map((fn) => [`CX.${fn.id}`, `CX.${fn.id}`])),
});

export const SHEET = "Model";

/** Parses "B12" into 0-based column and row. */
export function parseAddress(address: string): { col: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(match[2]) - 1 };
}

function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface EvaluatedSheet {
  value(address: string): unknown;
  set(address: string, content: unknown): void;
  /** Sets many cells with one recalculation. */
  setMany(contents: Readonly<Record<string, unknown>>): void;
  destroy(): void;
}

/** Loads a spec's cells and sheet-scoped names into HyperFormula. */
export function evaluateSpec(
  spec: Pick<TemplateSpec, "cells" | "names"> & { readonly lang?: Lang },
  lang: Lang = spec.lang ?? "en",
): EvaluatedSheet {
  engineLang = lang;
  const data: unknown[][] = [];
  for (const cell of spec.cells) {
    const { col, row } = parseAddress(cell.address);
    data[row] ??= [];
    data[row][col] = cell.formula ?? cell.value ?? null;
  }
  for (let r = 0; r < data.length; r++) data[r] ??= [];
  const hf = HyperFormula.buildFromSheets(
    { [SHEET]: data as never },
    // Excel evaluates SUMPRODUCT's arguments as arrays; HyperFormula does so with array arithmetic.
    { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
  );
  const sheetId = hf.getSheetId(SHEET)!;
  for (const name of spec.names) {
    const { col, row } = parseAddress(name.address);
    hf.addNamedExpression(name.name, `=${SHEET}!$${columnLetters(col)}$${row + 1}`, sheetId);
  }
  return {
    value: (address) => hf.getCellValue({ sheet: sheetId, ...parseAddress(address) }),
    set: (address, content) => {
      hf.setCellContents({ sheet: sheetId, ...parseAddress(address) }, [[content as never]]);
    },
    setMany: (contents) => {
      hf.batch(() => {
        for (const [address, content] of Object.entries(contents)) {
          hf.setCellContents({ sheet: sheetId, ...parseAddress(address) }, [[content as never]]);
        }
      });
    },
    destroy: () => hf.destroy(),
  };
}
