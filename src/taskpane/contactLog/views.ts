/**
 * What the contact-log section shows of a reading, as DOM built with el() (text is never parsed as
 * HTML): the summary, the heat map of the week as an accessible table (counts as text, colour by
 * CSS class only), the busiest closed hours and the values that could not be read.
 */
import { isCalcError, isOpen, type HeatMap, type OpeningHours } from "../../core";
import type { ContactLogText } from "../../i18n/contactLog";
import { formatNumber, type Lang } from "../../i18n/language";
import { el, format } from "../dom";
import { SHARE_DECIMALS } from "./link";
import { rejectedRows, type HoursView, type LogReading } from "./reading";

const locale = (lang: Lang) => (lang === "nl" ? "nl-NL" : "en-GB");

/** A share as the pane shows it: one decimal, the language's notation ("31.4%", "31,4%"). */
export function percent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(locale(lang), {
    style: "percent",
    minimumFractionDigits: SHARE_DECIMALS,
    maximumFractionDigits: SHARE_DECIMALS,
  }).format(share);
}

export const clock = (hour: number): string => `${String(hour).padStart(2, "0")}:00`;

/** "Monday to Friday", "every day" … for the form's open days (counted from Monday). */
export function openDaysText(text: ContactLogText, openDays: number): string {
  if (openDays <= 0) return text.openDays.none;
  if (openDays === 1) return text.openDays.one;
  if (openDays >= 7) return text.openDays.all;
  return format(text.openDays.range, { last: text.days[openDays - 1] ?? "" });
}

/** A wall-clock moment of the grid ("2026-03-14T21:07:05") in the language's words. */
function moment(lang: Lang, wallClock: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: "UTC",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(`${wallClock}Z`));
}

/** "4,990 contacts read from Log!A1:A5001." */
export function readSentence(text: ContactLogText, lang: Lang, reading: LogReading): string {
  const used = formatNumber(lang, reading.grid.used);
  const source = reading.input.source;
  return source.kind === "selection"
    ? format(text.fromSelection, { used, address: source.address })
    : format(text.fromPaste, { used });
}

/** How many were read, from where, how many not, the header skipped, and the period covered. */
export function summary(text: ContactLogText, lang: Lang, reading: LogReading): HTMLElement {
  const { grid } = reading;
  const parts = [
    readSentence(text, lang, reading),
    grid.rejected > 0
      ? format(text.rejectedCount, { count: formatNumber(lang, grid.rejected) })
      : "",
    grid.header !== null ? format(text.headerSkipped, { header: grid.header }) : "",
  ];
  const period = format(text.period, {
    first: moment(lang, grid.first),
    last: moment(lang, grid.last),
    zone: reading.options.timeZone,
  });
  return el(
    "div",
    {},
    el("p", { id: "log-summary" }, parts.filter(Boolean).join(" ")),
    el("p", { id: "log-period", class: "note" }, period),
  );
}

/** The share outside the form's opening hours, or why it cannot be shown yet. */
export function shareLine(
  text: ContactLogText,
  lang: Lang,
  hours: OpeningHours | null,
  view: HoursView | null,
): HTMLElement {
  let shown: (string | HTMLElement)[];
  if (hours === null || view === null) shown = [text.hoursMissing];
  else if (isCalcError(view.share))
    shown = [format(text.hoursBackwards, { from: hours.openFrom, until: hours.openUntil })];
  else {
    const [before = "", after = ""] = text.share.split("{share}");
    const span = `${clock(hours.openFrom)}–${clock(hours.openUntil)}`;
    shown = [
      before,
      el("strong", {}, percent(lang, view.share)),
      format(after, { hours: span, days: openDaysText(text, hours.openDays) }),
    ];
  }
  return el("p", { id: "log-share", class: "log-share" }, ...shown);
}

/** The heat map of the week: hours down, days across (fits a narrow pane), counts as text. */
export function heatTable(
  text: ContactLogText,
  lang: Lang,
  heat: HeatMap,
  counts: readonly (readonly number[])[],
  hours: OpeningHours | null,
): HTMLElement {
  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, text.hour),
    ...text.daysShort.map((short, day) =>
      el("th", { scope: "col" }, el("abbr", { title: text.days[day] }, short)),
    ),
  );
  const rows = Array.from({ length: 24 }, (_, hour) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, clock(hour)),
      ...counts.map((byHour, day) => {
        const open = hours !== null && isOpen(day, hour, hours);
        const level = heat.level[day]?.[hour] ?? 0;
        return el(
          "td",
          { class: `heat-${level}${open ? " open" : ""}` },
          formatNumber(lang, byHour[hour] ?? 0),
        );
      }),
    ),
  );
  return el(
    "div",
    { class: "heat-scroll", role: "region", tabindex: 0, "aria-labelledby": "log-heat-caption" },
    el(
      "table",
      { id: "log-heat", class: "heat" },
      el("caption", { id: "log-heat-caption" }, text.heatCaption),
      el("thead", {}, head),
      el("tbody", {}, ...rows),
    ),
  );
}

/** The colour key: each colour's range of counts, and the frame that marks opening hours. */
export function heatLegend(text: ContactLogText, lang: Lang, heat: HeatMap): HTMLElement {
  const range = (from: number, to: number) =>
    from === to
      ? formatNumber(lang, from)
      : `${formatNumber(lang, from)}–${formatNumber(lang, to)}`;
  return el(
    "ul",
    { class: "heat-legend", "aria-label": text.legend },
    ...heat.legend.map((step) =>
      el(
        "li",
        {},
        el("span", { class: `swatch heat-${step.level}`, "aria-hidden": "true" }),
        range(step.from, step.to),
      ),
    ),
    el("li", {}, el("span", { class: "swatch open", "aria-hidden": "true" }), text.legendOpen),
  );
}

/** The busiest hours outside opening hours, busiest first. */
export function busiestList(text: ContactLogText, lang: Lang, view: HoursView | null) {
  const slots = view?.busiest ?? [];
  return [
    el("h4", { id: "log-busiest-heading" }, text.busiestHeading),
    slots.length === 0
      ? el("p", { id: "log-busiest" }, view === null ? "—" : text.busiestNone)
      : el(
          "ol",
          { id: "log-busiest", "aria-labelledby": "log-busiest-heading" },
          ...slots.map((slot) =>
            el(
              "li",
              {},
              format(text.busiestItem, {
                day: text.days[slot.day] ?? "",
                from: clock(slot.hour),
                until: clock(slot.hour + 1),
                count: formatNumber(lang, slot.contacts),
                share: percent(lang, slot.share),
              }),
            ),
          ),
        ),
  ];
}

/** The first values that could not be read: where, what, and why in words. */
export function rejectedTable(text: ContactLogText, lang: Lang, reading: LogReading) {
  const rows = rejectedRows(reading);
  if (rows.length === 0) return [];
  const where = reading.input.source.kind === "selection" ? text.row : text.line;
  const all = rows.length === reading.grid.rejected;
  const caption = format(all ? text.rejectedCaptionAll : text.rejectedCaption, {
    shown: formatNumber(lang, rows.length),
    count: formatNumber(lang, reading.grid.rejected),
  });
  return [
    el("h4", {}, text.rejectedHeading),
    el(
      "table",
      { id: "log-rejected", class: "results" },
      el("caption", {}, caption),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...[where, text.text, text.reason].map((name) => el("th", { scope: "col" }, name)),
        ),
      ),
      el(
        "tbody",
        {},
        ...rows.map((row) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, row.at),
            el("td", {}, row.text),
            el("td", {}, text.reasons[row.reason]),
          ),
        ),
      ),
    ),
  ];
}
