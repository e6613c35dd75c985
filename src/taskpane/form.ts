/**
 * Step 2, the figures form, generated from the template's input definitions: a labelled field per
 * input with its unit, its source note and a message slot, all tied together with
 * aria-describedby; plus the preset picker, the horizon and the formula mode.
 */
import { inputsOf, type InputDef, type InputId, type Section } from "../core";
import { INPUT_LABELS, SECTION_NAMES, UNITS, inputNote } from "../i18n/inputs";
import { CONTACT_LOG_TEXT } from "../i18n/contactLog";
import { PANE_TEXT } from "../i18n/pane";
import { SHEET_TEXT } from "../i18n/sheet";
import type { FormulaMode } from "../template";
import { SHARE_FIELD } from "./contactLog/link";
import { el } from "./dom";
import { HORIZON_INPUT, readingEcho, type FieldDef } from "./fields";
import type { FieldState, Preset, WizardState } from "./state";

export interface FormHandlers {
  readonly onField: (id: string, text: string) => void;
  readonly onPreset: (preset: Preset) => void;
  readonly onMode: (mode: FormulaMode) => void;
}

const fieldId = (id: string) => `f-${id}`;

/** Shows a field's message (or clears it) and marks the control invalid for assistive tech. */
export function showFieldState(id: string, field: FieldState): void {
  const control = document.getElementById(fieldId(id));
  const message = document.getElementById(`${fieldId(id)}-error`);
  if (control === null || message === null) return;
  if (field.error === null) control.removeAttribute("aria-invalid");
  else control.setAttribute("aria-invalid", "true");
  message.textContent = field.error ?? "";
  control.closest(".field")?.classList.toggle("invalid", field.error !== null);
}

/** Puts a field's text back into its control (the state changed it, e.g. a recomputed share). */
export function showFieldValue(id: string, field: FieldState): void {
  const control = document.getElementById(fieldId(id));
  if (control instanceof HTMLInputElement && control.type === "text") control.value = field.text;
  showFieldState(id, field);
}

/** Sections placed right after an input's field (24/7: "Use my contact log" after the share). */
export type FieldExtras = Readonly<Partial<Record<InputId, HTMLElement>>>;

function field(
  def: FieldDef,
  state: WizardState,
  handlers: FormHandlers,
  label: string,
  note: string,
) {
  const id = fieldId(def.id);
  const current = state.fields[def.id];
  const describedBy = [`${id}-unit`, note ? `${id}-note` : "", `${id}-error`, `${id}-read`];
  const flag = def.unit === "flag";
  const input = el("input", {
    id,
    name: def.id,
    type: flag ? "checkbox" : "text",
    inputmode: flag ? undefined : "decimal",
    autocomplete: "off",
    "aria-describedby": describedBy.filter(Boolean).join(" "),
    "aria-invalid": current?.error ? "true" : undefined,
  });
  if (flag) {
    input.checked = current?.value === 1;
    input.addEventListener("change", () => handlers.onField(def.id, input.checked ? "1" : "0"));
  } else {
    input.value = current?.text ?? "";
    input.addEventListener("input", () => {
      handlers.onField(def.id, input.value);
      showReading(def, state);
    });
    // "change" fires when the person leaves a field they changed: then say how it was read.
    input.addEventListener("change", () => showReading(def, state, true));
  }
  const unit = flag ? PANE_TEXT[state.lang].yes : (UNITS[state.lang][def.unit] ?? "");
  return el(
    "div",
    { class: `field${flag ? " flag" : ""}${current?.error ? " invalid" : ""}` },
    el("label", { for: id }, label),
    el("div", { class: "control" }, input, el("span", { id: `${id}-unit`, class: "unit" }, unit)),
    note ? el("p", { id: `${id}-note`, class: "note" }, note) : null,
    el("p", { id: `${id}-error`, class: "error", "aria-live": "polite" }, current?.error ?? ""),
    el("p", { id: `${id}-read`, class: "read", "aria-live": "polite" }),
  );
}

/**
 * Under a field, how the pane read its value when that differs from the text ("3.000" → "Read
 * as 3 000"), once the person left the field (`left`); typing again clears it.
 */
function showReading(def: FieldDef, state: WizardState, left = false): void {
  const echo = document.getElementById(`${fieldId(def.id)}-read`);
  if (echo === null) return;
  const current = state.fields[def.id];
  echo.textContent =
    left && current?.value != null
      ? (readingEcho(def, current.text, current.value, state.lang) ?? "")
      : "";
}

function presetPicker(state: WizardState, handlers: FormHandlers): HTMLElement {
  const text = PANE_TEXT[state.lang];
  const names = SHEET_TEXT[state.lang];
  const select = el(
    "select",
    { id: "preset", "aria-describedby": "preset-note" },
    ...(["yours", "article"] as const).map((preset) =>
      el(
        "option",
        { value: preset, selected: preset === state.preset },
        preset === "yours" ? names.expected : names.article,
      ),
    ),
  );
  select.addEventListener("change", () => handlers.onPreset(select.value as Preset));
  return el(
    "div",
    { class: "field" },
    el("label", { for: "preset" }, text.preset),
    select,
    el("p", { id: "preset-note", class: "note" }, text.presetNote),
  );
}

function modePicker(state: WizardState, handlers: FormHandlers): HTMLElement {
  const text = PANE_TEXT[state.lang];
  const option = (mode: FormulaMode, label: string, note: string) => {
    const input = el("input", {
      type: "radio",
      name: "mode",
      id: `mode-${mode}`,
      value: mode,
      checked: state.mode === mode,
      "aria-describedby": `mode-${mode}-note`,
    });
    input.addEventListener("change", () => input.checked && handlers.onMode(mode));
    return el(
      "div",
      { class: "choice" },
      input,
      el("label", { for: `mode-${mode}` }, label),
      el("p", { id: `mode-${mode}-note`, class: "note" }, note),
    );
  };
  return el(
    "fieldset",
    { class: "group" },
    el("legend", {}, text.formulaMode),
    option("native", text.native, text.nativeNote),
    option("addin", text.addin, text.addinNote),
  );
}

/** An input's note: its source, or where a share read from the contact log came from. */
export function fieldNote(state: WizardState, def: InputDef): string {
  if (def.id === SHARE_FIELD && state.contactLog !== null)
    return CONTACT_LOG_TEXT[state.lang].shareNote;
  return inputNote(state.lang, def.id, def.source, state.kind === "reachability");
}

/** Shows the note `fieldNote` gives for input `id` (the share's changes with the contact log). */
export function showFieldNote(state: WizardState, id: InputId): void {
  const def = inputsOf(state.kind).find((input) => input.id === id);
  const note = document.getElementById(`${fieldId(id)}-note`);
  if (def !== undefined && note !== null) note.textContent = fieldNote(state, def);
}

/** The inputs of one section as a fieldset. */
function sectionFields(
  state: WizardState,
  handlers: FormHandlers,
  section: Section,
  defs: InputDef[],
  extras: FieldExtras,
) {
  const labels = INPUT_LABELS[state.lang];
  return el(
    "fieldset",
    { class: "group", id: `section-${section}` },
    el("legend", {}, SECTION_NAMES[state.lang][section]),
    ...defs.flatMap((def) => {
      const label = labels[def.id];
      const shown = def.unit === "flag" ? label.replace(/\s*\(.*\)\s*$/, "") : label;
      const control = field(def, state, handlers, shown, fieldNote(state, def));
      return [control, extras[def.id] ?? null];
    }),
  );
}

/** The whole step-2 form; `live` is the element the wizard keeps the live result in. */
export function renderFigures(
  state: WizardState,
  handlers: FormHandlers,
  live: HTMLElement,
  extras: FieldExtras = {},
) {
  const text = PANE_TEXT[state.lang];
  const sections = new Map<Section, InputDef[]>();
  for (const def of inputsOf(state.kind)) {
    sections.set(def.section, [...(sections.get(def.section) ?? []), def]);
  }
  return [
    el(
      "fieldset",
      { class: "group" },
      el("legend", {}, text.settings),
      presetPicker(state, handlers),
      field(HORIZON_INPUT, state, handlers, text.horizon, text.horizonNote),
      modePicker(state, handlers),
    ),
    live,
    el("p", { id: "figures-hint", class: "note" }, text.percentHint),
    ...[...sections].map(([section, defs]) =>
      sectionFields(state, handlers, section, defs, extras),
    ),
  ];
}
