/**
 * The task pane wizard: choose a template → enter figures → review the live result → create the
 * sheet. It renders from `WizardState` (state.ts) with DOM calls only (dom.ts), asks the core for
 * the results and the template builder for the sheet, and hands the spec to the writer.
 */
import { LANGS, type Lang } from "../i18n/language";
import { PANE_TEXT } from "../i18n/pane";
import { SHEET_TEXT } from "../i18n/template";
import { buildTemplate, type TemplateSpec } from "../template";
import { el, format, present } from "./dom";
import { renderFigures, showFieldState } from "./form";
import { formatPercent } from "./review";
import { createStep, review, templateChoice } from "./steps";
import * as wizardState from "./state";
import type { Step, WizardState } from "./state";
import type { WriteResult } from "./writer";

export type SheetWriter = (spec: TemplateSpec) => Promise<WriteResult>;

type Focus = "heading" | "language" | "outcome" | "none";

export class Wizard {
  private readonly state: WizardState;
  private readonly live = el("p", { id: "live", class: "live", "aria-live": "polite" });

  constructor(
    private readonly root: HTMLElement,
    lang: Lang,
    excel: boolean,
    private readonly write: SheetWriter,
    /** Told after every render, so the sharing section follows the language and the host. */
    private readonly onRender?: (lang: Lang, excel: boolean) => void,
  ) {
    this.state = wizardState.initialState(lang, excel);
  }

  /** Office is ready: inside Excel the sheet can be created; its display language decides unless the person chose one. */
  setHost(excel: boolean, lang: Lang): void {
    this.state.excel = excel;
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
        state.excel ? null : el("p", { class: "banner", role: "note" }, text.previewBanner),
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
        );
      case 3:
        return review(this.state);
      case 4:
        return createStep(this.state, this.spec());
    }
  }

  private spec(): TemplateSpec | null {
    const { state } = this;
    const figures = wizardState.currentFigures(state);
    if (figures === null) return null;
    const horizonMonths = wizardState.horizonOf(state);
    return buildTemplate(state.kind, figures, {
      lang: state.lang,
      mode: state.mode,
      horizonMonths,
    });
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
    const result = await this.write(spec);
    state.busy = false;
    state.outcome = result.ok
      ? { ok: true, sheetName: result.sheetName }
      : { ok: false, message: result.message };
    this.render("outcome");
  }

  private setAlert(message: string): void {
    const alert = document.getElementById("step-alert");
    if (alert) alert.textContent = message;
  }

  private updateLive(): void {
    const { state } = this;
    const text = SHEET_TEXT[state.lang];
    const result = wizardState.liveResult(state);
    this.live.replaceChildren(
      el("strong", {}, `${PANE_TEXT[state.lang].liveHeadline}: `),
      result === null
        ? "—"
        : `${text.firstYearRoiArticle} ${formatPercent(state.lang, result.firstYearRoiArticle)} · ` +
            `${text.horizonRoi} ${formatPercent(state.lang, result.horizonRoi)}`,
    );
  }
}
