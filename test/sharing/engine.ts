/**
 * HyperFormula with the built CX functions registered (dist/functions.js, test/support/hyperformula.ts) and
 * array arithmetic on, as Excel evaluates SUMPRODUCT's arguments: one sheet per test, a formula
 * evaluated against cell contents, and a comparison that treats errors by their type.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { Lang } from "../../src/i18n/language";
import { parseAddress, setEngineLanguage } from "../support/hyperformula";

/** CX.WORTH_IT answers in the engine's language. */
export function useLanguage(lang: Lang): void {
  setEngineLanguage(lang);
}

export interface Engine {
  /** Replaces the sheet's inputs, then evaluates each formula in its own cell. */
  evaluate(inputs: Readonly<Record<string, unknown>>, formulas: readonly string[]): unknown[];
  destroy(): void;
}

export const SHEET = "S";
const FIRST_FORMULA_ROW = 100;

export function engine(sheets: readonly string[] = [SHEET]): Engine {
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(sheets.map((name) => [name, []])), {
    licenseKey: "gpl-v3",
    smartRounding: false,
    useArrayArithmetic: true,
  });
  const sheet = hf.getSheetId(SHEET)!;
  let written: string[] = [];
  return {
    evaluate(inputs, formulas) {
      hf.batch(() => {
        for (const address of written)
          hf.setCellContents({ sheet, ...parseAddress(address) }, [[null]]);
        for (const [address, content] of Object.entries(inputs))
          hf.setCellContents({ sheet, ...parseAddress(address) }, [[content as never]]);
        formulas.forEach((formula, i) =>
          hf.setCellContents({ sheet, col: 0, row: FIRST_FORMULA_ROW + i }, [[formula]]),
        );
      });
      written = Object.keys(inputs);
      return formulas.map((_f, i) =>
        hf.getCellValue({ sheet, col: 0, row: FIRST_FORMULA_ROW + i }),
      );
    },
    destroy: () => hf.destroy(),
  };
}

/** What a cell shows, with errors reduced to their code (#DIV/0!, #N/A …). */
export function shown(value: unknown): unknown {
  return value instanceof DetailedCellError ? value.value : value;
}

/** Same number to 1e-9 (relative above 1), same text, or the same error code. */
export function sameShown(actual: unknown, expected: unknown): boolean {
  const [a, e] = [shown(actual), shown(expected)];
  if (typeof a === "number" && typeof e === "number")
    return Math.abs(a - e) <= 1e-9 * Math.max(1, Math.abs(e));
  return a === e;
}
