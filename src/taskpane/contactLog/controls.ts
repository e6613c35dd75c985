/**
 * The contact-log section's controls, built with el(): every one labelled (label or text), notes
 * tied with aria-describedby, buttons that say when they cannot act (aria-disabled, still
 * focusable) instead of vanishing. The panel (panel.ts) owns the state and passes callbacks.
 */
import type { ContactGrid } from "../../core";
import type { ContactLogText } from "../../i18n/contactLog";
import { INPUT_LABELS } from "../../i18n/inputs";
import type { Lang } from "../../i18n/language";
import { el, format } from "../dom";
import type { LogOptions, LogReading } from "./reading";
import { percent } from "./views";

/** Zones offered in the time-zone field; any IANA name can be typed. */
const ZONES = ["Europe/Amsterdam", "Europe/Brussels", "Europe/London", "UTC", "America/New_York"];

/** A button that ignores clicks while aria-disabled (so it stays in the tab order and says why). */
export function actionButton(
  id: string,
  label: string,
  act: () => void,
  enabled: boolean,
  attributes: Readonly<Record<string, string | undefined>> = {},
): HTMLButtonElement {
  const node = el(
    "button",
    { type: "button", id, "aria-disabled": enabled ? undefined : "true", ...attributes },
    label,
  );
  node.addEventListener("click", () => {
    if (node.getAttribute("aria-disabled") !== "true") act();
  });
  return node;
}

/** Marks a button (found by id under `root`) able or unable to act. */
export function setEnabled(root: HTMLElement, id: string, enabled: boolean): void {
  const button = root.querySelector(`#${id}`);
  if (enabled) button?.removeAttribute("aria-disabled");
  else button?.setAttribute("aria-disabled", "true");
}

function checkbox(
  id: string,
  label: string,
  note: string,
  checked: boolean,
  set: (on: boolean) => void,
) {
  const box = el("input", { type: "checkbox", id, checked, "aria-describedby": `${id}-note` });
  box.addEventListener("change", () => set(box.checked));
  return el(
    "div",
    { class: "choice" },
    box,
    el("label", { for: id }, label),
    el("p", { id: `${id}-note`, class: "note" }, note),
  );
}

/** How the log is read: time zone, day-first dates, holidays apart. `change` gets what changed. */
export function optionsFieldset(
  text: ContactLogText,
  options: LogOptions,
  change: (changed: Partial<LogOptions>) => void,
): HTMLElement {
  const zone = el("input", {
    type: "text",
    id: "log-zone",
    list: "log-zones",
    autocomplete: "off",
    spellcheck: "false",
    "aria-describedby": "log-zone-note",
  });
  zone.value = options.timeZone;
  zone.addEventListener("change", () => change({ timeZone: zone.value.trim() }));
  return el(
    "fieldset",
    { class: "group log-options" },
    el("legend", {}, text.options),
    el(
      "div",
      { class: "field" },
      el("label", { for: "log-zone" }, text.timeZone),
      zone,
      el("datalist", { id: "log-zones" }, ...ZONES.map((name) => el("option", { value: name }))),
      el("p", { id: "log-zone-note", class: "note" }, text.timeZoneNote),
    ),
    checkbox("log-dutch", text.dutchDates, text.dutchDatesNote, options.dutchDates, (on) =>
      change({ dutchDates: on }),
    ),
    checkbox(
      "log-holidays",
      text.holidaysApart,
      text.holidaysApartNote,
      options.holidaysApart,
      (on) => change({ holidaysApart: on }),
    ),
  );
}

/** "Use the selected cells": only inside Excel; outside, a note says to paste instead. */
export function selectionControls(
  text: ContactLogText,
  excel: boolean,
  enabled: boolean,
  read: () => void,
): HTMLElement {
  return el(
    "div",
    { class: "actions log-read" },
    actionButton("log-selection", text.useSelection, read, excel && enabled, {
      "aria-describedby": excel ? undefined : "log-needs-excel",
    }),
    excel ? null : el("p", { id: "log-needs-excel", class: "note" }, text.needsExcel),
  );
}

/** "Paste a column": a textarea (its text kept by the panel) and the button that reads it. */
export function pasteField(
  text: ContactLogText,
  pasted: string,
  typed: (value: string) => void,
  read: () => void,
  enabled: boolean,
): HTMLElement {
  const area = el("textarea", {
    id: "log-paste",
    rows: 4,
    spellcheck: "false",
    autocomplete: "off",
    "aria-describedby": "log-paste-note",
  });
  area.value = pasted;
  area.addEventListener("input", () => typed(area.value));
  return el(
    "div",
    { class: "field log-paste" },
    el("label", { for: "log-paste" }, text.paste),
    area,
    el("p", { id: "log-paste-note", class: "note" }, text.pasteNote),
    actionButton("log-read-paste", text.readPaste, read, enabled),
  );
}

/**
 * "Use this share" and what it does now: whether the form's share already comes from this reading
 * (and follows the opening hours), from an earlier one, or is typed; and that the sheet gets no
 * grid when holidays were counted apart.
 */
export function useControls(
  text: ContactLogText,
  lang: Lang,
  reading: LogReading,
  share: number | null,
  linked: ContactGrid | null,
  use: () => void,
): HTMLElement[] {
  const label = format(text.use, { share: share === null ? "—" : percent(lang, share) });
  const link =
    linked === reading.grid
      ? text.inUse
      : linked !== null
        ? text.earlierInUse
        : format(text.useNote, { field: INPUT_LABELS[lang].afterHoursShare });
  const note = [link, reading.grid.onHolidays > 0 ? text.inUseNoGrid : ""].join(" ").trim();
  return [
    el(
      "div",
      { class: "actions" },
      actionButton("log-use", label, use, share !== null, {
        class: "primary",
        "aria-describedby": "log-use-note",
      }),
    ),
    el("p", { id: "log-use-note", class: "note" }, note),
  ];
}
