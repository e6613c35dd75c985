/**
 * What "make shareable" will change, worked out from what the workbook holds (every sheet's used
 * range: formulas and the values they show), before anything is written: one entry per cell that
 * calls the add-in, with its native formula or the value it keeps, and counts per sheet and function.
 */
import type { FunctionId } from "../../core";
import { LANGS, type Lang } from "../../i18n/language";
import { VERDICTS } from "../../i18n/results";
import { rewriteCell } from "./rewrite";

/** One sheet's used range as read in one request. */
export interface SheetCells {
  readonly name: string;
  /** The used range's address, e.g. `Model!A1:F120` (null/empty when the sheet is empty). */
  readonly address: string | null;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

export interface CellChange {
  readonly sheet: string;
  /** A1 address of the cell, without the sheet. */
  readonly address: string;
  readonly before: string;
  readonly functions: readonly (FunctionId | null)[];
  /** The native formula; `null` when the cell keeps its value (with a note). */
  readonly formula: string | null;
  /** What the cell shows now (used when it keeps its value). */
  readonly value: unknown;
  readonly valueType: string;
}

export interface SheetSummary {
  readonly sheet: string;
  readonly native: number;
  readonly values: number;
  /** Add-in calls per function name (`CX.ROI` …), nested calls counted too. */
  readonly calls: Readonly<Record<string, number>>;
}

export interface SharePlan {
  readonly changes: readonly CellChange[];
  readonly sheets: readonly SheetSummary[];
  readonly native: number;
  readonly values: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Top-left cell of a used-range address such as `'My sheet'!B3:F9` → { row: 3, column: 2 }. */
export function topLeft(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Z]+)(\d+)/i.exec(local);
  if (match === null) return { row: 1, column: 1 };
  const column = [...(match[1] ?? "A").toUpperCase()].reduce(
    (n, ch) => n * 26 + ch.charCodeAt(0) - 64,
    0,
  );
  return { row: Number(match[2]), column };
}

/** The language a verdict text is written in, so that a rewritten WORTH_IT shows the same words. */
function verdictLanguage(value: unknown): Lang | undefined {
  if (typeof value !== "string") return undefined;
  return LANGS.find((lang) =>
    Object.values(VERDICTS[lang]).some((text) => text.trim() !== "" && value.startsWith(text)),
  );
}

/**
 * Every cell that calls the add-in, with what it becomes. WORTH_IT verdicts stay in the language the
 * cell shows now (the add-in answers in Office's display language); `lang` when that is unclear.
 */
export function planSharing(sheets: readonly SheetCells[], lang: Lang): SharePlan {
  const changes: CellChange[] = [];
  const summaries: SheetSummary[] = [];
  for (const sheet of sheets) {
    if (!sheet.address) continue;
    const origin = topLeft(sheet.address);
    const calls: Record<string, number> = {};
    let [native, values] = [0, 0];
    sheet.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const value = sheet.values[r]?.[c];
        const rewrite = rewriteCell(formula, verdictLanguage(value) ?? lang);
        if (rewrite === null) return;
        for (const id of rewrite.functions) {
          const name = id === null ? "CX.?" : `CX.${id}`;
          calls[name] = (calls[name] ?? 0) + 1;
        }
        if (rewrite.formula === null) values += 1;
        else native += 1;
        changes.push({
          sheet: sheet.name,
          address: `${columnLetters(origin.column + c)}${origin.row + r}`,
          before: String(formula),
          functions: rewrite.functions,
          formula: rewrite.formula,
          value,
          valueType: sheet.valueTypes[r]?.[c] ?? "Unknown",
        });
      }),
    );
    if (native + values > 0) summaries.push({ sheet: sheet.name, native, values, calls });
  }
  return {
    changes,
    sheets: summaries,
    native: summaries.reduce((n, s) => n + s.native, 0),
    values: summaries.reduce((n, s) => n + s.values, 0),
  };
}
