/**
 * "Use my contact log" in a real browser (24/7 template, step 2). The fake workbook holds a sheet
 * "Log" with a header, 5,000 seeded timestamps (Excel serials and ISO text with offsets) and a few
 * values that cannot be read, all selected. The person reads the selection, sees the heat map,
 * the share and the rejected values, changes the opening hours, uses the share and creates the
 * sheet; the sheet must hold the week grid, the share as the formula over it, and be the spec
 * buildTemplate makes from the same figures and grid, whose results HyperFormula recomputes from
 * the written formulas. Also: Dutch (day-first dates read by default), and "Paste a column" in
 * the preview outside Excel. Expected counts come from the core in node, never from the page.
 * Screenshots: test-output/screenshots/contact-log/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  contactGrid,
  exampleFigures,
  gridRows,
  isCalcError,
  outsideHoursShare,
  type ContactGrid,
  type OpeningHours,
} from "../../src/core";
import { buildTemplate, type CellSpec, type TemplateSpec } from "../../src/template";
import { evaluateSpec, type EvaluatedSheet } from "../support/hyperformula";
import { LOG_ROWS, seededLog } from "./contactLogSeed";
import { SCREENSHOTS, browserSuite, workbookOf, type FakeCell } from "./harness";

jest.setTimeout(120000);

const suite = browserSuite();
const FOLDER = path.join(SCREENSHOTS, "contact-log");
/** The narrow pane, tall enough that the section's screenshot needs no scrolling under the sticky live result. */
const PANE = { viewport: { width: 400, height: 3200 } };
const LOG = seededLog();
const SELECTION = { sheet: "Log", address: `A1:A${LOG.length}` };
const logCells = Object.fromEntries(LOG.map((value, i) => [`A${i + 1}`, value]));
const rows = LOG.map((value) => [value]);

function coreGrid(dutchDates: boolean): ContactGrid {
  const grid = contactGrid(rows, { timeZone: "Europe/Amsterdam", dutchDates });
  if (isCalcError(grid)) throw new Error("the seeded log has no grid");
  return grid;
}
function shareOf(grid: ContactGrid, hours: OpeningHours): number {
  const share = outsideHoursShare(grid, hours);
  if (isCalcError(share)) throw new Error("no share");
  return share;
}
const percent = (lang: "en" | "nl", share: number) =>
  new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);

const textOf = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ").trim();

/** The heat map's counts as the page shows them: hours down, days across. */
const heatCounts = (page: Page) =>
  page.$$eval("#log-heat tbody tr", (trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))),
  );
const transposed = (grid: ContactGrid) =>
  Array.from({ length: 24 }, (_, hour) => grid.counts.map((day) => day[hour]));

/** The contact-log section (the page is long), or the whole page when it is gone. */
async function screenshot(page: Page, name: string) {
  mkdirSync(FOLDER, { recursive: true });
  const file = path.join(FOLDER, `${name}.png`);
  const section = page.locator("#contact-log");
  if ((await section.count()) > 0) await section.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}

async function toStepTwo(page: Page, template: string, next: string) {
  await page.getByRole("radio", { name: template }).check();
  await page.getByRole("button", { name: next }).click();
  await page.locator("#contact-log").waitFor();
}

/** Result cells whose value in the evaluated sheet is not the core's figure (as equivalence.test.ts). */
function differences(sheet: EvaluatedSheet, reference: TemplateSpec): string[] {
  return Object.entries(reference.resultCells).flatMap(([id, at]) => {
    const [shown, core] = [sheet.value(at), reference.figures[id]];
    const same =
      typeof core === "number"
        ? typeof shown === "number" && Math.abs(shown - core) <= 1e-9 * Math.max(1, Math.abs(core))
        : shown === core;
    return same
      ? []
      : [`${id} @${at}: sheet ${JSON.stringify(shown)}, core ${JSON.stringify(core)}`];
  });
}

/** The sheet as written, as a spec HyperFormula can evaluate. */
function writtenSpec(spec: TemplateSpec, cells: Readonly<Record<string, FakeCell>>) {
  const written: CellSpec[] = Object.entries(cells)
    .filter(([, cell]) => cell.formula !== undefined || cell.value !== undefined)
    .map(([address, cell]) =>
      cell.formula !== undefined
        ? { address, formula: cell.formula }
        : { address, value: cell.value as string | number | boolean },
    );
  return { ...spec, cells: written };
}

test("English: read the selected log, change the opening hours, use the share, create the sheet", async () => {
  const session = await suite.open(
    {
      displayLanguage: "en-US",
      existingSheets: ["Log"],
      existingCells: { Log: logCells },
      selection: SELECTION,
    },
    "contact-log-en",
    PANE,
  );
  const { page } = session;
  await toStepTwo(page, "24/7 reachability", "Next");
  await page.getByRole("button", { name: "Use the selected cells" }).click();
  await page.locator("#log-heat").waitFor();

  const grid = coreGrid(false);
  expect(grid.used).toBe(LOG_ROWS);
  expect(await textOf(page, "#log-summary")).toBe(
    `5,000 contacts read from Log!${SELECTION.address}. ${grid.rejected} values could not be read. Header “created_at” skipped.`,
  );
  expect(await heatCounts(page)).toEqual(transposed(grid));
  const office = { openFrom: 9, openUntil: 17, openDays: 5 };
  expect(await textOf(page, "#log-share")).toBe(
    `${percent("en", shareOf(grid, office))} of the contacts fall outside your opening hours (09:00–17:00, Monday to Friday).`,
  );
  expect(await page.locator("#log-heat td.open").count()).toBe(8 * 5);
  expect(await page.locator("#log-busiest li").count()).toBe(5);
  const rejected = await page.$$eval("#log-rejected tbody tr", (trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  expect(rejected.map(([, value, why]) => [value, why])).toEqual([
    ["n/a", "not a date and time"],
    ["#N/A", "an Excel error value"],
    ["14-03-2026 21:07", "a day-first date: tick “Dates written day first”"],
    ["2026-02-30 10:00", "no such date or time"],
    ["TRUE", "not a date and time"],
    ["2026-03-14", "a date without a time"],
  ]);
  expect(rejected[0]?.[0]).toBe(`A${LOG.indexOf("n/a") + 1}`);
  await screenshot(page, "en-1-heat-map");

  // Open until 20:00: the share follows without reading the log again.
  const runs = (await workbookOf(page)).runs;
  await page.getByLabel("Opening hours today: until", { exact: true }).fill("20");
  const evening = { ...office, openUntil: 20 };
  const share = shareOf(grid, evening);
  await page.locator("#log-share", { hasText: percent("en", share) }).waitFor();
  expect(await page.locator("#log-heat td.open").count()).toBe(11 * 5);
  expect((await workbookOf(page)).runs).toBe(runs);

  await page.getByRole("button", { name: `Use this share (${percent("en", share)})` }).click();
  await page.locator("#log-status", { hasText: "is now the share" }).waitFor();
  const field = page.getByLabel("Share of contacts outside opening hours", { exact: true });
  // The field shows the figure the button showed, not the share's every digit.
  expect(`${await field.inputValue()}%`).toBe(percent("en", share).replace(/\.0%$/, "%"));
  expect(await textOf(page, "#log-use-note")).toMatch(/^In use:/);
  await screenshot(page, "en-2-share-used");

  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success, #outcome.failure").waitFor();
  expect([
    await page.locator("#outcome").getAttribute("class"),
    await textOf(page, "#outcome"),
  ]).toEqual(["outcome success", expect.stringContaining("Created")]);
  await screenshot(page, "en-3-created");

  const figures = { ...exampleFigures("reachability"), openUntil: 20, afterHoursShare: share };
  const spec = buildTemplate(
    { kind: "reachability", figures },
    { lang: "en", mode: "native", horizonMonths: 36, contactGrid: gridRows(grid) },
  );
  const sheet = (await workbookOf(page)).sheets[spec.sheetName];
  if (sheet === undefined) throw new Error(`no sheet ${spec.sheetName}`);
  for (const cell of spec.cells) {
    const written = sheet.cells[cell.address];
    expect([cell.address, written?.formula ?? written?.value]).toEqual([
      cell.address,
      cell.formula ?? cell.value,
    ]);
  }
  // The grid block: Monday..Sunday × hour 0..23 of the log, right under its header row.
  const gridRow = spec.cells.find(
    (cell) => cell.value === "Monday" && cell.address.startsWith("A"),
  );
  const first = Number(gridRow?.address.slice(1));
  const letters = Array.from({ length: 24 }, (_, h) => String.fromCharCode(66 + h));
  const onSheet = grid.counts.map((_, day) =>
    letters.map((letter) => sheet.cells[`${letter}${first + day}`]?.value),
  );
  expect(onSheet).toEqual(gridRows(grid));
  // The share is the formula over that grid and the form's opening hours, not a typed figure.
  const name = spec.names.find((n) => n.name === "AfterHoursShare");
  const own = sheet.cells[`D${Number(name?.address.replace(/\D/g, ""))}`];
  expect(own?.formula).toContain(`$B$${first}:$Y$${first + 6}`);
  // And the results computed from what was written are the core's for the same figures.
  const evaluated = evaluateSpec(writtenSpec(spec, sheet.cells));
  try {
    expect(differences(evaluated, spec)).toEqual([]);
  } finally {
    evaluated.destroy();
  }
});

test("Dutch: day-first dates are read by default; unticked, they are listed as not read", async () => {
  const session = await suite.open(
    {
      displayLanguage: "nl-NL",
      existingSheets: ["Log"],
      existingCells: { Log: logCells },
      selection: SELECTION,
    },
    "contact-log-nl",
    PANE,
  );
  const { page } = session;
  await toStepTwo(page, "24/7-bereikbaarheid", "Volgende");
  expect(await page.getByLabel("Datums met de dag eerst (dd-mm-jjjj)").isChecked()).toBe(true);
  await page.getByRole("button", { name: "Geselecteerde cellen gebruiken" }).click();
  await page.locator("#log-heat").waitFor();
  const dutch = coreGrid(true);
  expect(dutch.used).toBe(LOG_ROWS + 1);
  expect(await textOf(page, "#log-summary")).toContain("5.001 contacten gelezen uit Log!");
  expect(await heatCounts(page)).toEqual(transposed(dutch));
  expect(await textOf(page, "#log-share")).toContain(
    `${percent("nl", shareOf(dutch, { openFrom: 9, openUntil: 17, openDays: 5 }))} van de contacten`,
  );
  await screenshot(page, "nl-1-heat-map");

  await page.getByLabel("Datums met de dag eerst (dd-mm-jjjj)").uncheck();
  await page.locator("#log-summary", { hasText: "5.000 contacten" }).waitFor();
  expect(await heatCounts(page)).toEqual(transposed(coreGrid(false)));
  expect(await textOf(page, "#log-rejected")).toContain("een datum met de dag eerst");
  await screenshot(page, "nl-2-day-first-off");
});

test("Preview outside Excel: the selection needs Excel, a pasted column works", async () => {
  const session = await suite.open(null, "contact-log-preview", PANE);
  const { page } = session;
  await toStepTwo(page, "24/7 reachability", "Next");
  const fromSelection = page.getByRole("button", { name: "Use the selected cells" });
  expect(await fromSelection.getAttribute("aria-disabled")).toBe("true");
  expect(await textOf(page, "#log-needs-excel")).toContain("needs Excel");

  const pasted = [
    "created_at",
    ...LOG.slice(1, 201).map((value) =>
      typeof value === "number" ? String(value) : `"${String(value)}"`,
    ),
  ].join("\r\n");
  await page.getByLabel("Paste a column").fill(pasted);
  await page.getByRole("button", { name: "Read the pasted column" }).click();
  await page.locator("#log-heat").waitFor();
  const grid = contactGrid(
    pasted.split("\r\n").map((line) => [line.replace(/^"|"$/g, "")]),
    { timeZone: "Europe/Amsterdam" },
  );
  if (isCalcError(grid)) throw new Error("no grid");
  expect(await textOf(page, "#log-summary")).toContain(
    `${grid.used} contacts read from the pasted column.`,
  );
  expect(await heatCounts(page)).toEqual(transposed(grid));
  const share = shareOf(grid, { openFrom: 9, openUntil: 17, openDays: 5 });
  await page.getByRole("button", { name: `Use this share (${percent("en", share)})` }).click();
  const field = page.getByLabel("Share of contacts outside opening hours", { exact: true });
  expect(`${await field.inputValue()}%`).toBe(percent("en", share).replace(/\.0%$/, "%"));
  await screenshot(page, "preview-paste");

  // A share typed by hand replaces the log's.
  await field.fill("30");
  expect(await textOf(page, "#log-use-note")).toMatch(/^Puts the share into/);
});
