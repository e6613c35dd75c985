/**
 * The wizard's state and the changes a person makes to it, as plain functions (no DOM), so the
 * rules are unit-tested in node: fields keep what was typed, the parsed value and the message.
 */
import {
  computeBusinessCase,
  exampleFigures,
  inputsOf,
  scenarioInputs,
  type BusinessCase,
  type InputDef,
  type InputValues,
  type Scenario,
  type TemplateKind,
} from "../core";
import type { Lang } from "../i18n/language";
import type { FormulaMode } from "../template";
import { DEFAULT_HORIZON, HORIZON_INPUT, formatFigure, parseFigure } from "./fields";

export interface FieldState {
  readonly text: string;
  readonly value: number | null;
  readonly error: string | null;
}

export type Preset = Scenario | "yours";
export type Outcome = { ok: true; sheetName: string } | { ok: false; message: string };
export type Step = 1 | 2 | 3 | 4;

export interface WizardState {
  lang: Lang;
  /** True once the person picked a language: Office's display language no longer decides. */
  langChosen: boolean;
  /** True inside Excel; outside, the pane shows a preview instead of creating a sheet. */
  excel: boolean;
  step: Step;
  kind: TemplateKind;
  preset: Preset;
  /** The person's own figures: what "your figures" restores after trying a preset. */
  yours: InputValues;
  fields: Record<string, FieldState>;
  mode: FormulaMode;
  /** How many fields were invalid when going on was refused; 0 when nothing was refused. */
  refused: number;
  busy: boolean;
  outcome: Outcome | null;
}

/** The inputs of the chosen template, then the horizon. */
export function fieldDefs(kind: TemplateKind): readonly InputDef[] {
  return [...inputsOf(kind), HORIZON_INPUT];
}

function filled(def: InputDef, value: number, lang: Lang): FieldState {
  return { text: formatFigure(def, value, lang), value, error: null };
}

function fieldsFor(kind: TemplateKind, figures: InputValues, horizon: number, lang: Lang) {
  const fields: Record<string, FieldState> = {};
  for (const def of inputsOf(kind)) fields[def.id] = filled(def, figures[def.id] ?? 0, lang);
  fields[HORIZON_INPUT.id] = filled(HORIZON_INPUT, horizon, lang);
  return fields;
}

export function initialState(
  lang: Lang,
  excel: boolean,
  kind: TemplateKind = "digital",
): WizardState {
  const yours = exampleFigures(kind);
  return {
    lang,
    langChosen: false,
    excel,
    step: 1,
    kind,
    preset: "yours",
    yours,
    fields: fieldsFor(kind, yours, DEFAULT_HORIZON, lang),
    mode: "native",
    refused: 0,
    busy: false,
    outcome: null,
  };
}

/** A new template starts from its example figures; the horizon and formula mode stay. */
export function chooseTemplate(state: WizardState, kind: TemplateKind): void {
  if (kind === state.kind) return;
  const horizon = state.fields[HORIZON_INPUT.id]?.value ?? DEFAULT_HORIZON;
  state.kind = kind;
  state.preset = "yours";
  state.yours = exampleFigures(kind);
  state.fields = fieldsFor(kind, state.yours, horizon, state.lang);
  state.outcome = null;
}

/** Fills every input with the preset's figures (the horizon is not part of a preset). */
export function applyPreset(state: WizardState, preset: Preset): void {
  if (state.preset === "yours") state.yours = { ...state.yours, ...validFigures(state) };
  state.preset = preset;
  const figures = scenarioInputs(state.kind, preset, state.yours);
  for (const def of inputsOf(state.kind)) {
    state.fields[def.id] = filled(def, figures[def.id] ?? 0, state.lang);
  }
}

/** What a person typed in one field; a change to an input makes the figures their own. */
export function typeInField(state: WizardState, id: string, text: string): FieldState {
  const def = fieldDefs(state.kind).find((candidate) => candidate.id === id);
  if (def === undefined) throw new Error(`No field "${id}"`);
  const parsed = parseFigure(def, text, state.lang);
  const field: FieldState =
    "value" in parsed
      ? { text, value: parsed.value, error: null }
      : { text, value: null, error: parsed.error };
  state.fields[id] = field;
  if (id !== HORIZON_INPUT.id && state.preset !== "yours") {
    state.preset = "yours";
    state.yours = { ...state.yours, ...validFigures(state) };
  } else if (id !== HORIZON_INPUT.id && field.value !== null) {
    state.yours = { ...state.yours, [id]: field.value };
  }
  state.outcome = null;
  if (invalidFields(state).length === 0) state.refused = 0;
  return field;
}

/** Rewrites valid fields in the new language's notation; invalid text stays as typed. */
export function switchLanguage(state: WizardState, lang: Lang): void {
  state.lang = lang;
  for (const def of fieldDefs(state.kind)) {
    const field = state.fields[def.id];
    if (field === undefined) continue;
    if (field.value !== null) {
      state.fields[def.id] = filled(def, field.value, lang);
      continue;
    }
    const parsed = parseFigure(def, field.text, lang);
    state.fields[def.id] =
      "error" in parsed ? { ...field, error: parsed.error } : filled(def, parsed.value, lang);
  }
}

export function invalidFields(state: WizardState): string[] {
  return fieldDefs(state.kind)
    .filter((def) => state.fields[def.id]?.value == null)
    .map((def) => def.id);
}

function validFigures(state: WizardState): InputValues {
  const figures: Record<string, number> = {};
  for (const def of inputsOf(state.kind)) {
    const value = state.fields[def.id]?.value;
    if (value !== null && value !== undefined) figures[def.id] = value;
  }
  return figures;
}

/** The figures in the form, or null while any field is invalid. */
export function currentFigures(state: WizardState): InputValues | null {
  return invalidFields(state).length === 0 ? validFigures(state) : null;
}

export function horizonOf(state: WizardState): number {
  return state.fields[HORIZON_INPUT.id]?.value ?? DEFAULT_HORIZON;
}

/** The business case for the form's figures, or null while any field is invalid. */
export function liveResult(state: WizardState): BusinessCase | null {
  const figures = currentFigures(state);
  return figures === null ? null : computeBusinessCase(state.kind, figures, horizonOf(state));
}
