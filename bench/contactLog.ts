/**
 * A contact log through CX.CONTACT_GRID's core and the pane's analysis, against the plain native
 * grid a user would build in a spreadsheet: helper columns =WEEKDAY(A1,2) and =HOUR(A1) beside the
 * serials, and 168 cells of =COUNTIFS(B:B, day, C:C, hour), evaluated by HyperFormula.
 *
 * HyperFormula is timed on its best case: the sheet is built once, and each round types a new
 * column of serials in one call and reads the 168 counts back (a recalculation). The core reads
 * from the raw values every time, as the custom function and the pane do. Timestamps are spread
 * uniformly over 2026 (every hour of the year: the time-zone cache's worst case), seeded.
 * Medians of interleaved rounds (stats.ts); figures are throughput and ratios, not verdicts.
 * "Re-analysis" is what the pane redoes when only the opening hours change: the grid is kept.
 * "Pane" rows time the task pane's own code (src/taskpane/contactLog/reading.ts) as it runs on a
 * read: the selected cells as Excel hands them over (serials with their value types), or a pasted
 * CSV column of ISO text, counted once, then the share and busiest hours for the form's hours.
 *
 * Part of `npm run bench` (run.ts); on its own:
 *   npx tsc -p bench/tsconfig.json && node node_modules/.cache/service-roi-bench/bench/contactLog.js
 */
import os from "node:os";
import { HyperFormula } from "hyperformula";
import {
  analyseContactLog,
  busiestOutsideSlots,
  contactGrid,
  forgetZoneOffsets,
  heatMap,
  isCalcError,
  outsideHoursShare,
  type OpeningHours,
} from "../src/core";
import {
  hoursView,
  pasteInput,
  readLog,
  selectionInput,
  type LogOptions,
  type LogReading,
} from "../src/taskpane/contactLog/reading";
import { interleave, median, seededRandom } from "./stats";

const SIZES = [10_000, 100_000];
const ROUNDS = 5;
/** RAIL's budget for a response to a user's action; above it the pane feels sluggish. */
const INTERACTIVE_MS = 100;
const OFFICE: OpeningHours = { openFrom: 9, openUntil: 17, openDays: 5 };
const SERIAL_1970 = 25_569;
const START_2026 = Date.UTC(2026, 0, 1) / 1000;
const YEAR_SECONDS = 365 * 86_400;

interface Log {
  readonly serials: number[][];
  readonly isoText: string[][];
  /** The ISO column as pasted text: a header line, then one timestamp a line. */
  readonly csv: string;
}
/** The pane's default reading options. */
const PANE_OPTIONS: LogOptions = {
  timeZone: "Europe/Amsterdam",
  dutchDates: false,
  holidaysApart: false,
};

/** `count` whole-second moments of 2026 as Excel serials (UTC wall clock) and ISO instants (Z). */
function contactLog(count: number, seed: number): Log {
  const random = seededRandom(seed);
  const seconds = Array.from(
    { length: count },
    () => START_2026 + Math.floor(random() * YEAR_SECONDS),
  );
  const isoText = seconds.map((s) => [new Date(s * 1000).toISOString()]);
  return {
    serials: seconds.map((s) => [s / 86_400 + SERIAL_1970]),
    isoText,
    csv: ["created_at", ...isoText.map(([text]) => text)].join("\r\n"),
  };
}

/** The native grid in HyperFormula: serials in Log!A, helpers in B and C, counts in Grid!A1:X7. */
function nativeGrid(count: number) {
  const rows = Array.from({ length: count }, (_, i) => [
    null,
    `=WEEKDAY(A${i + 1},2)`,
    `=HOUR(A${i + 1})`,
  ]);
  const grid = Array.from({ length: 7 }, (_, day) =>
    Array.from(
      { length: 24 },
      (_, hour) => `=COUNTIFS(Log!$B$1:$B$${count},${day + 1},Log!$C$1:$C$${count},${hour})`,
    ),
  );
  const hf = HyperFormula.buildFromSheets(
    { Log: rows, Grid: grid },
    { licenseKey: "gpl-v3", smartRounding: false, maxRows: 1_048_576 }, // Excel's row limit
  );
  const log = hf.getSheetId("Log")!;
  const counts = hf.getSheetId("Grid")!;
  return {
    /** Types a column of serials in one call and reads the grid back. */
    countsOf(serials: number[][]): number[][] {
      hf.setCellContents({ sheet: log, col: 0, row: 0 }, serials);
      return hf.getSheetValues(counts) as number[][];
    },
    destroy: () => hf.destroy(),
  };
}

export interface ContactLogTiming {
  readonly size: number;
  /** Median milliseconds per contender. */
  readonly ms: Readonly<Record<Contender, number>>;
}
type Contender =
  | "gridSerials"
  | "gridIso"
  | "gridIsoColdZoneCache"
  | "paneAnalysisIso"
  | "reanalysis"
  | "paneSelection"
  | "panePaste"
  | "paneHoursChange"
  | "hyperFormulaCountifs";
/** Opening hours the pane's slider might pass through; each re-analysis takes the next. */
const SLIDER: OpeningHours[] = Array.from({ length: 16 }, (_, i) => ({
  openFrom: 6 + (i % 4),
  openUntil: 17 + (i % 6),
  openDays: 5 + (i % 3),
}));
/** Re-analyses per timed call: each takes microseconds, too short to time alone. */
const REANALYSES = 1_000;

export function timeContactLog(sizes: readonly number[], rounds: number): ContactLogTiming[] {
  return sizes.map((size) => {
    const logs = [contactLog(size, 20261123), contactLog(size, 20261124)];
    const native = nativeGrid(size);

    // The same question to every contender first: the grid of the first log, in UTC (the serials
    // are UTC wall clocks, so the ISO instants must be shown in UTC to agree).
    const first = logs[0]!;
    const viaSerials = contactGrid(first.serials, { timeZone: "UTC" });
    const viaIso = contactGrid(first.isoText, { timeZone: "UTC" });
    if (isCalcError(viaSerials) || isCalcError(viaIso)) throw new Error("no grid");
    const viaSheet = native.countsOf(first.serials);
    for (const other of [viaIso.counts, viaSheet]) {
      if (JSON.stringify(other) !== JSON.stringify(viaSerials.counts)) {
        throw new Error(`${size}: the grids disagree`);
      }
    }

    // The selected cells as Excel.run hands them over: date-time cells are serials ("Double").
    const selections = logs.map((log) => ({
      address: `Log!A1:A${size}`,
      values: log.serials,
      valueTypes: log.serials.map(() => ["Double"]),
    }));
    const paneReading = readLog(selectionInput(selections[0]!), PANE_OPTIONS);
    if (isCalcError(paneReading)) throw new Error("no pane reading");
    const kept: LogReading = paneReading;

    let round = 0;
    let sink = 0;
    const next = () => logs[round++ % 2]!;
    const used = (grid: unknown) => {
      if (isCalcError(grid)) throw new Error("no grid");
      sink += 1;
    };
    const times = interleave<Contender>(
      {
        gridSerials: () => used(contactGrid(next().serials)),
        gridIso: () => used(contactGrid(next().isoText)),
        gridIsoColdZoneCache: () => {
          forgetZoneOffsets();
          used(contactGrid(next().isoText));
        },
        paneAnalysisIso: () => used(analyseContactLog(next().isoText, OFFICE)),
        // The user moves the opening hours: the grid stays, share, busiest hours and heat follow.
        reanalysis: () => {
          for (let i = 0; i < REANALYSES; i++) {
            const hours = SLIDER[i % SLIDER.length]!;
            const share = outsideHoursShare(viaSerials, hours);
            sink += busiestOutsideSlots(viaSerials, hours).length + heatMap(viaSerials).max;
            if (typeof share === "number") sink += share;
          }
        },
        // "Use the selected cells": values to grid and heat map once, then the form's hours.
        paneSelection: () => {
          const reading = readLog(selectionInput(selections[round++ % 2]!), PANE_OPTIONS);
          if (isCalcError(reading)) throw new Error("no grid");
          sink += hoursView(reading, OFFICE).busiest.length;
        },
        // "Paste a column": the text split into lines, then the same.
        panePaste: () => {
          const reading = readLog(pasteInput(next().csv), PANE_OPTIONS);
          if (isCalcError(reading)) throw new Error("no grid");
          sink += hoursView(reading, OFFICE).busiest.length;
        },
        // The person edits the opening hours: only the share and busiest hours are redone.
        paneHoursChange: () => {
          for (let i = 0; i < REANALYSES; i++) {
            sink += hoursView(kept, SLIDER[i % SLIDER.length]!).busiest.length;
          }
        },
        hyperFormulaCountifs: () => {
          sink += native.countsOf(next().serials)[0]?.[0] ?? 0;
        },
      },
      rounds,
    );
    native.destroy();
    if (sink < 0) console.log(sink);
    const ms = Object.fromEntries(
      Object.entries(times).map(([key, values]) => [key, median(values)]),
    ) as Record<Contender, number>;
    return { size, ms };
  });
}

/** The benchmark's rows: throughput, ratios to HyperFormula, and the pane's response time. */
export function contactLogRows(timings: readonly ContactLogTiming[]): [string, string][] {
  const rows: [string, string][] = [];
  const perSecond = (size: number, ms: number) =>
    `${Math.round((size / ms) * 1000).toLocaleString("en-US")} /s`;
  for (const { size, ms } of timings) {
    const hf = ms.hyperFormulaCountifs;
    const label = size.toLocaleString("en-US");
    rows.push([`${label} timestamps (median of ${ROUNDS})`, ""]);
    rows.push([
      `  CX.CONTACT_GRID core, serials`,
      `${perSecond(size, ms.gridSerials)}  ${(hf / ms.gridSerials).toFixed(0)}× HyperFormula`,
    ]);
    rows.push([
      `  CX.CONTACT_GRID core, ISO text`,
      `${perSecond(size, ms.gridIso)}  ${(hf / ms.gridIso).toFixed(0)}× HyperFormula`,
    ]);
    rows.push([
      `  same, time-zone cache cold`,
      `${perSecond(size, ms.gridIsoColdZoneCache)}  ${(hf / ms.gridIsoColdZoneCache).toFixed(0)}× HyperFormula`,
    ]);
    rows.push([
      `  pane analysis (grid, share, top 5, heat), ISO`,
      `${perSecond(size, ms.paneAnalysisIso)}  ${ms.paneAnalysisIso.toFixed(1)} ms (interactive ≤ ${INTERACTIVE_MS} ms: ${ms.paneAnalysisIso <= INTERACTIVE_MS ? "ok" : "OVER"})`,
    ]);
    rows.push([
      `  re-analysis after new opening hours (share, top 5, heat)`,
      `${((ms.reanalysis * 1000) / REANALYSES).toFixed(1)} µs per change`,
    ]);
    const interactive = (value: number) =>
      `${value.toFixed(1)} ms (interactive ≤ ${INTERACTIVE_MS} ms: ${value <= INTERACTIVE_MS ? "ok" : "OVER"})`;
    rows.push([
      `  pane: use the selected cells (serials → grid, heat, share)`,
      `${perSecond(size, ms.paneSelection)}  ${interactive(ms.paneSelection)}`,
    ]);
    rows.push([
      `  pane: paste a column (ISO text → grid, heat, share)`,
      `${perSecond(size, ms.panePaste)}  ${interactive(ms.panePaste)}`,
    ]);
    rows.push([
      `  pane: opening hours changed (share, busiest; grid kept)`,
      `${((ms.paneHoursChange * 1000) / REANALYSES).toFixed(1)} µs per change`,
    ]);
    rows.push([
      `  HyperFormula WEEKDAY/HOUR + COUNTIFS, recalc`,
      `${perSecond(size, hf)}  ${hf.toFixed(1)} ms`,
    ]);
    rows.push([
      `  ISO text / serials (core)`,
      `${(ms.gridIso / ms.gridSerials).toFixed(1)}× the time`,
    ]);
  }
  return rows;
}

if (require.main === module) {
  const rows = contactLogRows(timeContactLog(SIZES, ROUNDS));
  const width = Math.max(...rows.map(([measure]) => measure.length));
  console.log(
    `Contact log benchmark — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
  );
  for (const [measure, value] of rows) console.log(`${measure.padEnd(width)}  ${value}`);
}
