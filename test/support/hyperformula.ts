/**
 * An independent formula engine (HyperFormula) loaded with a TemplateSpec: the sheet's formulas
 * evaluated as a spreadsheet would, with the CX.* custom functions registered from the core for
 * the add-in mode (exactly what the add-in registers in Excel).
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { CATALOG, FUNCTION_IDS, evaluate, isCalcError } from "../../src/core";
import { VERDICTS } from "../../src/i18n/results";
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

function toRaw(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toRaw));
  // HyperFormula's typed numbers (percent, currency) carry the number in `val`.
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

class CxPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTION_IDS.map((id) => [
      `CX.${id}`,
      {
        method: `cx_${id}`,
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

for (const id of FUNCTION_IDS) {
  (CxPlugin.prototype as unknown as Record<string, unknown>)[`cx_${id}`] = function (
    this: CxPlugin,
    ast: { args: RunArgs[0] },
    state: RunArgs[1],
  ) {
    return this.runFunction(ast.args, state, this.metadata(`CX.${id}`), (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof CellError);
      if (error) return error;
      const result = evaluate(id, args.map(toRaw));
      if (typeof result === "number") return result;
      if (isCalcError(result)) return new CellError(ERROR_TYPES[result.code], result.message);
      if (result.kind === "verdict") {
        const texts = VERDICTS[engineLang];
        return texts[result.level] + (result.immediateRelief ? texts.immediateRelief : "");
      }
      return new CellError(ErrorType.VALUE, "CX.CASHFLOW spills; not used in templates");
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

export interface EvaluatedSheet {
  value(address: string): unknown;
  set(address: string, content: unknown): void;
  /** Sets many cells with one recalculation. */
  setMany(contents: Readonly<Record<string, unknown>>): void;
  destroy(): void;
}

/** Loads a spec's cells and sheet-scoped names into HyperFormula. */
export function evaluateSpec(spec: TemplateSpec, lang: Lang = spec.lang): EvaluatedSheet {
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
    { licenseKey: "gpl-v3", smartRounding: false },
  );
  const sheetId = hf.getSheetId(SHEET)!;
  for (const name of spec.names) {
    const { col, row } = parseAddress(name.address);
    hf.addNamedExpression(
      name.name,
      `=${SHEET}!$${String.fromCharCode(65 + col)}$${row + 1}`,
      sheetId,
    );
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
