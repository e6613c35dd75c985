/**
 * "Use the selected cells": the workbook's selection read in one Excel.run with one sync, and
 * Excel's failures turned into the problem the pane names in words.
 */
import type { LogProblem } from "../../i18n/contactLog";
import type { ExcelRun } from "../sharing/read";
import type { SelectionCells } from "./reading";

export type SelectionRead =
  | { readonly ok: true; readonly cells: SelectionCells }
  | { readonly ok: false; readonly problem: LogProblem; readonly message: string };

/**
 * Only the used part of the selection is loaded (ExcelApi 1.4, values only): a whole selected
 * column would otherwise send a million blank cells, far over Excel on the web's 5 MB response
 * limit. Date-time cells arrive as serials in `values`; `valueTypes` tells error cells apart.
 */
export async function readSelectedCells(run: ExcelRun): Promise<SelectionRead> {
  try {
    return await run(async (context): Promise<SelectionRead> => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
      used.load("address,values,valueTypes");
      await context.sync();
      if (used.isNullObject) return { ok: false, problem: "empty", message: "" };
      const cells: SelectionCells = {
        address: used.address,
        values: used.values as unknown[][],
        valueTypes: used.valueTypes,
      };
      return { ok: true, cells };
    });
  } catch (error) {
    return { ok: false, ...selectionProblem(error) };
  }
}

/** Excel's error codes (office-js ErrorCodes) for what the person can fix. */
const PROBLEM_BY_CODE: Readonly<Record<string, LogProblem>> = {
  // getSelectedRange throws when several areas are selected.
  InvalidSelection: "multipleAreas",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RangeExceedsLimit: "tooLarge",
};

/** The problem for an error thrown by Excel.run, with Excel's own message for the rest. */
export function selectionProblem(error: unknown): { problem: LogProblem; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const problem = typeof code === "string" ? PROBLEM_BY_CODE[code] : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return { problem: problem ?? "excel", message };
}
