/**
 * The wizard's steps 1, 3 and 4 as DOM built from the state (step 2, the form, is form.ts).
 * Built with el(): text is never parsed as HTML.
 */
import type { TemplateKind } from "../core";
import type { Lang } from "../i18n/language";
import { PANE_TEXT } from "../i18n/pane";
import type { TemplateSpec } from "../template";
import { el, format } from "./dom";
import { renderPreview } from "./preview";
import { resultRows, scenarioColumns, scenarioRowLabels } from "./review";
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

/** Step 3: the decision summary and the scenarios, as the sheet will show them. */
export function review(state: WizardState): HTMLElement[] {
  const text = PANE_TEXT[state.lang];
  const result = wizardState.liveResult(state);
  const input = wizardState.currentCase(state);
  if (result === null || input === null) return [];
  const columns = scenarioColumns(input, result.horizonMonths, state.lang);
  return [
    el("p", { class: "note" }, text.reviewNote),
    ...(state.preset === "article"
      ? [el("p", { class: "note", id: "article-note" }, text.articleNote)]
      : []),
    resultsTable(resultRows(result, state.lang), state.lang),
    scenariosTable(columns, scenarioRowLabels(state.lang), state.lang),
  ];
}

/** The results, each with the convention it follows. */
function resultsTable(rows: ReturnType<typeof resultRows>, lang: Lang): HTMLElement {
  const text = PANE_TEXT[lang];
  const row = (r: (typeof rows)[number]) =>
    el(
      "tr",
      { "data-result": r.id, class: r.place },
      // The label and its convention as two phrases, so a screen reader pauses between them.
      el(
        "th",
        { scope: "row" },
        el("span", { class: "label" }, r.label),
        " ",
        el("span", { class: "convention note" }, r.convention),
      ),
      el("td", { class: "value" }, r.value),
    );
  return el(
    "table",
    { class: "results", id: "results" },
    el("caption", {}, text.reviewCaption),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, `${text.result} · ${text.convention}`),
        el("th", { scope: "col" }, text.value),
      ),
    ),
    el("tbody", {}, ...rows.map(row)),
  );
}

/** The scenarios side by side, in a region that scrolls sideways when the pane is narrow. */
function scenariosTable(
  columns: ReturnType<typeof scenarioColumns>,
  labels: readonly string[],
  lang: Lang,
): HTMLElement {
  const text = PANE_TEXT[lang];
  return el(
    "div",
    { class: "scroll", role: "region", tabindex: 0, "aria-labelledby": "scenarios-caption" },
    el(
      "table",
      { class: "results scenarios", id: "scenarios" },
      el("caption", { id: "scenarios-caption" }, text.scenariosCaption),
      el(
        "thead",
        {},
        el("tr", {}, el("td", {}), ...columns.map((c) => el("th", { scope: "col" }, c.name))),
      ),
      el(
        "tbody",
        {},
        ...labels.map((label, i) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, label),
            ...columns.map((c) =>
              el("td", { "data-scenario": c.scenario, "data-name": c.name }, c.values[i] ?? ""),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Step 4: what will be created, the create outcome, and outside Excel the preview. */
export function createStep(
  state: WizardState,
  spec: TemplateSpec | null,
  onProtect: (protect: boolean) => void,
): (HTMLElement | null)[] {
  const text = PANE_TEXT[state.lang];
  const summary = el(
    "dl",
    { class: "summary" },
    el("dt", {}, text.templateLegend),
    el("dd", {}, text.templates[state.kind].name),
    el("dt", {}, text.sheetName),
    el("dd", { id: "sheet-name" }, state.sheetName ?? spec?.sheetName ?? ""),
    el("dt", {}, text.formulaMode),
    el("dd", {}, state.mode === "native" ? text.native : text.addin),
    el("dt", {}, text.horizon),
    el("dd", {}, format(text.months, { months: wizardState.horizonOf(state) })),
  );
  const protect = el("input", {
    type: "checkbox",
    id: "protect",
    checked: state.protect,
    "aria-describedby": "protect-note",
  });
  protect.addEventListener("change", () => onProtect(protect.checked));
  return [
    el("p", {}, text.createIntro),
    summary,
    el(
      "div",
      { class: "choice" },
      protect,
      el("label", { for: "protect" }, text.protect),
      el("p", { id: "protect-note", class: "note" }, text.protectNote),
    ),
    state.excel ? null : el("p", { id: "needs-excel", class: "note" }, text.needsExcelNote),
    outcomeLine(state),
    !state.excel && spec !== null ? renderPreview(spec, state.lang) : null,
  ];
}

/** What creating the sheet did: a status line, or an alert when it failed. */
function outcomeLine(state: WizardState): HTMLElement {
  const text = PANE_TEXT[state.lang];
  const outcome = state.outcome;
  if (outcome === null)
    return el(
      "p",
      { id: "outcome", class: "outcome", role: "status", tabindex: -1 },
      state.busy ? text.creating : "",
    );
  return el(
    "p",
    {
      id: "outcome",
      class: `outcome ${outcome.ok ? "success" : "failure"}`,
      role: outcome.ok ? "status" : "alert",
      tabindex: -1,
    },
    outcome.ok
      ? [
          format(text.created, { sheet: outcome.sheetName }),
          ...outcome.skipped.map((part) => text.skipped[part]),
        ].join(" ")
      : format(text.failed, { message: outcome.message }),
  );
}
