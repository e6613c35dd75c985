/** When customers make contact: the share of a week's contacts outside opening hours. */
import { afterHoursShare } from "../core/afterHours";
import { DEFAULT_TIME_ZONE, contactGrid, gridRows } from "../core/contactLog";
import { isCalcError } from "../core/errors";
import { DEFAULTS } from "../core/defaults";
import { nativeAfterHours } from "./native/afterHours";
import { runtime, type FunctionText } from "./types";

export const AFTER_HOURS_SHARE = runtime(
  [
    { name: "contacts_by_hour", nl: "contacten_per_uur", kind: "cells", min: 0 },
    {
      name: "open_from",
      nl: "open_vanaf",
      kind: "number",
      default: DEFAULTS.openFrom.value,
      min: 0,
      max: 23,
      whole: true,
    },
    {
      name: "open_until",
      nl: "open_tot",
      kind: "number",
      default: DEFAULTS.openUntil.value,
      min: 1,
      max: 24,
      whole: true,
    },
    {
      name: "open_days",
      nl: "open_dagen",
      kind: "number",
      default: DEFAULTS.openDays.value,
      min: 0,
      max: 7,
      whole: true,
    },
  ] as const,
  (grid, openFrom, openUntil, openDays) => afterHoursShare(grid, { openFrom, openUntil, openDays }),
);

export const AFTER_HOURS_SHARE_TEXT: FunctionText<typeof AFTER_HOURS_SHARE.params> = {
  nlName: "AANDEEL_BUITEN_OPENINGSTIJD",
  description: {
    en: "Share of contacts outside opening hours, from a week grid of 7 × 24 (Monday..Sunday × hour 0..23) or 24 × 7.",
    nl: "Aandeel contacten buiten openingstijd, uit een weekrooster van 7 × 24 (maandag..zondag × uur 0..23) of 24 × 7.",
  },
  params: {
    contacts_by_hour: {
      en: "Contacts per hour of the week: 7 rows × 24 columns, or 24 × 7.",
      nl: "Contacten per uur van de week: 7 rijen × 24 kolommen, of 24 × 7.",
    },
    open_from: {
      en: "first open hour, 0..23 (assumption: 09:00).",
      nl: "eerste openingsuur, 0..23 (aanname: 09:00).",
    },
    open_until: {
      en: "open until this hour, 1..24 (assumption: 17:00).",
      nl: "open tot dit uur, 1..24 (aanname: 17:00).",
    },
    open_days: {
      en: "open days counted from Monday (assumption: Monday to Friday).",
      nl: "open dagen vanaf maandag (aanname: maandag tot en met vrijdag).",
    },
  },
  native: nativeAfterHours,
};

export const CONTACT_GRID = runtime(
  [
    { name: "timestamps", nl: "tijdstippen", kind: "values" },
    { name: "time_zone", nl: "tijdzone", kind: "text", default: DEFAULT_TIME_ZONE },
    { name: "day_first", nl: "dag_eerst", kind: "logical", default: false },
  ] as const,
  (timestamps, timeZone, dayFirst) => {
    const grid = contactGrid(timestamps, { timeZone, dutchDates: dayFirst });
    return isCalcError(grid) ? grid : { kind: "grid", rows: gridRows(grid) };
  },
);

export const CONTACT_GRID_TEXT: FunctionText<typeof CONTACT_GRID.params> = {
  nlName: "CONTACTEN_PER_UUR",
  description: {
    en: "Counts contacts per hour of the week from a contact log: 7 rows (Monday..Sunday) × 24 columns (hour 0..23), ready for CX.AFTER_HOURS_SHARE.",
    nl: "Telt contacten per uur van de week uit een contactlog: 7 rijen (maandag..zondag) × 24 kolommen (uur 0..23), klaar voor CX.AANDEEL_BUITEN_OPENINGSTIJD.",
  },
  params: {
    timestamps: {
      en: "Created-at date-times: Excel date-time cells or ISO 8601 text (2026-03-14T21:07:00+01:00); a header cell and blanks are skipped.",
      nl: "Aanmaakmomenten: datum-tijdcellen van Excel of ISO 8601-tekst (2026-03-14T21:07:00+01:00); een kopcel en lege cellen worden overgeslagen.",
    },
    time_zone: {
      en: "the IANA time zone that ISO times with Z or an offset are shown in.",
      nl: "de IANA-tijdzone waarin ISO-tijden met Z of een verschuiving worden getoond.",
    },
    day_first: {
      en: "TRUE reads text like 14-03-2026 21:07 (day first, Dutch).",
      nl: "WAAR leest tekst als 14-03-2026 21:07 (dag eerst, Nederlands).",
    },
  },
  native: {
    none: {
      en: "Counting ISO text with time zones has no plain-Excel form: the grid's values are kept.",
      nl: "Tellen van ISO-tekst met tijdzones kan niet met gewone Excel-formules: de waarden van het rooster blijven staan.",
    },
  },
};
