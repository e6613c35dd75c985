/**
 * The task pane wizard in a real browser, clicked through as a person would: the built dist/ page,
 * with office.js replaced by an in-page fake of Office and Excel (fakeOffice.js). Checks what the
 * person sees at each step, that nothing is written while a field is invalid, that the created
 * sheet holds exactly the spec buildTemplate makes from the same figures, and that the figures the
 * review step shows are the figures the created sheet computes (recomputed here in HyperFormula).
 * Screenshots of every step go to test-output/screenshots/wizard/.
 */
import type { Page } from "playwright-core";
import { articleFigures, caseOf, type TemplateKind } from "../../src/core";
import type { Lang } from "../../src/i18n/language";
import { formatResult } from "../../src/taskpane/review";
import { RESULTS, buildTemplate, type FormulaMode, type TemplateSpec } from "../../src/template";
import { evaluateSpec } from "../support/hyperformula";
import {
  OFFICE_JS,
  PANE_ORIGIN,
  browserSuite,
  workbookOf,
  type FakeSheet,
  type OfficeMode,
  type Session,
} from "./harness";

jest.setTimeout(90000);

const suite = browserSuite();
const open = (office: OfficeMode, prefix: string): Promise<Session> => suite.open(office, prefix);

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").trim();
const heading = (page: Page) => text(page, "#step-heading");
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Only the page's own origin and the office.js CDN URL were asked for. */
function expectOnlyAllowedRequests(session: Session) {
  const outside = session.requests.filter(
    (url) => url !== OFFICE_JS && new URL(url).origin !== PANE_ORIGIN,
  );
  expect(outside).toEqual([]);
  expect(session.requests).toContain(OFFICE_JS);
}

/** The sheet in the fake workbook holds every cell, name, table, chart and setting of the spec. */
function expectSheetMatchesSpec(
  sheet: FakeSheet,
  tables: { name: string; range: string; sheet: string }[],
  kind: TemplateKind,
  lang: Lang,
  mode: FormulaMode,
): TemplateSpec {
  const input = caseOf(kind, articleFigures(kind));
  const spec = buildTemplate(input, { lang, mode, horizonMonths: 36 });
  for (const cell of spec.cells) {
    const written = sheet.cells[cell.address];
    if (cell.formula !== undefined)
      expect([cell.address, written?.formula]).toEqual([cell.address, cell.formula]);
    if (cell.value !== undefined)
      expect([cell.address, written?.value]).toEqual([cell.address, cell.value]);
    if (cell.numberFormat !== undefined)
      expect([cell.address, written?.numberFormat]).toEqual([cell.address, cell.numberFormat]);
  }
  for (const name of spec.names) expect(sheet.names[name.name]?.address).toBe(name.address);
  expect(tables).toContainEqual(
    expect.objectContaining({ name: spec.table.name, range: spec.table.range, sheet: sheet.name }),
  );
  expect(sheet.charts.map((chart) => chart.title)).toEqual(spec.charts.map((chart) => chart.title));
  expect(sheet.charts.map((chart) => chart.series.map((s) => s.values))).toEqual(
    spec.charts.map((chart) => chart.series.map((s) => s.values)),
  );
  expect(sheet.validations).toHaveLength(spec.validations.length);
  expect(sheet.frozenRows).toBe(spec.freezeRows);
  expect(sheet.pageLayout).toMatchObject({
    orientation: "Landscape",
    setPrintArea: spec.print.area,
  });
  expect(sheet.protection).toBeDefined();
  for (const at of spec.editable.filter((a) => !a.includes(":"))) {
    expect([at, sheet.cells[at]?.format.locked]).toEqual([at, false]);
  }
  return spec;
}

/** What the review step shows for each decision and headline result. */
async function reviewFigures(page: Page, kind: TemplateKind): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const def of RESULTS[kind].filter((d) => d.place !== "reference")) {
    shown[def.id] = await text(page, `tr[data-result="${def.id}"] td.value`);
  }
  return shown;
}

/**
 * The created sheet recomputed from what the fake workbook recorded (formulas, values, names),
 * its decision and headline figures formatted as the review formats them.
 */
function sheetFigures(sheet: FakeSheet, spec: TemplateSpec, lang: Lang): Record<string, string> {
  const cells = Object.entries(sheet.cells).map(([address, cell]) =>
    cell.formula !== undefined
      ? { address, formula: cell.formula }
      : { address, value: cell.value },
  );
  const names = Object.entries(sheet.names).map(([name, n]) => ({
    name,
    address: n.address,
    comment: "",
  }));
  const engine = evaluateSpec({ cells, names }, lang);
  const shown: Record<string, string> = {};
  for (const def of RESULTS[spec.kind].filter((d) => d.place !== "reference")) {
    const value = engine.value(spec.resultCells[def.id] ?? "");
    shown[def.id] =
      typeof value === "number"
        ? formatResult(lang, def.format, value, spec.horizonMonths)
        : String(value);
  }
  engine.destroy();
  return shown;
}

test("English, digital: invalid figures are refused; the article example; review = created sheet", async () => {
  const session = await open({ displayLanguage: "en-US" }, "en-digital");
  const { page } = session;
  await page.getByRole("radio", { name: "Digital customer service" }).waitFor();
  expect(await heading(page)).toBe("Choose a template");
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await session.shot("choose-template");

  await page.getByRole("radio", { name: "Digital customer service" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Enter your figures");
  expect(await field(page, "Customer contacts a month").inputValue()).toBe("6000");
  expect(await field(page, "Share of standard questions").inputValue()).toBe("50");
  expect(await text(page, "#f-standardQuestionShare-note")).toContain("example value");
  expect(await text(page, "#f-hiddenCostRate-note")).toContain("can run up to 30–50%");
  expect(await page.locator("body").textContent()).not.toMatch(/article 00\d|artikel 00\d/);
  await session.shot("figures");

  // Two wrong fields: a message each, the step refuses to go on, Excel is not touched.
  await field(page, "Customer contacts a month").fill("lots");
  await field(page, "Standard questions resolved by automation").fill("90");
  expect(await text(page, "#f-contactsPerMonth-error")).toBe(
    "This is not a number. Enter a whole number from 0 to 1,000,000,000.",
  );
  expect(await text(page, "#f-automatedShare-error")).toBe("Enter a percentage from 0% to 80%.");
  expect(
    await field(page, "Standard questions resolved by automation").getAttribute("aria-invalid"),
  ).toBe("true");
  expect(await text(page, "#live")).toContain("—");
  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Enter your figures");
  expect(await page.getByRole("alert").filter({ hasText: "Correct" }).textContent()).toBe(
    "Correct the marked fields first (2). Nothing has been written.",
  );
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-contactsPerMonth");
  await session.shot("invalid-refused");
  expect((await workbookOf(page)).runs).toBe(0);

  // Fixed, "40%" accepted as 40 %; the live line says the NPV and the verdict from the money.
  await field(page, "Customer contacts a month").fill("5000");
  await field(page, "Standard questions resolved by automation").fill("40%");
  expect(await text(page, "#f-automatedShare-error")).toBe("");
  expect(await text(page, "#step-alert")).toBe("");
  expect(await text(page, "#live")).toMatch(
    /Net present value \(NPV\) .*€.* · (Pays|Does not pay)/,
  );

  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  expect(await field(page, "Customer contacts a month").inputValue()).toBe("6250");
  expect(await field(page, "Standard questions resolved by automation").inputValue()).toBe("80");
  await session.shot("article-preset");

  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Review the results");
  expect(await text(page, 'tr[data-result="articleRoi"] td.value')).toBe("100%");
  expect(await text(page, 'tr[data-result="verdict"] td.value')).toMatch(/^Pays:/);
  expect(await text(page, 'tr[data-result="fit"] td.value')).toMatch(/^Strong fit/);
  expect(await page.locator("#results tr[data-result]").count()).toBe(RESULTS.digital.length);
  expect(await page.locator("#scenarios tbody tr").count()).toBe(4);
  const reviewed = await reviewFigures(page, "digital");
  await session.shot("review");

  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Create the sheet");
  expect(await text(page, "#sheet-name")).toBe("ROI digital service");
  expect(await page.getByLabel("Protect the formulas (no password)").isChecked()).toBe(true);
  await session.shot("create");
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success").waitFor();
  expect(await text(page, "#outcome")).toBe(
    "Created the sheet “ROI digital service”. It is now the active sheet.",
  );
  await session.shot("created");

  const workbook = await workbookOf(page);
  expect(workbook.sheetOrder).toEqual(["ROI digital service"]);
  expect(workbook.active).toBe("ROI digital service");
  const sheet = workbook.sheets["ROI digital service"]!;
  const spec = expectSheetMatchesSpec(sheet, workbook.tables, "digital", "en", "native");
  expect(sheet.cells[spec.scenarioCell]?.value).toBe("Expected (your figures)");
  expect(sheetFigures(sheet, spec, "en")).toEqual(reviewed);
  expectOnlyAllowedRequests(session);
});

test("24/7 with CX functions: step 4 names the sheet it will really create, the existing one stays", async () => {
  const session = await open({ displayLanguage: "en-GB", existingSheets: ["ROI 24-7"] }, "en-247");
  const { page } = session;
  await page.getByRole("radio", { name: "24/7 reachability" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  expect(await field(page, "Surcharge weekdays 00–06").inputValue()).toBe("40");
  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  await page.getByRole("radio", { name: "CX add-in functions" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  expect(await text(page, 'tr[data-result="articleRoi"] td.value')).toBe("30%");
  // The article's 30% beside the model's verdict: the pane says why the two can differ.
  expect(await text(page, "#article-note")).toContain("article's own figure");
  expect(await page.locator('tr[data-result="cheaperRoute"]').count()).toBe(1);
  const reviewed = await reviewFigures(page, "reachability");
  await session.shot("review");
  await page.getByRole("button", { name: "Next" }).click();
  await page.locator("#sheet-name", { hasText: "ROI 24-7 (2)" }).waitFor();
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success").waitFor();
  expect(await text(page, "#outcome")).toContain("“ROI 24-7 (2)”");
  await session.shot("created");

  const workbook = await workbookOf(page);
  expect(workbook.sheetOrder).toEqual(["ROI 24-7", "ROI 24-7 (2)"]);
  expect(workbook.sheets["ROI 24-7"]?.cells).toEqual({});
  const sheet = workbook.sheets["ROI 24-7 (2)"]!;
  const spec = expectSheetMatchesSpec(sheet, workbook.tables, "reachability", "en", "addin");
  // Add-in mode: the paybacks are CX calls; the TEI ROI is NPV ÷ PV of costs, as in every scenario.
  expect(sheet.cells[spec.resultCells.payback!]?.formula).toMatch(/CX\.PAYBACK_MONTHS\(/);
  expect(sheet.cells[spec.resultCells.teiRoi!]?.formula).toMatch(
    /^=IF\(PresentCosts=0,.*,NetPresentValue\/PresentCosts\)$/,
  );
  expect(sheetFigures(sheet, spec, "en")).toEqual(reviewed);
  expectOnlyAllowedRequests(session);
});

test("Dutch: Dutch labels, decimal comma, Dutch messages; the language switch keeps what was typed", async () => {
  const session = await open({ displayLanguage: "nl-NL" }, "nl-digital");
  const { page } = session;
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  expect(await heading(page)).toBe("Kies een sjabloon");
  await page.getByRole("radio", { name: "Digitale klantenservice" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await heading(page)).toBe("Vul uw cijfers in");
  expect(
    await field(page, "Kosten van een contact met een medewerker, inclusief overhead").inputValue(),
  ).toBe("6,5");
  expect(await text(page, "#f-transitionWeeks-note")).toContain("minimaal 2-4 weken");

  await field(page, "Kosten van een geautomatiseerd contact").fill("0,75");
  expect(await text(page, "#f-costPerAutomatedContact-error")).toBe("");
  await field(page, "Standaardvragen opgelost door automatisering").fill("150");
  expect(await text(page, "#f-automatedShare-error")).toBe("Vul een percentage in van 0% tot 80%.");
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await text(page, "#step-alert")).toBe(
    "Verbeter eerst de gemarkeerde velden (1). Er is niets geschreven.",
  );
  await session.shot("invalid");

  await page.getByLabel("Taal").selectOption("en");
  expect(await heading(page)).toBe("Enter your figures");
  expect(await field(page, "Cost of an automated contact").inputValue()).toBe("0.75");
  expect(await text(page, "#f-automatedShare-error")).toBe("Enter a percentage from 0% to 80%.");
  await page.getByLabel("Language").selectOption("nl");
  expect(await field(page, "Kosten van een geautomatiseerd contact").inputValue()).toBe("0,75");

  await field(page, "Standaardvragen opgelost door automatisering").fill("30");
  await page.getByLabel("Uitgaan van").selectOption({ label: "Voorbeeld uit het artikel" });
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await heading(page)).toBe("Bekijk de uitkomsten");
  expect(await text(page, 'tr[data-result="articleRoi"] th .label')).toBe(
    "ROI volgens de methode van het artikel",
  );
  expect(await text(page, 'tr[data-result="articleRoi"] td.value')).toBe("100%");
  const reviewed = await reviewFigures(page, "digital");
  await session.shot("review");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Blad maken" }).click();
  await page.locator("#outcome.success").waitFor();
  expect(await text(page, "#outcome")).toBe(
    "Het blad “ROI digitale service” is gemaakt en is nu het actieve blad.",
  );
  await session.shot("created");

  const workbook = await workbookOf(page);
  const sheet = workbook.sheets["ROI digitale service"]!;
  const spec = expectSheetMatchesSpec(sheet, workbook.tables, "digital", "nl", "native");
  expect(sheet.cells.A1?.value).toBe("Business case: digitale klantenservice");
  expect(sheetFigures(sheet, spec, "nl")).toEqual(reviewed);
  expectOnlyAllowedRequests(session);
});

test("without Office the pane previews the sheet's decision summary and says creating needs Excel", async () => {
  const session = await open(null, "no-office");
  const { page } = session;
  await page.getByRole("radio", { name: "Digital customer service" }).waitFor();
  expect(await text(page, ".banner")).toMatch(/^Preview: opened outside Excel/);
  for (let step = 0; step < 3; step++) await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Create the sheet");
  const create = page.getByRole("button", { name: "Create sheet (needs Excel)" });
  expect(await create.getAttribute("aria-disabled")).toBe("true");
  await create.click({ force: true });
  expect(await text(page, "#outcome")).toBe("");

  const preview = page.getByRole("region", { name: /Preview of the sheet/ });
  for (const label of [
    "Business case: digital customer service",
    "Does it pay?",
    "Net present value (NPV)",
  ])
    expect(await preview.locator("td").filter({ hasText: label }).count()).toBeGreaterThan(0);
  await session.shot("preview");
  expect(
    session.requests.filter((url) => url !== OFFICE_JS && new URL(url).origin !== PANE_ORIGIN),
  ).toEqual([]);
});

test.each([
  ["en-US", "en", "Next"],
  ["nl-NL", "nl", "Volgende"],
] as const)(
  "the decision summary, %s: screenshot of the review for the README",
  async (locale, lang, next) => {
    const session = await open({ displayLanguage: locale }, `summary-${lang}`);
    const { page } = session;
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (let step = 0; step < 2; step++) await page.getByRole("button", { name: next }).click();
    await page.locator("#results").waitFor();
    await session.shot("summary");
  },
);
