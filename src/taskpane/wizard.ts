/**
 * The task pane wizard: choose a template → enter figures → review the live result → create the
 * sheet. It renders from `WizardState` (state.ts) with DOM calls only (dom.ts), asks the core for
 * the results and the template builder for the sheet, and hands the spec to the writer.
 */
import { LANGS, type Lang } from "../i18n/language";
import { PANE_TEXT } from "../i18n/pane";
import { RESULT_WORDS, resultText } from "../i18n/results";
import type { ContactGrid } from "../core";
import { buildTemplate, type TemplateSpec } from "../template";
import { OPENING_HOURS_FIELDS, SHARE_FIELD, openingHoursOf } from "./contactLog/link";
import { ContactLogPanel } from "./contactLog/panel";
import type { SelectionRead } from "./contactLog/selection";
import { el, format, present } from "./dom";
import { renderFigures, showFieldNote, showFieldState, showFieldValue } from "./form";
import { formatMoney } from "./review";
import { createStep, review, templateChoice } from "./steps";
import * as wizardState from "./state";
import type { Step, WizardState } from "./state";
import type { WriteResult } from "./writer";

export type SheetWriter = (spec: TemplateSpec, protect: boolean) => Promise<WriteResult>;
/** The name a new sheet would get in the open workbook (" (2)" when taken); null when unknown. */
export type SheetNamer = (preferred: string) => Promise<string | null>;
/** Reads the workbook's selected cells for "Use my contact log" (contactLog/selection.ts). */
export type SelectionReader = () => Promise<SelectionRead>;

type Focus = "heading" | "language" | "outcome" | "none";

/**
 * Keeps --live-height (taskpane.css: html's scroll-padding-top) at the sticky live bar's height,
 * so a field brought into view by focus never ends under the bar (WCAG 2.2 SC 2.4.11). The bar's
 * height follows its wrapping text and the pane's width; off step 2 it is detached and measures 0.
 */
function keepLiveHeight(live: HTMLElement): void {
  if (typeof ResizeObserver === "undefined") return;
  const root = document.documentElement;
  new ResizeObserver(() => {
    const height = live.isConnected ? live.getBoundingClientRect().height : 0;
    root.style.setProperty("--live-height", `${Math.ceil(height)}px`);
  }).observe(live);
}

export class Wizard {
  private readonly state: WizardState;
  private readonly live = el("p", { id: "live", class: "live", "aria-live": "polite" });
  /** 24/7, step 2: "Use my contact log", kept across renders so a read log survives them. */
  private readonly contactLog: ContactLogPanel;

  constructor(
    private readonly root: HTMLElement,
    lang: Lang,
    excel: boolean,
    private readonly write: SheetWriter,
    /** Told after every render, so the sharing section follows the language and the host. */
    private readonly onRender?: (lang: Lang, excel: boolean) => void,
    private readonly nameSheet: SheetNamer = () => Promise.resolve(null),
    readSelection: SelectionReader = () =>
      Promise.resolve({ ok: false, problem: "excel", message: "" }),
  ) {
    this.state = wizardState.initialState(lang, excel);
    this.contactLog = new ContactLogPanel({
      readSelection,
      openingHours: () => openingHoursOf(this.state.fields),
      linkedLog: () => this.state.contactLog,
      useShare: (log) => this.useContactLogShare(log),
    });
    keepLiveHeight(this.live);
  }

  /** Office is ready: inside Excel the sheet can be created; its display language decides unless the person chose one. */
  setHost(excel: boolean, lang: Lang): void {
    this.state.excel = excel;
    this.state.hostKnown = true;
    if (!this.state.langChosen) wizardState.switchLanguage(this.state, lang);
    this.render("none");
  }

  render(focus: Focus = "none"): void {
    const { state } = this;
    const text = PANE_TEXT[state.lang];
    document.documentElement.lang = state.lang;
    document.title = text.appTitle;
    this.root.replaceChildren(
      ...present(
        this.header(),
        state.excel || !state.hostKnown
          ? null
          : el("p", { class: "banner", role: "note" }, text.previewBanner),
        state.step === 1 ? el("p", { class: "intro" }, text.intro) : null,
        this.progress(),
        el(
          "section",
          { class: "step", "aria-labelledby": "step-heading" },
          el("p", { class: "step-of" }, format(text.stepOf, { step: state.step })),
          el("h2", { id: "step-heading", tabindex: -1 }, text.steps[state.step - 1]),
          ...this.stepContent(),
        ),
        el(
          "p",
          { id: "step-alert", class: "alert", role: "alert" },
          state.refused > 0 ? format(text.fixFirst, { count: state.refused }) : "",
        ),
        this.actions(),
      ),
    );
    this.updateLive();
    const target = { heading: "step-heading", language: "language", outcome: "outcome" }[
      focus === "none" ? "heading" : focus
    ];
    if (focus !== "none") document.getElementById(target)?.focus();
    this.onRender?.(state.lang, state.excel);
  }

  private header(): HTMLElement {
    const text = PANE_TEXT[this.state.lang];
    const select = el(
      "select",
      { id: "language" },
      ...LANGS.map((lang) =>
        el(
          "option",
          { value: lang, lang, selected: lang === this.state.lang },
          text.languageNames[lang],
        ),
      ),
    );
    select.addEventListener("change", () => {
      this.state.langChosen = true;
      wizardState.switchLanguage(this.state, select.value as Lang);
      this.render("language");
    });
    return el(
      "header",
      { class: "bar" },
      el("h1", {}, text.appTitle),
      el("div", { class: "language" }, el("label", { for: "language" }, text.language), select),
    );
  }

  private progress(): HTMLElement {
    const text = PANE_TEXT[this.state.lang];
    return el(
      "nav",
      { "aria-label": text.progress },
      el(
        "ol",
        { class: "steps" },
        ...text.steps.map((name, index) => {
          const step = index + 1;
          const status =
            step === this.state.step ? "current" : step < this.state.step ? "done" : "";
          return el(
            "li",
            { class: status, "aria-current": status === "current" ? "step" : undefined },
            name,
          );
        }),
      ),
    );
  }

  private stepContent(): (HTMLElement | null)[] {
    switch (this.state.step) {
      case 1:
        return [templateChoice(this.state)];
      case 2:
        return renderFigures(
          this.state,
          {
            onField: (id, typed) => {
              showFieldState(id, wizardState.typeInField(this.state, id, typed));
              this.contactLogFollows(id);
              const preset = document.getElementById("preset") as HTMLSelectElement | null;
              if (preset) preset.value = this.state.preset;
              if (this.state.refused === 0) this.setAlert("");
              this.updateLive();
            },
            onPreset: (preset) => {
              wizardState.applyPreset(this.state, preset);
              this.render("none");
              document.getElementById("preset")?.focus();
            },
            onMode: (mode) => (this.state.mode = mode),
          },
          this.live,
          this.state.kind === "reachability"
            ? { [SHARE_FIELD]: this.contactLog.render(this.state.lang, this.state.excel) }
            : {},
        );
      case 3:
        return review(this.state);
      case 4:
        return createStep(this.state, this.spec(), (protect) => (this.state.protect = protect));
    }
  }

  private spec(): TemplateSpec | null {
    const { state } = this;
    const input = wizardState.currentCase(state);
    if (input === null || wizardState.invalidFields(state).length > 0) return null;
    return buildTemplate(input, {
      lang: state.lang,
      mode: state.mode,
      horizonMonths: wizardState.horizonOf(state),
      contactGrid: wizardState.contactGridForSheet(state),
    });
  }

  /** "Use this share": the form's share field shows the log's share, and the live result follows. */
  private useContactLogShare(log: ContactGrid): void {
    const field = wizardState.useContactLogShare(this.state, log);
    if (field) showFieldValue(SHARE_FIELD, field);
    showFieldNote(this.state, SHARE_FIELD);
    const preset = document.getElementById("preset") as HTMLSelectElement | null;
    if (preset) preset.value = this.state.preset;
    if (this.state.refused === 0) this.setAlert("");
    this.updateLive();
  }

  /** New opening hours recompute a log's share (shown in its field); the log section follows. */
  private contactLogFollows(id: string): void {
    if (this.state.kind !== "reachability") return;
    if (!OPENING_HOURS_FIELDS.includes(id) && id !== SHARE_FIELD) return;
    // A share typed by hand is the person's own again: its note says where it should come from.
    if (id === SHARE_FIELD) showFieldNote(this.state, SHARE_FIELD);
    const share = this.state.fields[SHARE_FIELD];
    if (id !== SHARE_FIELD && this.state.contactLog !== null && share)
      showFieldValue(SHARE_FIELD, share);
    this.contactLog.formChanged();
  }

  /** Step 4 says the name the sheet will really get, once Excel has listed the sheets. */
  private async announceSheetName(): Promise<void> {
    const preferred = this.spec()?.sheetName;
    if (preferred === undefined || !this.state.excel) return;
    const name = await this.nameSheet(preferred).catch(() => null);
    if (name === null || this.state.step !== 4) return;
    this.state.sheetName = name;
    const shown = document.getElementById("sheet-name");
    if (shown) shown.textContent = name;
  }

  private actions(): HTMLElement {
    const { state } = this;
    const text = PANE_TEXT[state.lang];
    const button = (label: string, onClick: () => void, attributes = {}) => {
      const node = el("button", { type: "button", ...attributes }, label);
      node.addEventListener("click", onClick);
      return node;
    };
    const go = (step: Step) => {
      state.step = step;
      this.render("heading");
      if (step === 4) void this.announceSheetName();
    };
    return el(
      "div",
      { class: "actions" },
      state.step > 1 ? button(text.back, () => go((state.step - 1) as Step), { id: "back" }) : null,
      state.step < 4
        ? button(text.next, () => this.refuseIfInvalid() || go((state.step + 1) as Step), {
            id: "next",
            class: "primary",
          })
        : button(state.excel ? text.create : text.needsExcel, () => void this.create(), {
            id: "create",
            class: "primary",
            "aria-disabled": !state.excel || state.busy ? "true" : undefined,
            "aria-describedby": state.excel ? undefined : "needs-excel",
          }),
    );
  }

  /** True (and says why, and focuses the first bad field) when the figures cannot go on. */
  private refuseIfInvalid(): boolean {
    const invalid = wizardState.invalidFields(this.state);
    if (invalid.length === 0 || this.state.step === 1) return false;
    this.state.refused = invalid.length;
    if (this.state.step !== 2) {
      this.state.step = 2;
      this.render("none");
    }
    this.setAlert(format(PANE_TEXT[this.state.lang].fixFirst, { count: invalid.length }));
    document.getElementById(`f-${invalid[0] ?? ""}`)?.focus();
    return true;
  }

  private async create(): Promise<void> {
    const { state } = this;
    if (!state.excel || state.busy || this.refuseIfInvalid()) return;
    const spec = this.spec();
    if (spec === null) return;
    state.busy = true;
    state.outcome = null;
    this.render("none");
    const result = await this.write(spec, state.protect);
    state.busy = false;
    state.outcome = result.ok
      ? { ok: true, sheetName: result.sheetName, skipped: result.skipped }
      : { ok: false, message: result.message };
    if (result.ok) state.sheetName = null;
    this.render("outcome");
  }

  private setAlert(message: string): void {
    const alert = document.getElementById("step-alert");
    if (alert) alert.textContent = message;
  }

  private updateLive(): void {
    const { state } = this;
    const result = wizardState.liveResult(state);
    const words = RESULT_WORDS[state.lang];
    this.live.replaceChildren(
      el("strong", {}, `${PANE_TEXT[state.lang].liveHeadline}: `),
      result === null
        ? "—"
        : `${words.netPresentValue?.label ?? ""} ${formatMoney(state.lang, result.netPresentValue)} · ` +
            resultText(state.lang, `verdict.${result.verdict}`),
    );
  }
}
