/**
 * The pane's "Share this workbook" section: check whether the workbook still depends on the add-in
 * (with a button per cell to go there), make it shareable (preview first, nothing written until
 * confirmed, progress per batch, a report), and tag the document to open the pane for colleagues.
 * Built with el(): no text is ever parsed as HTML.
 */
import type { Lang } from "../../i18n/language";
import { SHARING_TEXT } from "../../i18n/sharing";
import { el, format } from "../dom";
import { autoShowEnabled, setAutoShow } from "./autoShow";
import { planSharing, type SharePlan } from "./plan";
import {
  applyPlan,
  readSheets,
  selectCell,
  type ApplyReport,
  type Capabilities,
  type ExcelRun,
} from "./workbook";

/** At most this many "go to" buttons; the rest is counted. */
const MAX_LISTED = 20;

export interface SharingDeps {
  readonly run: ExcelRun;
  readonly capabilities: () => Capabilities;
  readonly budgetBytes?: number;
}

type Status =
  | { kind: "idle" }
  | { kind: "busy"; text: string }
  | { kind: "checked"; plan: SharePlan }
  | { kind: "preview"; plan: SharePlan }
  | { kind: "writing"; done: number; total: number }
  | { kind: "done"; report: ApplyReport; kept: string[] }
  | { kind: "message"; text: string; alert: boolean };

export class SharingPanel {
  private lang: Lang = "en";
  private excel = false;
  private status: Status = { kind: "idle" };
  private autoShowStatus = "";
  readonly element = el("section", {
    id: "sharing",
    class: "step",
    "aria-labelledby": "sharing-heading",
  });

  constructor(private readonly deps: SharingDeps) {}

  /** Office is ready, or the language changed: re-render only when something changed. */
  setHost(excel: boolean, lang: Lang): void {
    if (excel === this.excel && lang === this.lang && this.element.childElementCount > 0) return;
    [this.excel, this.lang] = [excel, lang];
    this.render();
  }

  render(focusId?: string): void {
    const text = SHARING_TEXT[this.lang];
    const busy = this.status.kind === "busy" || this.status.kind === "writing";
    const button = (id: string, label: string, onClick: () => void, primary = false) => {
      const disabled = !this.excel || busy;
      const node = el(
        "button",
        {
          type: "button",
          id,
          class: primary ? "primary" : undefined,
          "aria-disabled": disabled ? "true" : undefined,
          "aria-describedby": this.excel ? undefined : "sharing-needs-excel",
        },
        label,
      );
      node.addEventListener("click", () => {
        if (!disabled) onClick();
      });
      return node;
    };
    this.element.replaceChildren(
      el("h2", { id: "sharing-heading", tabindex: -1 }, text.heading),
      el("p", { class: "note" }, text.intro),
      this.excel ? "" : el("p", { id: "sharing-needs-excel", class: "note" }, text.needsExcel),
      el(
        "div",
        { class: "actions" },
        button("share-check", text.check, () => void this.scan("checked")),
        button("share-scan", text.scan, () => void this.scan("preview"), true),
      ),
      this.statusView(button),
      this.autoShowView(),
    );
    if (focusId) document.getElementById(focusId)?.focus();
  }

  private statusView(
    button: (id: string, label: string, onClick: () => void, primary?: boolean) => HTMLElement,
  ): HTMLElement {
    const text = SHARING_TEXT[this.lang];
    const status = this.status;
    const box = (...children: (Node | string)[]) =>
      el("div", { id: "share-status", role: "status", tabindex: -1 }, ...children);
    switch (status.kind) {
      case "idle":
        return box();
      case "busy":
        return box(el("p", {}, status.text));
      case "message":
        return el(
          "div",
          { id: "share-status", role: status.alert ? "alert" : "status", tabindex: -1 },
          el("p", {}, status.text),
        );
      case "checked":
        return box(...this.dependents(status.plan));
      case "preview":
        return box(
          el("p", {}, text.previewIntro),
          this.previewTable(status.plan),
          el(
            "p",
            { id: "share-totals" },
            format(text.previewTotals, { native: status.plan.native, values: status.plan.values }),
          ),
          el(
            "div",
            { class: "actions" },
            button("share-cancel", text.cancel, () =>
              this.show({ kind: "message", text: text.cancelled, alert: false }),
            ),
            button(
              "share-confirm",
              format(text.confirm, { count: status.plan.changes.length }),
              () => void this.confirm(),
              true,
            ),
          ),
        );
      case "writing":
        return box(
          el("label", { for: "share-progress" }, text.progress),
          el("progress", {
            id: "share-progress",
            max: Math.max(1, status.total),
            value: status.done,
          }),
          el("p", {}, format(text.progressText, { done: status.done, total: status.total })),
        );
      case "done": {
        const notes = text.notes[status.report.notes];
        return box(
          el(
            "p",
            { id: "share-report" },
            format(text.done, { native: status.report.native, values: status.report.values }),
          ),
          status.report.values > 0
            ? el("p", {}, format(notes, { cells: status.kept.join(", ") }))
            : "",
        );
      }
    }
  }

  private dependents(plan: SharePlan): (Node | string)[] {
    const text = SHARING_TEXT[this.lang];
    if (plan.changes.length === 0) return [el("p", { id: "share-clean" }, text.clean)];
    const listed = plan.changes.slice(0, MAX_LISTED);
    return [
      el("p", { id: "share-dependent" }, format(text.dependent, { count: plan.changes.length })),
      el(
        "ul",
        { class: "cells" },
        ...listed.map((change) => {
          const cell = `${change.sheet}!${change.address}`;
          const go = el(
            "button",
            { type: "button", class: "link", "aria-label": format(text.goTo, { cell }) },
            cell,
          );
          go.addEventListener(
            "click",
            () =>
              void selectCell(this.deps.run, change.sheet, change.address).catch(() => undefined),
          );
          return el("li", {}, go);
        }),
      ),
      plan.changes.length > MAX_LISTED
        ? el("p", {}, format(text.more, { count: plan.changes.length - MAX_LISTED }))
        : "",
    ];
  }

  private previewTable(plan: SharePlan): HTMLElement {
    const text = SHARING_TEXT[this.lang];
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
    return el(
      "table",
      { class: "results", id: "share-preview" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, text.sheet),
          el("th", { scope: "col" }, text.functionName),
          el("th", { scope: "col" }, text.calls),
        ),
      ),
      el("tbody", {}, ...rows),
    );
  }

  private autoShowView(): HTMLElement {
    const text = SHARING_TEXT[this.lang];
    const enabled = this.excel ? autoShowEnabled() : undefined;
    const box = el("input", {
      type: "checkbox",
      id: "share-autoshow",
      checked: enabled === true,
      disabled: !this.excel || enabled === undefined,
      "aria-describedby": "share-autoshow-note",
    });
    box.addEventListener("change", () => void this.toggleAutoShow(box.checked));
    return el(
      "div",
      { class: "choice" },
      box,
      el("label", { for: "share-autoshow" }, text.autoShow),
      el(
        "p",
        { id: "share-autoshow-note", class: "note" },
        this.excel && enabled === undefined ? text.autoShowUnavailable : text.autoShowNote,
      ),
      el("p", { id: "share-autoshow-status", role: "status" }, this.autoShowStatus),
    );
  }

  private async toggleAutoShow(enabled: boolean): Promise<void> {
    const text = SHARING_TEXT[this.lang];
    const saved = await setAutoShow(enabled);
    this.autoShowStatus = saved
      ? enabled
        ? text.autoShowOn
        : text.autoShowOff
      : text.autoShowFailed;
    this.render("share-autoshow");
  }

  private show(status: Status, focus = "share-status"): void {
    this.status = status;
    this.render(focus);
  }

  private async scan(next: "checked" | "preview"): Promise<void> {
    const text = SHARING_TEXT[this.lang];
    this.show({ kind: "busy", text: next === "checked" ? text.checking : text.scanning });
    try {
      const plan = planSharing(await readSheets(this.deps.run), this.lang);
      if (next === "preview" && plan.changes.length === 0)
        return this.show({ kind: "message", text: text.nothingToDo, alert: false });
      this.show({ kind: next, plan });
    } catch (error) {
      this.show({
        kind: "message",
        text: format(text.failed, { message: messageOf(error) }),
        alert: true,
      });
    }
  }

  /** Reads the workbook again (it may have changed since the preview), then writes. */
  private async confirm(): Promise<void> {
    const text = SHARING_TEXT[this.lang];
    this.show({ kind: "writing", done: 0, total: 1 });
    try {
      const plan = planSharing(await readSheets(this.deps.run), this.lang);
      const report = await applyPlan(this.deps.run, plan, {
        capabilities: this.deps.capabilities(),
        budgetBytes: this.deps.budgetBytes,
        noteText: (change) =>
          format(text.noteText, {
            functions: [...new Set(change.functions.map((id) => `CX.${id ?? "?"}`))].join(", "),
          }),
        onProgress: (done, total) => {
          this.status = { kind: "writing", done, total };
          this.render();
        },
      });
      const kept = plan.changes
        .filter((c) => c.formula === null)
        .map((c) => `${c.sheet}!${c.address}`);
      this.show({ kind: "done", report, kept });
    } catch (error) {
      this.show({
        kind: "message",
        text: format(text.failed, { message: messageOf(error) }),
        alert: true,
      });
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
