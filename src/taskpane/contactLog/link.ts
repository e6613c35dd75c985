/**
 * The rules that tie the form's after-hours share to a contact log once the person chose "Use this
 * share", as plain functions over the wizard's fields (state.ts calls them; no DOM):
 * - the share is the log's share outside the form's opening hours, recomputed when they change;
 * - the sheet gets the log's week grid, and computes the same share from it, unless contacts were
 *   counted apart on public holidays (the grid cannot hold them: the share goes as a figure);
 * - a share typed by hand replaces the log's (state.ts drops the link).
 */
import {
  INPUT_RULES,
  gridRows,
  isCalcError,
  outsideHoursShare,
  type ContactGrid,
  type InputId,
  type OpeningHours,
} from "../../core";
import { CONTACT_LOG_TEXT } from "../../i18n/contactLog";
import type { Lang } from "../../i18n/language";
import { formatFigure, type FieldDef } from "../fields";

/** The field a log's share goes into, and the fields it is computed against. */
export const SHARE_FIELD = "afterHoursShare" satisfies InputId;
export const OPENING_HOURS_FIELDS: readonly string[] = [
  "openFrom",
  "openUntil",
  "openDays",
] satisfies InputId[];

const SHARE_DEF: FieldDef = { id: SHARE_FIELD, ...INPUT_RULES[SHARE_FIELD] };

/** The decimals a log's share is shown with, as a percentage: on the button and in the field. */
export const SHARE_DECIMALS = 1;

/**
 * The share as the person sees it (0.8547486 → 0.855, "85.5%"): rounded by the same Intl rules
 * as the button's label (views.ts `percent`), so the field and the button agree to the digit.
 */
export function shownShare(share: number): number {
  const text = new Intl.NumberFormat("en-US", {
    style: "percent",
    useGrouping: false,
    minimumFractionDigits: SHARE_DECIMALS,
    maximumFractionDigits: SHARE_DECIMALS,
  }).format(share);
  return Number(text.replace("%", "")) / 100;
}

interface Field {
  readonly text: string;
  readonly value: number | null;
  readonly error: string | null;
}
type Fields = Readonly<Record<string, Field | undefined>>;

/** The opening hours in the form, or null while one of them is empty or invalid. */
export function openingHoursOf(fields: Fields): OpeningHours | null {
  const [openFrom, openUntil, openDays] = OPENING_HOURS_FIELDS.map((id) => fields[id]?.value);
  if (openFrom == null || openUntil == null || openDays == null) return null;
  return { openFrom, openUntil, openDays };
}

/**
 * The share field for `log` and the form's opening hours: the exact share as its value (the
 * sheet computes the same from the log's grid), its text rounded as the button shows it, or a message when the hours end before they start (the sheet's AFTER_HOURS_SHARE would
 * be #VALUE!). While an hour is being typed (invalid), the field stays as it is.
 */
export function logShareField(fields: Fields, log: ContactGrid, lang: Lang): Field | null {
  const hours = openingHoursOf(fields);
  if (hours === null) return null;
  const share = outsideHoursShare(log, hours);
  if (isCalcError(share)) {
    return {
      text: fields[SHARE_FIELD]?.text ?? "",
      value: null,
      error: CONTACT_LOG_TEXT[lang].shareError,
    };
  }
  return { text: formatFigure(SHARE_DEF, shownShare(share), lang), value: share, error: null };
}

/** What the sheet shows of the log: its 7 × 24 grid, or nothing when holidays were counted apart. */
export function sheetContactGrid(log: ContactGrid | null): number[][] | undefined {
  return log !== null && log.onHolidays === 0 ? gridRows(log) : undefined;
}
