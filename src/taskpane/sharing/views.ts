/**
 * The sharing section's pieces of screen, as functions of what they show: the check's findings,
 * the preview, progress, the report and a failure. Built with el(): text is never parsed as HTML.
 */
import type { SharingText } from "../../i18n/sharing";
import { el, format, present, type Child } from "../dom";
import type { WriteFailure } from "../../catalog/sharing/outcome";
import {
  dependentCells,
  type Located,
  type SharePlan,
  type SkipReason,
} from "../../catalog/sharing/plan";
import type { ShareReport } from "./workbook";
import type { WriteProgress } from "./write";

/** At most this many cells are listed; the rest is counted. */
export const MAX_LISTED = 20;

export type MakeButton = (
  id: string,
  label: string,
  onClick: () => void,
  primary?: boolean,
) => HTMLElement;

export type { Located } from "../../catalog/sharing/plan";

const cellName = (cell: Located) => `${cell.sheet}!${cell.address}`;

/** The first cells as "go to" buttons, and how many more there are. */
export function cellList(
  text: SharingText,
  cells: readonly Located[],
  go: (cell: Located) => void,
): Child[] {
  const items = cells.slice(0, MAX_LISTED).map((cell) => {
    const name = cellName(cell);
    const button = el(
      "button",
      { type: "button", class: "link", "aria-label": format(text.goTo, { cell: name }) },
      name,
    );
    button.addEventListener("click", () => go(cell));
    return el("li", {}, button);
  });
  const more = cells.length - MAX_LISTED;
  return [
    el("ul", { class: "cells" }, ...items),
    more > 0 ? el("p", {}, format(text.more, { count: more })) : null,
  ];
}

/** Each sheet the user protected: why it is left alone, and how to include it. */
function lockedSheets(text: SharingText, plan: SharePlan): Child {
  if (plan.lockedSheets.length === 0) return null;
  return el(
    "ul",
    { class: "locked-sheets" },
    ...plan.lockedSheets.map(({ sheet, by, cells }) =>
      el("li", { class: `locked ${by}` }, format(text.lockedSheet[by], { sheet, count: cells })),
    ),
  );
}

/** One paragraph per reason a cell was left alone (sheets the user protected, one by one). */
export function skippedNotes(text: SharingText, plan: SharePlan): Child[] {
  const reasons: SkipReason[] = [
    "text-cell",
    "text-format",
    "name-error",
    "spill-referenced",
    "protected",
  ];
  return reasons.flatMap((reason) => {
    const count = plan.skipped.filter((cell) => cell.reason === reason).length;
    if (count === 0) return [];
    const note = el("p", { class: `skipped ${reason}` }, format(text.skipped[reason], { count }));
    return reason === "protected" ? [note, lockedSheets(text, plan)] : [note];
  });
}

/** Check sharing: what depends on the add-in, what is stuck on #NAME?, what can be repaired. */
export function checkView(
  text: SharingText,
  plan: SharePlan,
  button: MakeButton,
  actions: { go: (cell: Located) => void; recalculate: () => void; repair: () => void },
): Child[] {
  const dependent = dependentCells(plan);
  const { stuck, repairs } = plan;
  return [
    dependent.length === 0
      ? el("p", { id: "share-clean" }, text.clean)
      : el("p", { id: "share-dependent" }, format(text.dependent, { count: dependent.length })),
    ...(dependent.length > 0 ? cellList(text, dependent, actions.go) : []),
    stuck.length > 0
      ? el("p", { id: "share-stuck" }, format(text.stuck, { count: stuck.length }))
      : null,
    stuck.length > 0
      ? button(
          "share-recalculate",
          format(text.recalculate, { count: stuck.length }),
          actions.recalculate,
        )
      : null,
    repairs.length > 0
      ? el("p", { id: "share-repairable" }, format(text.repairable, { count: repairs.length }))
      : null,
    repairs.length > 0
      ? button("share-repair", format(text.repair, { count: repairs.length }), actions.repair)
      : null,
    ...skippedNotes(text, plan),
  ];
}

/** Make shareable, step 1: per sheet and function what will change; nothing written yet. */
export function previewView(
  text: SharingText,
  plan: SharePlan,
  button: MakeButton,
  actions: { cancel: () => void; confirm: () => void },
): Child[] {
  const rows = plan.sheets.flatMap((sheet) =>
    Object.entries(sheet.calls).map(([name, count]) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, sheet.sheet),
        el("td", {}, name),
        el("td", {}, String(count)),
      ),
    ),
  );
  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, text.sheet),
    el("th", { scope: "col" }, text.functionName),
    el("th", { scope: "col" }, text.calls),
  );
  return [
    el("p", {}, text.previewIntro),
    el(
      "table",
      { class: "results", id: "share-preview" },
      el("thead", {}, head),
      el("tbody", {}, ...rows),
    ),
    el(
      "p",
      { id: "share-totals" },
      format(text.previewTotals, { native: plan.native, values: plan.values }),
    ),
    ...skippedNotes(text, plan),
    el(
      "div",
      { class: "actions" },
      button("share-cancel", text.cancel, actions.cancel),
      button(
        "share-confirm",
        format(text.confirm, { count: plan.changes.length }),
        actions.confirm,
        true,
      ),
    ),
  ];
}

export function progressView(text: SharingText, progress: WriteProgress): Child[] {
  const label = progress.phase === "writing" ? text.progress : text.restoring;
  return [
    el("label", { for: "share-progress" }, label),
    el("progress", {
      id: "share-progress",
      max: Math.max(1, progress.total),
      value: progress.done,
    }),
    el("p", {}, format(text.progressText, { done: progress.done, total: progress.total })),
  ];
}

/** What make shareable did, and what it left alone and why. */
export function reportView(
  text: SharingText,
  report: ShareReport,
  kept: readonly string[],
  plan: SharePlan,
): Child[] {
  const remaining = dependentCells(plan).length - plan.changes.length;
  return [
    el(
      "p",
      { id: "share-report" },
      format(text.done, { native: report.native, values: report.values }),
    ),
    el(
      "p",
      { id: "share-remaining" },
      remaining > 0 ? format(text.doneRemaining, { count: remaining }) : text.doneClean,
    ),
    ...skippedNotes(text, plan),
    report.values > 0
      ? el("p", {}, format(text.notes[report.notes], { cells: kept.join(", ") }))
      : null,
    report.reprotected.length > 0
      ? el(
          "p",
          { id: "share-reprotected" },
          format(text.reprotected, { sheets: report.reprotected.join(", ") }),
        )
      : null,
  ];
}

/** Cells as a list that stops after MAX_LISTED. */
const listed = (cells: readonly string[]) =>
  cells.slice(0, MAX_LISTED).join(", ") + (cells.length > MAX_LISTED ? ", …" : "");

/** A failed write, said as it is: what changed, what was put back, what was not, what to do. */
export function failureView(text: SharingText, failure: WriteFailure, retry: string): Child[] {
  const { changed, unrestored, unprotected, refused } = failure.outcome;
  const where = {
    unprotect: text.stoppedAtUnprotect,
    write: format(text.stoppedAtBatch, { batch: failure.failedBatch, batches: failure.batches }),
    protect: text.stoppedAtProtect,
  }[failure.step];
  const values = {
    where,
    message: failure.message,
    retry,
    changed: changed.length,
    restored: changed.length - unrestored.length,
    count: unrestored.length,
    cells: listed(unrestored),
  };
  const said =
    refused !== undefined && changed.length === 0
      ? format(text.failedUnprotect, { sheet: refused, message: failure.message })
      : format(
          unrestored.length > 0
            ? text.failedUnrestored
            : changed.length > 0
              ? text.failedRestored
              : text.failedNothing,
          values,
        );
  return [
    el("p", { id: "share-failure" }, said),
    unprotected.length > 0
      ? el(
          "p",
          { id: "share-unprotected" },
          format(text.stillUnprotected, { sheets: unprotected.join(", ") }),
        )
      : null,
  ];
}

/** The status box: a live region, an alert for failures. */
export function statusBox(alert: boolean, ...children: Child[]): HTMLElement {
  return el(
    "div",
    { id: "share-status", role: alert ? "alert" : "status", tabindex: -1 },
    ...present(...children),
  );
}
