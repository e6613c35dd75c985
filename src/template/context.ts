/**
 * What every block of the model sheet shares: the layout, the case, the language and formula mode,
 * and where each named figure lives, so later blocks can refer to earlier ones (and the decision
 * summary at the top to figures computed further down, through names).
 */
import type { BusinessCase, CaseFigures, Scenario, TemplateKind } from "../core";
import type { Lang } from "../i18n/language";
import { SHEET_TEXT, type SheetTextKey } from "../i18n/sheet";
import type { SheetLayout } from "./layout";
import { nameOf, type NamedId } from "./lines";
import type { SheetPlan } from "./plan";
import type { FormulaMode } from "./spec";

/** Columns: A label, B in use, C unit, D–G the scenarios, H how scenarios move it, I source. */
export const COLUMN = { label: 0, inUse: 1, unit: 2, rule: 7, source: 8 } as const;
/** The scenario columns, in the order of SCENARIOS: expected, conservative, optimistic, article. */
export const SCENARIO_COLUMNS = [3, 4, 5, 6] as const;
/** Years 1..10 of the TEI tables sit in columns C..L, the initial column in B. */
export const YEAR_COLUMNS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
export const FIRST_YEAR_COLUMN = 2;
export const LAST_YEAR_COLUMN = 11;
export const TOTAL_COLUMN = 12;
export const PV_COLUMN = 13;

export interface TemplateContext {
  readonly sheet: SheetLayout;
  readonly kind: TemplateKind;
  readonly lang: Lang;
  readonly mode: FormulaMode;
  readonly horizonMonths: number;
  /** The user's figures (the "expected" column), with their kind. */
  readonly yours: CaseFigures;
  /** The scenario the sheet opens on, and its figures (what column B shows). */
  readonly scenario: Scenario;
  readonly input: CaseFigures;
  /** The business case in use (the scenario the sheet opens on: expected). */
  readonly result: BusinessCase;
  /** Every scenario's business case, for the side-by-side comparison. */
  readonly scenarios: Readonly<Record<Scenario, BusinessCase>>;
  /** Result id → address, and result id → the core's figure (for tests and previews). */
  readonly resultCells: Record<string, string>;
  readonly figures: Record<string, number | string>;
  /** Ranges a user edits (unlocked under protection). */
  readonly editable: string[];
  readonly text: (key: SheetTextKey) => string;
  /** The sheet-scoped name of a named cell; an id this template does not name throws. */
  readonly ref: (id: NamedId) => string;
  /** Names the cell at `at`; an id outside the template's names, or named twice, throws. */
  readonly define: (id: NamedId, at: string, comment: string) => void;
}

export function textOf(lang: Lang): (key: SheetTextKey) => string {
  return (key) => SHEET_TEXT[lang][key];
}

/** `ref` and `define` for a plan's names, writing into `sheet`. */
export function namesFor(
  plan: SheetPlan,
  sheet: SheetLayout,
): Pick<TemplateContext, "ref" | "define"> {
  const known = (id: NamedId): string => {
    if (!plan.names.has(id)) throw new Error(`the model sheet names no cell "${id}"`);
    return nameOf(id);
  };
  const defined = new Set<NamedId>();
  return {
    ref: known,
    define: (id, at, comment) => {
      if (defined.has(id)) throw new Error(`the name "${id}" is defined twice`);
      defined.add(id);
      sheet.name(known(id), at, comment);
    },
  };
}
