/**
 * "Use my contact log" (24/7 template, step 2): read a contact log from the selected cells (inside
 * Excel) or a pasted column, show when customers make contact, and put the share outside the
 * form's opening hours into the business case. Self-contained: the wizard hands it four functions
 * (ContactLogDeps), renders it with `render`, and calls `formChanged` when the form's opening hours
 * or share change. The log is counted once per read (or option change); opening hours only redo
 * the cheap parts (reading.ts).
 */
import { DEFAULT_TIME_ZONE, isCalcError, type ContactGrid, type OpeningHours } from "../../core";
import { CONTACT_LOG_TEXT, type ContactLogText, type LogProblem } from "../../i18n/contactLog";
import { formatNumber, type Lang } from "../../i18n/language";
import { el, format } from "../dom";
import * as controls from "./controls";
import {
  cellCount,
  hoursView,
  pasteInput,
  readLog,
  selectionInput,
  type LogInput,
  type LogOptions,
  type LogReading,
} from "./reading";
import type { SelectionRead } from "./selection";
import * as view from "./views";

export interface ContactLogDeps {
  /** Reads the workbook's selected range (one Excel.run, one sync); only called inside Excel. */
  readonly readSelection: () => Promise<SelectionRead>;
  /** The opening hours in the form now, or null while one of them is invalid. */
  readonly openingHours: () => OpeningHours | null;
  /** The log whose share the form holds now; null while the share is typed. */
  readonly linkedLog: () => ContactGrid | null;
  /** "Use this share": the form takes the log's share and the sheet its grid. */
  readonly useShare: (log: ContactGrid) => void;
}

/** Lets the browser paint "Counting…" before a long count; a hidden pane gets no frames, so a timer backs it up. */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

export class ContactLogPanel {
  private lang: Lang = "en";
  private excel = false;
  /** What the person set; day-first dates follow the language until they tick or untick it. */
  private chosen: Partial<LogOptions> = {};
  private pasted = "";
  /** The values of the last read, kept so a changed option recounts without reading again. */
  private input: LogInput | null = null;
  private reading: LogReading | null = null;
  private busy = false;
  readonly element = el("section", {
    id: "contact-log",
    class: "contact-log",
    "aria-labelledby": "log-heading",
  });
  private readonly status = el("p", { id: "log-status", class: "note", role: "status" });
  private readonly problem = el("p", { id: "log-problem", class: "alert", role: "alert" });
  private readonly results = el("div", { id: "log-results" });

  constructor(private readonly deps: ContactLogDeps) {}

  private get text(): ContactLogText {
    return CONTACT_LOG_TEXT[this.lang];
  }

  private get options(): LogOptions {
    return {
      timeZone: this.chosen.timeZone || DEFAULT_TIME_ZONE,
      dutchDates: this.chosen.dutchDates ?? this.lang === "nl",
      holidaysApart: this.chosen.holidaysApart ?? false,
    };
  }

  /** The whole section in `lang`; what was read and typed stays. */
  render(lang: Lang, excel: boolean): HTMLElement {
    if (lang !== this.lang) this.say("", "");
    [this.lang, this.excel] = [lang, excel];
    const text = this.text;
    const ready = !this.busy;
    this.element.replaceChildren(
      el("h3", { id: "log-heading" }, text.heading),
      el("p", { class: "note" }, text.intro),
      controls.optionsFieldset(text, this.options, (changed) => {
        this.chosen = { ...this.chosen, ...changed };
        void this.recount();
      }),
      controls.selectionControls(text, excel, ready, () => void this.readSelection()),
      controls.pasteField(
        text,
        this.pasted,
        (value) => (this.pasted = value),
        () => void this.readPaste(),
        ready,
      ),
      this.status,
      this.problem,
      this.results,
    );
    this.formChanged();
    return this.element;
  }

  /** The form's opening hours or share changed: redo the share, busiest hours and link note only. */
  formChanged(): void {
    const reading = this.reading;
    const focused = document.activeElement;
    const refocus = focused !== null && this.results.contains(focused) ? focused.id : "";
    if (reading === null) {
      this.results.replaceChildren();
      return;
    }
    const { text, lang } = this;
    const hours = this.deps.openingHours();
    const hoursNow = hours === null ? null : hoursView(reading, hours);
    const share = hoursNow !== null && !isCalcError(hoursNow.share) ? hoursNow.share : null;
    const onHolidays = reading.grid.onHolidays;
    this.results.replaceChildren(
      el("h4", {}, text.resultsHeading),
      view.summary(text, lang, reading),
      view.shareLine(text, lang, hours, hoursNow),
      onHolidays > 0
        ? el("p", { id: "log-holidays" }, format(text.onHolidays, { count: onHolidays }))
        : "",
      view.heatTable(text, lang, reading.heat, reading.grid.counts, hours),
      view.heatLegend(text, lang, reading.heat),
      ...view.busiestList(text, lang, hoursNow),
      ...view.rejectedTable(text, lang, reading),
      ...controls.useControls(text, lang, reading, share, this.deps.linkedLog(), () =>
        this.useShare(reading, share),
      ),
    );
    if (refocus) document.getElementById(refocus)?.focus();
  }

  private useShare(reading: LogReading, share: number | null): void {
    if (share === null) return;
    this.deps.useShare(reading.grid);
    this.say(format(this.text.used, { share: view.percent(this.lang, share) }), "");
    this.formChanged();
  }

  private async readSelection(): Promise<void> {
    if (!this.excel || this.busy) return;
    this.setBusy(true);
    this.say(this.text.readingSelection, "");
    const read = await this.deps.readSelection().catch((error: unknown): SelectionRead => ({
      ok: false,
      problem: "excel",
      message: String(error),
    }));
    this.setBusy(false);
    if (!read.ok) this.fail(read.problem, read.message);
    else await this.count(selectionInput(read.cells));
  }

  private async readPaste(): Promise<void> {
    if (this.busy) return;
    if (this.pasted.trim() === "") this.fail("pasteEmpty");
    else await this.count(pasteInput(this.pasted));
  }

  private async recount(): Promise<void> {
    if (this.input !== null && !this.busy) await this.count(this.input);
  }

  /** The expensive step, once per read: the week grid and heat map of every value. */
  private async count(input: LogInput): Promise<void> {
    this.input = input;
    this.setBusy(true);
    const cells = formatNumber(this.lang, cellCount(input.values));
    this.say(format(this.text.reading, { count: cells }), "");
    await nextPaint();
    const reading = readLog(input, this.options);
    this.setBusy(false);
    if (isCalcError(reading)) {
      this.reading = null;
      this.fail(reading.message === "timeZone" ? "timeZone" : "noTimestamps");
    } else {
      this.reading = reading;
      this.say(view.readSentence(this.text, this.lang, reading), "");
    }
    this.formChanged();
  }

  private fail(problem: LogProblem, message = ""): void {
    this.say("", format(this.text.problems[problem], { message }));
  }

  private say(status: string, problem: string): void {
    this.status.textContent = status;
    this.problem.textContent = problem;
  }

  /** While counting, the read buttons say they are unavailable (and ignore clicks). */
  private setBusy(busy: boolean): void {
    this.busy = busy;
    controls.setEnabled(this.element, "log-selection", !busy && this.excel);
    controls.setEnabled(this.element, "log-read-paste", !busy);
  }
}
