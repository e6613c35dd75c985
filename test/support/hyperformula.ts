/**
 * An independent formula engine (HyperFormula) loaded with a TemplateSpec: the sheet's formulas
 * evaluated as a spreadsheet would, with the CX.* custom functions registered from the core for
 * the add-in mode (exactly what the add-in registers in Excel). CX.CASHFLOW and CX.CONTACT_GRID
 * spill their blocks as in Excel, so the README's examples of them can be checked too.
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
import { CATALOG, FUNCTION_IDS, evaluate, type FunctionId } from "../../src/catalog";
import { isCalcError } from "../../src/core";
import { CASHFLOW_HEADERS, VERDICTS } from "../../src/i18n/results";
import type { Lang } from "../../src/i18n/language";
import type { TemplateSpec } from "../../src/template";

const ERROR_TYPES = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
} as const;

/** The language CX.WORTH_IT answers in, as Excel's display language would decide. */
let engineLang: Lang = "en";

/** Sets the language the CX functions answer in (Excel's display language). */
export function setEngineLanguage(lang: Lang): void {
  engineLang = lang;
}

function toRaw(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toRaw));
  // HyperFormula's typed numbers (percent, currency) carry the number in `val`.
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

/** An argument as HyperFormula parsed it: its node type, and its value when it is a number. */
type AstArg = { readonly type?: string; readonly value?: unknown } | undefined;

/**
 * The spill size of the CX functions that return a block, which HyperFormula must know before it
 * evaluates them (as for its own SEQUENCE): CONTACT_GRID is always 7 rows × 24 columns; CASHFLOW
 * is a header and months 0..n in 5 columns, with n written as a number, or left out (36).
 */
const SPILL_SIZE: Partial<Record<FunctionId, (args: readonly AstArg[]) => ArraySize>> = {
  CONTACT_GRID: () => new ArraySize(24, 7),
  CASHFLOW: (args) => {
    const months = args[3];
    if (months === undefined || months.type === "EMPTY") {
      const fallback = CATALOG.CASHFLOW.params[3].default;
      return new ArraySize(5, fallback + 2);
    }
    return months.type === "NUMBER" && typeof months.value === "number"
      ? new ArraySize(5, months.value + 2)
      : ArraySize.error();
  },
};

class CxPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTION_IDS.map((id) => [
      `CX.${id}`,
      {
        method: `cx_${id}`,
        ...(SPILL_SIZE[id] ? { sizeOfResultArrayMethod: `cx_size_${id}` } : {}),
        parameters: CATALOG[id].params.map((param) => ({
          argumentType: FunctionArgumentType.ANY,
          ...("default" in param && param.default !== undefined ? { optionalArg: true } : {}),
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

for (const id of FUNCTION_IDS) {
  (CxPlugin.prototype as unknown as Record<string, unknown>)[`cx_${id}`] = function (
    this: CxPlugin,
    ast: { args: RunArgs[0] },
    state: RunArgs[1],
  ) {
    return this.runFunction(ast.args, state, this.metadata(`CX.${id}`), (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof CellError);
      if (error) return error;
      // Excel desktop passes a blank referenced cell to a one-value parameter as 0, Excel on the web
      // as null (office-js#4702); the native forms read a blank as 0, so the engine plays desktop.
      const params = CATALOG[id].params;
      // An argument left out (`CX.HIDDEN_COSTS(A1,,B1)`) is an EMPTY node: null, its default.
      const given = (i: number) => (ast.args[i] as { type?: string } | undefined)?.type !== "EMPTY";
      const raw = args.map((arg, i) => {
        const kind = params[i]?.kind;
        const oneValue = kind === "number" || kind === "logical" || kind === "text";
        return oneValue && arg === EmptyValue && given(i) ? 0 : toRaw(arg);
      });
      const result = evaluate(id, raw);
      if (typeof result === "number") return result;
      if (isCalcError(result)) return new CellError(ERROR_TYPES[result.code], result.message);
      if (result.kind === "verdict") {
        const texts = VERDICTS[engineLang];
        return texts[result.level] + (result.immediateRelief ? texts.immediateRelief : "");
      }
      if (result.kind === "grid")
        return SimpleRangeValue.onlyNumbers(result.rows.map((r) => [...r]));
      const header = result.columns.map((column) => CASHFLOW_HEADERS[engineLang][column]);
      return SimpleRangeValue.onlyValues([header, ...result.rows.map((r) => [...r])]);
    });
  };
}

HyperFormula.registerFunctionPlugin(CxPlugin, {
  enGB: Object.fromEntries(FUNCTION_IDS.map((id) => [`CX.${id}`, `CX.${id}`])),
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
