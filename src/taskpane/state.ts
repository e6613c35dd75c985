/**
 * The wizard's state and the changes a person makes to it, as plain functions (no DOM), so the
 * rules are unit-tested in node: fields keep what was typed, the parsed value and the message.
 */
import {
  articleFigures,
  computeBusinessCase,
  exampleFigures,
  inputIdsOf,
  inputsOf,
  type BusinessCase,
  type CaseFigures,
  type ContactGrid,
  type InputId,
  type TemplateKind,
} from "../core";
import type { Lang } from "../i18n/language";
import { DEFAULT_HORIZON, type FormulaMode } from "../template";
import {
  OPENING_HOURS_FIELDS,
  SHARE_FIELD,
  logShareField,
  sheetContactGrid,
} from "./contactLog/link";
import { HORIZON_INPUT, formatFigure, parseFigure, type FieldDef } from "./fields";

export interface FieldState {
  readonly text: string;
  readonly value: number | null;
  readonly error: string | null;
}

/** Where the figures in the form come from: the user's own (an example to start), or the article's. */
export type Preset = "yours" | "article";
export type Outcome =
  | { ok: true; sheetName: string; skipped: readonly ("pageLayout" | "protection")[] }
  | { ok: false; message: string };
export type Step = 1 | 2 | 3 | 4;
type FigureValues = Readonly<Partial<Record<InputId, number>>>;

/** What one template's form held when the person went to the other template. */
interface KeptForm {
  readonly preset: Preset;
  readonly yours: FigureValues;
  readonly fields: Readonly<Record<string, FieldState>>;
  readonly contactLog: ContactGrid | null;
}

export interface WizardState {
  lang: Lang;
  /** True once the person picked a language: Office's display language no longer decides. */
  langChosen: boolean;
  /** True inside Excel; outside, the pane shows a preview instead of creating a sheet. */
  excel: boolean;
  /**
   * False until Office said which host this is (Office.onReady) or office.js is known to be
   * missing: until then the pane does not claim to be outside Excel (no preview banner).
   */
  hostKnown: boolean;
  step: Step;
  kind: TemplateKind;
  preset: Preset;
  /** The person's own figures: what "your figures" restores after trying the article's. */
  yours: FigureValues;
  /** By input id, and "horizonMonths". */
  fields: Record<string, FieldState>;
  mode: FormulaMode;
  /** Protect the sheet's formulas (no password), inputs left editable. */
  protect: boolean;
  /** How many fields were invalid when going on was refused; 0 when nothing was refused. */
  refused: number;
  busy: boolean;
  outcome: Outcome | null;
  /** The name the new sheet will get (" (2)" when taken), once Excel has told. */
  sheetName: string | null;
  /**
   * 24/7: the contact log the after-hours share was taken from ("Use this share"); the share then
   * follows the opening hours and the sheet gets the log's week grid. Null while the share is typed.
   */
  contactLog: ContactGrid | null;
  /** The other template's form as it was left, so going back finds every figure as typed. */
  kept: Partial<Record<TemplateKind, KeptForm>>;
}

/** The inputs of the chosen template, then the horizon. */
export function fieldDefs(kind: TemplateKind): readonly FieldDef[] {
  return [...inputsOf(kind), HORIZON_INPUT];
}

function filled(def: FieldDef, value: number, lang: Lang): FieldState {
  return { text: formatFigure(def, value, lang), value, error: null };
}

function fieldsFor(kind: TemplateKind, figures: FigureValues, horizon: number, lang: Lang) {
  const fields: Record<string, FieldState> = {};
  for (const def of inputsOf(kind)) {
    const value = figures[def.id];
    fields[def.id] =
      value === undefined ? { text: "", value: null, error: null } : filled(def, value, lang);
  }
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
    hostKnown: excel,
    step: 1,
    kind,
    preset: "yours",
    yours,
    fields: fieldsFor(kind, yours, DEFAULT_HORIZON, lang),
    mode: "native",
    protect: true,
    refused: 0,
    busy: false,
    outcome: null,
    sheetName: null,
    contactLog: null,
    kept: {},
  };
}

/**
 * Another template: the form of the one left is kept as it was (typed text, invalid fields, preset
 * and contact log), and the one chosen comes back as it was left, or starts from its example
 * figures the first time. The horizon and formula mode are shared and stay.
 */
export function chooseTemplate(state: WizardState, kind: TemplateKind): void {
  if (kind === state.kind) return;
  const horizon = state.fields[HORIZON_INPUT.id];
  const { preset, yours, fields, contactLog } = state;
  state.kept[state.kind] = { preset, yours, fields, contactLog };
  const back = state.kept[kind];
  state.kind = kind;
  state.preset = back?.preset ?? "yours";
  state.yours = back?.yours ?? exampleFigures(kind);
  state.fields = back
    ? { ...back.fields }
    : fieldsFor(kind, state.yours, DEFAULT_HORIZON, state.lang);
  if (horizon !== undefined) state.fields[HORIZON_INPUT.id] = horizon;
  state.contactLog = back?.contactLog ?? null;
  state.outcome = null;
  state.sheetName = null;
  state.refused = 0;
}

/** Fills every input with the preset's figures (the horizon is not part of a preset). */
export function applyPreset(state: WizardState, preset: Preset): void {
  if (state.preset === "yours") state.yours = { ...state.yours, ...validFigures(state) };
  state.preset = preset;
  // A preset replaces the share too: it no longer comes from the log.
  state.contactLog = null;
  const figures = preset === "article" ? articleFigures(state.kind) : state.yours;
  const horizon = state.fields[HORIZON_INPUT.id];
  state.fields = fieldsFor(state.kind, figures, horizonOf(state), state.lang);
  if (horizon !== undefined) state.fields[HORIZON_INPUT.id] = horizon;
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
  followContactLog(state, id);
  settle(state, id);
  return field;
}

/** After a change to field `id`: the figures are the person's own, and nothing is created yet. */
function settle(state: WizardState, id: string): void {
  if (id !== HORIZON_INPUT.id) {
    state.preset = "yours";
    state.yours = { ...state.yours, ...validFigures(state) };
  }
  state.outcome = null;
  if (invalidFields(state).length === 0) state.refused = 0;
}

/**
 * The share typed by hand wins over the contact log's; new opening hours recompute the log's
 * share, so the form's share and the sheet's grid always agree.
 */
function followContactLog(state: WizardState, id: string): void {
  if (id === SHARE_FIELD) state.contactLog = null;
  else if (state.contactLog !== null && OPENING_HOURS_FIELDS.includes(id)) relinkShare(state);
}

function relinkShare(state: WizardState): void {
  if (state.contactLog === null) return;
  const share = logShareField(state.fields, state.contactLog, state.lang);
  if (share !== null) state.fields[SHARE_FIELD] = share;
}

/**
 * "Use this share" in the contact-log section: the log's share outside the form's opening hours
 * goes into the share field as if typed (validation, preset and live result follow), exact rather
 * than its rounded text, and the log is remembered for the sheet. Returns the share field.
 */
export function useContactLogShare(state: WizardState, log: ContactGrid): FieldState | undefined {
  state.contactLog = log;
  relinkShare(state);
  settle(state, SHARE_FIELD);
  return state.fields[SHARE_FIELD];
}

/** The week grid the sheet shows (buildTemplate's contactGrid), when the share comes from a log. */
export function contactGridForSheet(state: WizardState): number[][] | undefined {
  return state.kind === "reachability" ? sheetContactGrid(state.contactLog) : undefined;
}

/** Rewrites valid fields in the new language's notation; invalid text stays as typed. */
export function switchLanguage(state: WizardState, lang: Lang): void {
  state.lang = lang;
  state.fields = inLanguage(state.kind, state.fields, lang);
  for (const [kind, form] of Object.entries(state.kept) as [TemplateKind, KeptForm][]) {
    state.kept[kind] = { ...form, fields: inLanguage(kind, form.fields, lang) };
  }
  // The log's share keeps its exact value, and a message about it the new language.
  relinkShare(state);
}

function inLanguage(
  kind: TemplateKind,
  fields: Readonly<Record<string, FieldState>>,
  lang: Lang,
): Record<string, FieldState> {
  const written: Record<string, FieldState> = { ...fields };
  for (const def of fieldDefs(kind)) {
    const field = fields[def.id];
    if (field === undefined) continue;
    if (field.value !== null) {
      written[def.id] = filled(def, field.value, lang);
      continue;
    }
    const parsed = parseFigure(def, field.text, lang);
    written[def.id] =
      "error" in parsed ? { ...field, error: parsed.error } : filled(def, parsed.value, lang);
  }
  return written;
}

export function invalidFields(state: WizardState): string[] {
  return fieldDefs(state.kind)
    .filter((def) => state.fields[def.id]?.value == null)
    .map((def) => def.id);
}

function validFigures(state: WizardState): FigureValues {
  const figures: Partial<Record<InputId, number>> = {};
  for (const def of inputsOf(state.kind)) {
    const value = state.fields[def.id]?.value;
    if (value !== null && value !== undefined) figures[def.id] = value;
  }
  return figures;
}

/** The figures in the form as a complete case, or null while any input is invalid or missing. */
export function currentCase(state: WizardState): CaseFigures | null {
  const figures: Record<string, number> = {};
  for (const id of inputIdsOf(state.kind)) {
    const value = state.fields[id]?.value;
    if (value === null || value === undefined) return null;
    figures[id] = value;
  }
  return { kind: state.kind, figures } as CaseFigures;
}

export function horizonOf(state: WizardState): number {
  return state.fields[HORIZON_INPUT.id]?.value ?? DEFAULT_HORIZON;
}

/** The business case for the form's figures, or null while any field is invalid. */
export function liveResult(state: WizardState): BusinessCase | null {
  const input = currentCase(state);
  return input === null || invalidFields(state).length > 0
    ? null
    : computeBusinessCase(input, horizonOf(state));
}
