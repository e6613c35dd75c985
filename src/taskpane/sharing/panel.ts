/**
 * The pane's "Share this workbook" section: check whether the workbook still depends on the add-in
 * (with a button per cell to go there, and fixes for cells stuck on #NAME? or left with `_xldudf_`
 * names), make it shareable (preview first, nothing written until confirmed, progress per batch,
 * all or nothing), and tag the document to open the pane for colleagues.
 */
import { WriteFailure } from "../../catalog/sharing/outcome";
import { planSharing, type SharePlan } from "../../catalog/sharing/plan";
import type { Lang } from "../../i18n/language";
import { SHARING_TEXT, type SharingText } from "../../i18n/sharing";
import { nativeWords, verdictLanguage } from "../../i18n/verdictLanguage";
import { el, format } from "../dom";
import { autoShowEnabled, setAutoShow } from "./autoShow";
import { readWorkbook, type Capabilities, type ExcelRun } from "./read";
import * as view from "./views";
import { makeShareable, rewriteCells, selectCell, type ShareReport } from "./workbook";
import type { WriteProgress } from "./write";

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
  | { kind: "writing"; progress: WriteProgress }
  | { kind: "done"; report: ShareReport; kept: string[]; plan: SharePlan }
  | { kind: "failure"; failure: WriteFailure; retry: string }
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

  private get text(): SharingText {
    return SHARING_TEXT[this.lang];
  }

  /** Office is ready, or the language changed: re-render only when something changed. */
  setHost(excel: boolean, lang: Lang): void {
    if (excel === this.excel && lang === this.lang && this.element.childElementCount > 0) return;
    [this.excel, this.lang] = [excel, lang];
    this.render();
  }

  private readonly button: view.MakeButton = (id, label, onClick, primary = false) => {
    const busy = this.status.kind === "busy" || this.status.kind === "writing";
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

  render(focusId?: string): void {
    const text = this.text;
    this.element.replaceChildren(
      el("h2", { id: "sharing-heading", tabindex: -1 }, text.heading),
      el("p", { class: "note" }, text.intro),
      this.excel ? "" : el("p", { id: "sharing-needs-excel", class: "note" }, text.needsExcel),
      el(
        "div",
        { class: "actions" },
        this.button("share-check", text.check, () => void this.scan("checked")),
        this.button("share-scan", text.scan, () => void this.scan("preview"), true),
      ),
      this.statusView(),
      this.autoShowView(),
    );
    if (focusId) document.getElementById(focusId)?.focus();
  }

  private statusView(): HTMLElement {
    const { text, status, button } = this;
    const go = (cell: view.Located) =>
      void selectCell(this.deps.run, cell.sheet, cell.address).catch(() => undefined);
    switch (status.kind) {
      case "idle":
        return view.statusBox(false);
      case "busy":
        return view.statusBox(false, el("p", {}, status.text));
      case "message":
        return view.statusBox(status.alert, el("p", {}, status.text));
      case "checked":
        return view.statusBox(
          false,
          ...view.checkView(text, status.plan, button, {
            go,
            recalculate: () => void this.fix("stuck"),
            repair: () => void this.fix("repairs"),
          }),
        );
      case "preview":
        return view.statusBox(
          false,
          ...view.previewView(text, status.plan, button, {
            cancel: () => this.show({ kind: "message", text: text.cancelled, alert: false }),
            confirm: () => void this.confirm(),
          }),
        );
      case "writing":
        return view.statusBox(false, ...view.progressView(text, status.progress));
      case "done":
        return view.statusBox(
          false,
          ...view.reportView(text, status.report, status.kept, status.plan),
        );
      case "failure":
        return view.statusBox(true, ...view.failureView(text, status.failure, status.retry));
    }
  }

  private autoShowView(): HTMLElement {
    const text = this.text;
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
    const text = this.text;
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

  private readonly progress = (progress: WriteProgress) => {
    this.status = { kind: "writing", progress };
    this.render();
  };

  /** A failure, said honestly: what was put back, what may not have been, what to do. */
  private fail(error: unknown, retry: string): void {
    if (error instanceof WriteFailure) return this.show({ kind: "failure", failure: error, retry });
    const message = error instanceof Error ? error.message : String(error);
    this.show({ kind: "message", text: format(this.text.failed, { message }), alert: true });
  }

  private async plan(): Promise<SharePlan> {
    const workbook = await readWorkbook(this.deps.run, this.deps.capabilities().protection);
    return planSharing(workbook, this.lang, verdictLanguage, nativeWords);
  }

  private async scan(next: "checked" | "preview"): Promise<void> {
    const text = this.text;
    this.show({ kind: "busy", text: next === "checked" ? text.checking : text.scanning });
    try {
      const plan = await this.plan();
      // Nothing to rewrite, but cells on sheets the user protected: the check says why.
      if (next === "preview" && plan.changes.length === 0 && plan.lockedSheets.length > 0)
        return this.show({ kind: "checked", plan });
      if (next === "preview" && plan.changes.length === 0)
        return this.show({ kind: "message", text: text.nothingToDo, alert: false });
      this.show({ kind: next, plan });
    } catch (error) {
      this.fail(error, text.retryFix);
    }
  }

  /** Reads the workbook again (it may have changed since the preview), then writes all or nothing. */
  private async confirm(): Promise<void> {
    const text = this.text;
    this.progress({ phase: "writing", done: 0, total: 1 });
    try {
      const plan = await this.plan();
      const report = await makeShareable(this.deps.run, plan, {
        capabilities: this.deps.capabilities(),
        budgetBytes: this.deps.budgetBytes,
        noteText: (change) =>
          format(text.noteText, {
            functions: [...new Set(change.calls.map((call) => `CX.${call.id}`))].join(", "),
          }),
        onProgress: this.progress,
      });
      const kept = plan.changes
        .filter((c) => c.formula === null)
        .map((c) => `${c.sheet}!${c.address}`);
      this.show({ kind: "done", report, kept, plan });
    } catch (error) {
      this.fail(error, text.retryShare);
    }
  }

  /** Recalculates cells stuck on #NAME?, or repairs `_xldudf_` names; reads the workbook first. */
  private async fix(which: "stuck" | "repairs"): Promise<void> {
    const text = this.text;
    this.progress({ phase: "writing", done: 0, total: 1 });
    try {
      const plan = await this.plan();
      const cells = plan[which];
      await rewriteCells(this.deps.run, cells, plan, {
        budgetBytes: this.deps.budgetBytes,
        onProgress: this.progress,
      });
      const done = which === "stuck" ? text.recalculated : text.repaired;
      this.show({ kind: "message", text: format(done, { count: cells.length }), alert: false });
    } catch (error) {
      this.fail(error, text.retryFix);
    }
  }
}
