/**
 * The task pane wizard in a real browser, clicked through as a person would: the built dist/ page,
 * served locally, with office.js replaced by an in-page fake of Office and Excel (fakeOffice.js).
 * Checks what the person sees at each step, that nothing is written while a field is invalid,
 * and that the created sheet holds exactly the spec buildTemplate makes from the same figures.
 * Screenshots of every step go to test-output/screenshots/wizard/.
 */
import type { Browser, Page } from "playwright-core";
import { exampleFigures, scenarioInputs, type TemplateKind } from "../../src/core";
import type { Lang } from "../../src/i18n/language";
import { buildTemplate, type FormulaMode } from "../../src/template";
import {
  OFFICE_JS,
  launch,
  openPane,
  serveDist,
  workbookOf,
  type FakeSheet,
  type Server,
  type Session,
} from "./harness";

jest.setTimeout(60000);

let server: Server;
let browser: Browser;
const sessions: Session[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(), launch()]);
});

afterAll(async () => {
  await Promise.all(sessions.map((session) => session.context.close()));
  await browser?.close();
  server?.close();
});

async function open(office: Parameters<typeof openPane>[2], prefix: string): Promise<Session> {
  const session = await openPane(browser, server, office, prefix);
  sessions.push(session);
  return session;
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").trim();

const heading = (page: Page) => text(page, "#step-heading");

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

/** Only the page's own origin and the office.js CDN URL were asked for. */
function expectOnlyAllowedRequests(session: Session) {
  const origin = new URL(server.url).origin;
  const outside = session.requests.filter(
    (url) => url !== OFFICE_JS && new URL(url).origin !== origin,
  );
  expect(outside).toEqual([]);
  expect(session.requests).toContain(OFFICE_JS);
}

/** The sheet in the fake workbook holds every cell, name, table and chart of the spec. */
function expectSheetMatchesSpec(
  sheet: FakeSheet,
  tables: { name: string; range: string; sheet: string }[],
  kind: TemplateKind,
  lang: Lang,
  mode: FormulaMode,
) {
  const figures = scenarioInputs(kind, "article", exampleFigures(kind));
  const spec = buildTemplate(kind, figures, { lang, mode, horizonMonths: 36 });
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
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0]?.title).toBe(spec.chart.title);
  expect(sheet.charts[0]?.series.values).toBe(spec.chart.valuesRange);
  expect(sheet.validations).toHaveLength(spec.validations.length);
  expect(sheet.frozenRows).toBe(spec.freezeRows);
  return spec;
}

test("English, digital template: invalid figures are refused, the article example gives 100%, the sheet is created", async () => {
  const session = await open({ displayLanguage: "en-US" }, "en-digital");
  const { page } = session;
  await page.getByRole("radio", { name: "Digital customer service" }).waitFor();
  expect(await heading(page)).toBe("Choose a template");
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await session.shot("choose-template");

  await page.getByRole("radio", { name: "Digital customer service" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Enter your figures");
  expect(await field(page, "Customer contacts a month").inputValue()).toBe("4000");
  expect(await field(page, "Share of standard questions").inputValue()).toBe("50");
  expect(await text(page, "#f-standardQuestionShare-note")).toContain("article 000");
  await session.shot("figures");

  // Two wrong fields: a message each, the step refuses to go on, Excel is not touched.
  await field(page, "Customer contacts a month").fill("lots");
  await field(page, "Share of contacts resolved by automation").fill("150");
  expect(await text(page, "#f-contactsPerMonth-error")).toBe(
    "This is not a number. Enter a number from 0 to 1,000,000,000.",
  );
  expect(await text(page, "#f-automationRate-error")).toBe("Enter a percentage from 0% to 100%.");
  expect(
    await field(page, "Share of contacts resolved by automation").getAttribute("aria-invalid"),
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

  // Fixed, "40%" accepted as 40 %.
  await field(page, "Customer contacts a month").fill("5000");
  await field(page, "Share of contacts resolved by automation").fill("40%");
  expect(await text(page, "#f-automationRate-error")).toBe("");
  expect(
    await field(page, "Share of contacts resolved by automation").getAttribute("aria-invalid"),
  ).toBeNull();
  expect(await text(page, "#step-alert")).toBe("");
  expect(await text(page, "#live")).toContain("ROI first year, article method (no hidden costs)");

  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  expect(await field(page, "Customer contacts a month").inputValue()).toBe("5000");
  expect(await field(page, "Share of contacts resolved by automation").inputValue()).toBe("50");
  expect(await text(page, "#live")).toContain("100%");
  await session.shot("article-preset");

  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Review the results");
  expect(await text(page, 'tr[data-result="firstYearRoiArticle"] td')).toBe("100%");
  expect(await text(page, 'tr[data-result="firstYearRoiArticle"] th')).toBe(
    "ROI first year, article method (no hidden costs)",
  );
  expect(await text(page, 'tr[data-result="verdict"] td')).toMatch(/^Very profitable/);
  expect(await page.locator("tr[data-result]").count()).toBe(8);
  await session.shot("review");

  await page.getByRole("button", { name: "Next" }).click();
  expect(await heading(page)).toBe("Create the sheet");
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
  expect(workbook.syncs).toBe(2);
  const sheet = workbook.sheets["ROI digital service"]!;
  const spec = expectSheetMatchesSpec(sheet, workbook.tables, "digital", "en", "native");
  expect(sheet.cells[spec.scenarioCell]?.value).toBe("Your figures");
  expect(sheet.cells[spec.resultCells.firstYearRoiArticle!]?.formula).toMatch(
    /^=\(BenefitsFirstYear/,
  );
  expect(sheet.names.ContactsPerMonth).toBeDefined();
  expect(session.errors).toEqual([]);
  expectOnlyAllowedRequests(session);
});

test("24/7 template with CX functions: the review shows 30%, and an existing sheet of that name is left alone", async () => {
  const session = await open({ displayLanguage: "en-GB", existingSheets: ["ROI 24-7"] }, "en-247");
  const { page } = session;
  await page.getByRole("radio", { name: "24/7 reachability" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  expect(await field(page, "Hours a week, Saturday and Sunday").inputValue()).toBe("48");
  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  await page.getByRole("radio", { name: "CX add-in functions" }).check();
  await page.getByRole("button", { name: "Next" }).click();
  expect(await text(page, 'tr[data-result="firstYearRoiArticle"] td')).toBe("30%");
  expect(await page.locator('tr[data-result="cheaperRoute"]').count()).toBe(1);
  await session.shot("review");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success").waitFor();
  expect(await text(page, "#outcome")).toContain("“ROI 24-7 (2)”");
  await session.shot("created");

  const workbook = await workbookOf(page);
  expect(workbook.sheetOrder).toEqual(["ROI 24-7", "ROI 24-7 (2)"]);
  expect(workbook.sheets["ROI 24-7"]?.cells).toEqual({});
  const sheet = workbook.sheets["ROI 24-7 (2)"]!;
  const spec = expectSheetMatchesSpec(sheet, workbook.tables, "reachability", "en", "addin");
  expect(sheet.cells[spec.resultCells.firstYearRoiArticle!]?.formula).toMatch(/^=CX\.ROI\(/);
  expect(session.errors).toEqual([]);
  expectOnlyAllowedRequests(session);
});

test("Dutch display language: Dutch labels, decimal comma, Dutch messages; the language switch works", async () => {
  const session = await open({ displayLanguage: "nl-NL" }, "nl-digital");
  const { page } = session;
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  expect(await heading(page)).toBe("Kies een sjabloon");
  await page.getByRole("radio", { name: "Digitale klantenservice" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await heading(page)).toBe("Vul uw cijfers in");
  expect(await field(page, "Kosten van een contact met een medewerker").inputValue()).toBe("6,5");

  await field(
    page,
    "Kosten van een automatisch contact".replace("automatisch", "geautomatiseerd"),
  ).fill("0,75");
  expect(await text(page, "#f-costPerAutomatedContact-error")).toBe("");
  await field(page, "Aandeel contacten opgelost door automatisering").fill("150");
  expect(await text(page, "#f-automationRate-error")).toBe(
    "Vul een percentage in van 0% tot 100%.",
  );
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await text(page, "#step-alert")).toBe(
    "Verbeter eerst de gemarkeerde velden (1). Er is niets geschreven.",
  );
  await session.shot("invalid");

  // Switching to English rewrites the valid figures in English notation and keeps the bad text.
  await page.getByLabel("Taal").selectOption("en");
  expect(await heading(page)).toBe("Enter your figures");
  expect(await field(page, "Cost of an automated contact").inputValue()).toBe("0.75");
  expect(await text(page, "#f-automationRate-error")).toBe("Enter a percentage from 0% to 100%.");
  await page.getByLabel("Language").selectOption("nl");
  expect(await field(page, "Kosten van een geautomatiseerd contact").inputValue()).toBe("0,75");

  await field(page, "Aandeel contacten opgelost door automatisering").fill("30");
  await page.getByLabel("Uitgaan van").selectOption({ label: "Voorbeeld uit het artikel" });
  await page.getByRole("button", { name: "Volgende" }).click();
  expect(await heading(page)).toBe("Bekijk de uitkomsten");
  expect(await text(page, 'tr[data-result="firstYearRoiArticle"] th')).toBe(
    "ROI eerste jaar, methode van het artikel (zonder verborgen kosten)",
  );
  expect(await text(page, 'tr[data-result="firstYearRoiArticle"] td')).toBe("100%");
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
  expectSheetMatchesSpec(sheet, workbook.tables, "digital", "nl", "native");
  expect(sheet.cells.A1?.value).toBe("Business case: digitale klantenservice");
  expect(session.errors).toEqual([]);
  expectOnlyAllowedRequests(session);
});

test("without Office (the CDN script fails to load) the pane previews the sheet and says creating needs Excel", async () => {
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
  expect(
    await preview
      .locator("td")
      .filter({ hasText: "Business case: digital customer service" })
      .count(),
  ).toBe(1);
  expect(
    await preview
      .locator("td")
      .filter({ hasText: /^=\(BenefitsFirstYear-/ })
      .count(),
  ).toBe(2);
  expect(
    await preview
      .locator("td")
      .filter({ hasText: "ROI first year, article method (no hidden costs)" })
      .count(),
  ).toBe(1);
  await session.shot("preview");

  const origin = new URL(server.url).origin;
  expect(
    session.requests.filter((url) => url !== OFFICE_JS && new URL(url).origin !== origin),
  ).toEqual([]);
  // Only the custom-functions script may fail here (it needs Excel's CustomFunctions runtime).
  expect(session.errors.filter((error) => !error.includes("functions.js"))).toEqual([]);
});
