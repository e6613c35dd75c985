/**
 * The wizard's steps 1, 3 and 4 as DOM built from the state (step 2, the form, is form.ts).
 * Built with el(): text is never parsed as HTML.
 */
import type { TemplateKind } from "../core";
import { PANE_TEXT } from "../i18n/pane";
import type { TemplateSpec } from "../template";
import { el, format } from "./dom";
import { renderPreview } from "./preview";
import { resultRows } from "./review";
import * as wizardState from "./state";
import type { WizardState } from "./state";

/** Step 1: the two business cases as a radio group. */
export function templateChoice(state: WizardState): HTMLElement {
  const text = PANE_TEXT[state.lang];
  const option = (kind: TemplateKind) => {
    const input = el("input", {
      type: "radio",
      name: "template",
      id: `template-${kind}`,
      value: kind,
      checked: state.kind === kind,
      "aria-describedby": `template-${kind}-about`,
    });
    input.addEventListener("change", () => {
      if (input.checked) wizardState.chooseTemplate(state, kind);
    });
    return el(
      "div",
      { class: "choice card" },
      input,
      el("label", { for: `template-${kind}` }, text.templates[kind].name),
      el("p", { id: `template-${kind}-about`, class: "note" }, text.templates[kind].about),
    );
  };
  return el(
    "fieldset",
    { class: "group" },
    el("legend", {}, text.templateLegend),
    option("digital"),
    option("reachability"),
  );
}

/** Step 3: the headline results the core computes from the form's figures. */
export function review(state: WizardState): HTMLElement[] {
  const text = PANE_TEXT[state.lang];
  const result = wizardState.liveResult(state);
  if (result === null) return [];
  const rows = resultRows(state.kind, result, state.lang, wizardState.horizonOf(state));
  return [
    el("p", { class: "note" }, text.reviewNote),
    el(
      "table",
      { class: "results", id: "results" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, text.result),
          el("th", { scope: "col" }, text.value),
        ),
      ),
      el(
        "tbody",
        {},
        ...rows.map((row) =>
          el(
            "tr",
            { "data-result": row.id },
            el("th", { scope: "row" }, row.label),
            el("td", {}, row.value),
          ),
        ),
      ),
    ),
  ];
}

/** Step 4: what will be created, the create outcome, and outside Excel the preview. */
export function createStep(state: WizardState, spec: TemplateSpec | null): (HTMLElement | null)[] {
  const text = PANE_TEXT[state.lang];
  const summary = el(
    "dl",
    { class: "summary" },
    el("dt", {}, text.templateLegend),
    el("dd", {}, text.templates[state.kind].name),
    el("dt", {}, text.sheetName),
    el("dd", {}, spec?.sheetName ?? ""),
    el("dt", {}, text.formulaMode),
    el("dd", {}, state.mode === "native" ? text.native : text.addin),
    el("dt", {}, text.horizon),
    el("dd", {}, format(text.months, { months: wizardState.horizonOf(state) })),
  );
  const outcome = state.outcome;
  return [
    el("p", {}, text.createIntro),
    summary,
    state.excel ? null : el("p", { id: "needs-excel", class: "note" }, text.needsExcelNote),
    outcome === null
      ? el(
          "p",
          { id: "outcome", class: "outcome", role: "status", tabindex: -1 },
          state.busy ? text.creating : "",
        )
      : el(
          "p",
          {
            id: "outcome",
            class: `outcome ${outcome.ok ? "success" : "failure"}`,
            role: outcome.ok ? "status" : "alert",
            tabindex: -1,
          },
          outcome.ok
            ? format(text.created, { sheet: outcome.sheetName })
            : format(text.failed, { message: outcome.message }),
        ),
    !state.excel && spec !== null ? renderPreview(spec, state.lang) : null,
  ];
}
