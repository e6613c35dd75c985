/**
 * "Use my contact log" without a browser: where each value that could not be read is shown (the
 * sheet's own cell, or the pasted line), how the share follows the opening hours without counting
 * the log again, and how the wizard's state ties the form's share and the sheet's grid to the log:
 * new opening hours recompute the share, a share typed by hand drops the log, a preset drops it.
 */
import {
  afterHoursShare,
  exampleFigures,
  gridRows,
  isCalcError,
  type ContactGrid,
} from "../../src/core";
import { sheetContactGrid } from "../../src/taskpane/contactLog/link";
import {
  hoursView,
  pasteInput,
  readLog,
  rejectedRows,
  selectionInput,
  type LogOptions,
  type LogReading,
} from "../../src/taskpane/contactLog/reading";
import { selectionProblem } from "../../src/taskpane/contactLog/selection";
import * as wizard from "../../src/taskpane/state";

const OPTIONS: LogOptions = {
  timeZone: "Europe/Amsterdam",
  dutchDates: false,
  holidaysApart: false,
};
const OFFICE = { openFrom: 9, openUntil: 17, openDays: 5 };

function reading(result: LogReading | ReturnType<typeof readLog>): LogReading {
  if (isCalcError(result)) throw new Error(`no reading: ${result.message}`);
  return result;
}

// Saturday 14 March 2026 21:07 (serial), Monday 16 March 09:36 (ISO, Amsterdam winter time).
const SATURDAY_EVENING = 46095.88;
const MONDAY_MORNING = "2026-03-16T08:36:00Z";

describe("reading a selection", () => {
  const cells = {
    address: "'Contact log'!B3:B9",
    values: [
      ["Created at"],
      [SATURDAY_EVENING],
      [MONDAY_MORNING],
      ["#N/A"],
      ["n/a"],
      [""],
      ["14-03-2026 21:07"],
    ],
    valueTypes: [["String"], ["Double"], ["String"], ["Error"], ["String"], ["Empty"], ["String"]],
  };
  const read = reading(readLog(selectionInput(cells), OPTIONS));

  it("counts serials and ISO text, skips the header and blanks", () => {
    expect(read.grid.used).toBe(2);
    expect(read.grid.header).toBe("Created at");
    expect(read.grid.counts[5]?.[21]).toBe(1);
    expect(read.grid.counts[0]?.[9]).toBe(1);
  });

  it("places each value that could not be read in the sheet's own cell, with why", () => {
    expect(rejectedRows(read)).toEqual([
      { at: "B6", text: "#N/A", reason: "excelError" },
      { at: "B7", text: "n/a", reason: "unreadable" },
      { at: "B9", text: "14-03-2026 21:07", reason: "dutchDate" },
    ]);
  });

  it("reads day-first dates when asked", () => {
    const dutch = reading(readLog(selectionInput(cells), { ...OPTIONS, dutchDates: true }));
    expect(dutch.grid.used).toBe(3);
    expect(dutch.grid.counts[5]?.[21]).toBe(2);
  });
});

describe("reading a pasted column", () => {
  const text = 'created_at\r\n"2026-03-14T21:07:00+01:00"\n\njunk\n2026-03-16 09:36\n';
  const read = reading(readLog(pasteInput(text), OPTIONS));

  it("numbers rejected lines as the person sees them, header and blank lines included", () => {
    expect(read.grid.used).toBe(2);
    expect(rejectedRows(read)).toEqual([{ at: "4", text: "junk", reason: "unreadable" }]);
  });

  it("an unknown time zone is the core's error, not an exception", () => {
    const result = readLog(pasteInput(text), { ...OPTIONS, timeZone: "Mars/Olympus" });
    expect(isCalcError(result) && result.message).toBe("timeZone");
  });
});

describe("the share follows the opening hours from the grid alone", () => {
  const read = reading(
    readLog(pasteInput([MONDAY_MORNING, "2026-03-14 21:07"].join("\n")), OPTIONS),
  );
  it.each([
    [OFFICE, 0.5],
    [{ openFrom: 8, openUntil: 22, openDays: 6 }, 0],
    [{ openFrom: 10, openUntil: 17, openDays: 5 }, 1],
  ])("open %j → %d outside", (hours, share) => {
    const shown = hoursView(read, hours);
    expect(shown.share).toBe(share);
    expect(shown.hours).toBe(hours);
  });
  it("lists the busiest closed hours, busiest first", () => {
    expect(hoursView(read, OFFICE).busiest).toEqual([
      { day: 5, hour: 21, contacts: 1, share: 0.5 },
    ]);
  });
});

describe("Excel's failures in words", () => {
  it.each([
    ["InvalidSelection", "multipleAreas"],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge"],
    ["RequestPayloadSizeLimitExceeded", "tooLarge"],
    ["GeneralException", "excel"],
  ])("%s → %s", (code, problem) => {
    expect(selectionProblem(Object.assign(new Error("failed"), { code })).problem).toBe(problem);
  });
});

describe("the wizard's share tied to a contact log", () => {
  // Busy evenings and weekends; 20 an hour in office hours.
  const counts = Array.from({ length: 7 }, (_, day) =>
    Array.from({ length: 24 }, (_, hour) => (day >= 5 ? 6 : 0) + (hour >= 9 && hour < 17 ? 20 : 2)),
  );
  const log: ContactGrid = {
    counts,
    used: counts.flat().reduce((a, b) => a + b, 0),
    onHolidays: 0,
    rejected: 0,
    rejectedRows: [],
    header: null,
    first: "2026-01-01T00:00:00",
    last: "2026-12-31T23:00:00",
  };
  const shareOf = (openFrom: number, openUntil: number, openDays: number) =>
    afterHoursShare(
      { rows: 7, columns: 24, values: counts.flat() },
      { openFrom, openUntil, openDays },
    );
  const state247 = () => {
    const state = wizard.initialState("en", true, "reachability");
    wizard.useContactLogShare(state, log);
    return state;
  };

  it("the shares the tests expect, counted by hand from the grid above", () => {
    // 1,632 contacts a week: 5 weekdays × (8 × 20 + 16 × 2) + 2 weekend days × (8 × 26 + 16 × 8).
    // Open 9–17 on 5 days: 5 × 8 × 20 = 800 inside, 832 after hours.
    expect(shareOf(9, 17, 5)).toBeCloseTo(832 / 1632, 12);
    // Open 9–20 on 6 days: 5 × (8 × 20 + 3 × 2) + (8 × 26 + 3 × 8) = 1,062 inside, 570 after.
    expect(shareOf(9, 20, 6)).toBeCloseTo(570 / 1632, 12);
    // Open 8–17 on 5 days: 5 × (2 + 8 × 20) = 810 inside, 822 after.
    expect(shareOf(8, 17, 5)).toBeCloseTo(822 / 1632, 12);
  });

  it("“Use this share” puts the share in the field, exact but shown rounded, as if typed, and the grid on the sheet", () => {
    const state = wizard.initialState("en", true, "reachability");
    wizard.applyPreset(state, "article");
    const field = wizard.useContactLogShare(state, log);
    expect(field?.value).toBe(shareOf(9, 17, 5));
    // The value exact (the sheet computes it from the grid); the text as the button rounds it.
    expect(shareOf(9, 17, 5)).toBeCloseTo(832 / 1632, 12);
    expect(field?.text).toBe("51");
    expect(state.preset).toBe("yours");
    expect(state.yours.afterHoursShare).toBe(shareOf(9, 17, 5));
    expect(wizard.contactGridForSheet(state)).toEqual(gridRows(log));
    const input = wizard.currentCase(state);
    expect(input?.kind === "reachability" && input.figures.afterHoursShare).toBe(shareOf(9, 17, 5));
    expect(wizard.liveResult(state)).not.toBeNull();
  });

  it("new opening hours recompute the share; the grid stays", () => {
    const state = state247();
    wizard.typeInField(state, "openUntil", "20");
    wizard.typeInField(state, "openDays", "6");
    expect(state.fields.afterHoursShare?.value).toBe(shareOf(9, 20, 6));
    expect(state.contactLog).toBe(log);
  });

  it("while an hour is being typed, the share waits; hours that run backwards are refused", () => {
    const state = state247();
    wizard.typeInField(state, "openFrom", "");
    expect(state.fields.afterHoursShare?.value).toBe(shareOf(9, 17, 5));
    wizard.typeInField(state, "openFrom", "18");
    expect(state.fields.afterHoursShare?.value).toBeNull();
    expect(state.fields.afterHoursShare?.error).toMatch(/start before they end/);
    expect(wizard.invalidFields(state)).toContain("afterHoursShare");
    wizard.typeInField(state, "openFrom", "8");
    expect(state.fields.afterHoursShare).toMatchObject({ value: shareOf(8, 17, 5), error: null });
  });

  it("a share typed by hand wins: the log and the sheet's grid are dropped", () => {
    const state = state247();
    wizard.typeInField(state, "afterHoursShare", "30");
    expect(state.contactLog).toBeNull();
    expect(wizard.contactGridForSheet(state)).toBeUndefined();
    wizard.typeInField(state, "openUntil", "20");
    expect(state.fields.afterHoursShare?.value).toBe(0.3);
  });

  it("a preset or another template drops the log", () => {
    const preset = state247();
    wizard.applyPreset(preset, "article");
    expect(preset.contactLog).toBeNull();
    const template = state247();
    wizard.chooseTemplate(template, "digital");
    expect(template.contactLog).toBeNull();
    expect(wizard.contactGridForSheet(template)).toBeUndefined();
  });

  it("the language switch keeps the exact share, written the Dutch way", () => {
    const state = state247();
    // Open 9–20 on 6 days: 570 of 1,632 after hours, 34.926…%, shown as 34.9.
    wizard.typeInField(state, "openUntil", "20");
    wizard.typeInField(state, "openDays", "6");
    expect(state.fields.afterHoursShare?.text).toBe("34.9");
    wizard.switchLanguage(state, "nl");
    expect(state.fields.afterHoursShare?.value).toBe(shareOf(9, 20, 6));
    expect(state.fields.afterHoursShare?.text).toBe("34,9");
  });

  it("contacts counted apart on holidays: the share is the figure, the sheet gets no grid", () => {
    const apart = { ...log, used: log.used + 10, onHolidays: 10 };
    expect(sheetContactGrid(apart)).toBeUndefined();
    const state = wizard.initialState("en", true, "reachability");
    wizard.useContactLogShare(state, apart);
    const inGrid = Number(shareOf(9, 17, 5));
    expect(state.fields.afterHoursShare?.value).toBeCloseTo(
      (inGrid * log.used + 10) / apart.used,
      12,
    );
    expect(wizard.contactGridForSheet(state)).toBeUndefined();
  });

  it("the example figures are untouched until the log is used", () => {
    const state = wizard.initialState("en", true, "reachability");
    expect(state.contactLog).toBeNull();
    expect(state.fields.afterHoursShare?.value).toBe(
      exampleFigures("reachability").afterHoursShare,
    );
  });
});
