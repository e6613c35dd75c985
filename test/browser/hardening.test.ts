/**
 * Hardening, in a real browser on the built page: the page asks only for its own files and
 * office.js from Microsoft's CDN; its Content-Security-Policy is in force (an injected inline
 * script, eval and an outside script are refused); and creating the sheet survives the failure of
 * any single Excel request: a clear role=alert message, no new sheet, the existing sheets as they
 * were, and the wizard still able to create the sheet afterwards.
 */
import type { Page } from "playwright-core";
import {
  OFFICE_JS,
  PANE_ORIGIN,
  browserSuite,
  injectFailure,
  workbookOf,
  type FakeOfficeConfig,
  type FakeWorkbook,
  type Session,
} from "./harness";

jest.setTimeout(120000);

const suite = browserSuite();
const open = (office: FakeOfficeConfig, prefix: string): Promise<Session> =>
  suite.open(office, prefix);

/** Through the wizard with the shipped figures, to the Create step. */
async function toCreateStep(page: Page): Promise<void> {
  await page.getByRole("radio", { name: "Digital customer service" }).check();
  for (let step = 0; step < 3; step++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Create sheet" }).waitFor();
}

/** What the person's workbook holds (not the fake's request log). */
function contentOf(workbook: FakeWorkbook) {
  const { sheets, sheetOrder, tables, active } = workbook;
  return { sheets, sheetOrder, tables, active };
}

test("the page asks only for its own files and office.js, and its CSP refuses inline, eval'd and outside scripts", async () => {
  const session = await open({ displayLanguage: "en-US" }, "hardening-csp");
  const { page } = session;
  await toCreateStep(page);
  await page.getByRole("button", { name: "Create sheet" }).click();
  await page.locator("#outcome.success").waitFor();

  const origin = PANE_ORIGIN;
  const outside = session.requests.filter(
    (url) => url !== OFFICE_JS && new URL(url).origin !== origin,
  );
  expect(outside).toEqual([]);
  const own = session.requests.filter((url) => new URL(url).origin === origin);
  expect(own.map((url) => new URL(url).pathname)).toEqual(
    expect.arrayContaining(["/taskpane.html", "/functions.js", "/taskpane.js", "/taskpane.css"]),
  );

  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");

  // A script of the page's own origin (allowed) that tries eval (refused).
  await page.route(`${origin}/eval-probe.js`, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: 'try { eval("1"); window.__evalRan = true; } catch (e) { window.__evalError = e.name; }',
    }),
  );
  const before = session.requests.length;
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    const win = window as unknown as {
      __inlineRan?: boolean;
      __evalRan?: boolean;
      __evalError?: string;
    };
    const load = (script: HTMLScriptElement) => {
      const done = new Promise((resolve) => (script.onerror = script.onload = resolve));
      document.head.append(script);
      return done;
    };
    const inline = document.createElement("script");
    inline.textContent = "window.__inlineRan = true;";
    document.head.append(inline);
    const outside = document.createElement("script");
    outside.src = "https://attacker.example/steal.js";
    await load(outside);
    const probe = document.createElement("script");
    probe.src = "/eval-probe.js";
    await load(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      violations,
      inlineRan: win.__inlineRan === true,
      evalRan: win.__evalRan === true,
      evalError: win.__evalError,
    };
  });
  expect(outcome).toMatchObject({ inlineRan: false, evalRan: false, evalError: "EvalError" });
  expect(outcome.violations).toEqual(
    expect.arrayContaining([
      "script-src-elem inline",
      "script-src eval",
      "script-src-elem https://attacker.example/steal.js",
    ]),
  );
  // The outside script was refused by the page itself, before any request left it.
  expect(session.requests.slice(before).filter((url) => url.includes("attacker"))).toEqual([]);
  // The harness saw exactly the provoked violations (else the after-each check fails the test).
  const provoked = session.takeProblems();
  expect(provoked.length).toBeGreaterThanOrEqual(3);
  for (const problem of provoked) expect(problem).toMatch(/inline|eval|attacker\.example/);
});

describe("creating the sheet survives the failure of any single Excel request", () => {
  const existing: FakeOfficeConfig = {
    displayLanguage: "en-US",
    existingSheets: ["ROI digital service", "Budget"],
    existingCells: { "ROI digital service": { A1: "my own numbers" }, Budget: { B2: 42 } },
  };
  let kinds: string[];
  let session: Session;
  let clean: ReturnType<typeof contentOf>;

  beforeAll(async () => {
    // Every kind of command a successful create sends, so none is forgotten.
    const probe = await open(existing, "hardening-probe");
    await toCreateStep(probe.page);
    await probe.page.getByRole("button", { name: "Create sheet" }).click();
    await probe.page.locator("#outcome.success").waitFor();
    kinds = [...new Set((await workbookOf(probe.page)).applied)];

    session = await open(existing, "hardening-failures");
    await toCreateStep(session.page);
    clean = contentOf(await workbookOf(session.page));
  });

  /** Clicks Create with the failure injected; the person sees why, the workbook is as it was. */
  async function expectCleanFailure(failure: Parameters<typeof injectFailure>[1], says: RegExp) {
    const { page } = session;
    await injectFailure(page, failure);
    const runs = (await workbookOf(page)).runs;
    await page.getByRole("button", { name: "Create sheet" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "could not be created" });
    await page.waitForFunction(
      (n) => (window as unknown as { __fakeWorkbook: { runs: number } }).__fakeWorkbook.runs > n,
      runs,
    );
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(says);
    expect(contentOf(await workbookOf(page))).toEqual(clean);
    await injectFailure(page, "op" in failure ? { op: null } : { sync: null });
  }

  it("the probe saw the writer's kinds of command", () => {
    expect(kinds).toEqual(
      expect.arrayContaining([
        "WorksheetCollection.load",
        "WorksheetCollection.add",
        "Range.formulas",
        "RangeFormat.columnWidth",
        "TableCollection.add",
        "NamedItemCollection.add",
        "DataValidation.rule",
        "ChartSeries.setValues",
        "Worksheet.activate",
      ]),
    );
  });

  it("fails on each kind of command in turn", async () => {
    for (const op of kinds) {
      await expectCleanFailure(
        { op },
        new RegExp(`^The sheet could not be created: ${op.replace(".", "\\.")} failed$`),
      );
    }
    await session.shot("failed-command");
  });

  it.each([
    ["the read", 1, 0],
    ["the commit, before any command", 2, 0],
    ["the commit, half way", 2, undefined],
  ])("fails on %s", async (_what, nth, after) => {
    const syncs = (await workbookOf(session.page)).syncs;
    await expectCleanFailure({ sync: syncs + nth, after }, /^The sheet could not be created: Sync/);
  });

  it("then creates the sheet beside the existing one, which stays untouched", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Create sheet" }).click();
    await page.locator("#outcome.success").waitFor();
    const workbook = await workbookOf(page);
    expect(workbook.sheetOrder).toEqual([
      "ROI digital service",
      "Budget",
      "ROI digital service (2)",
    ]);
    expect(workbook.sheets["ROI digital service"]).toEqual(clean.sheets["ROI digital service"]);
    expect(workbook.sheets.Budget).toEqual(clean.sheets.Budget);
  });
});
