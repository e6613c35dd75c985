/**
 * The pane's layout at the narrowest task pane (350 px) and a wide window (1280 px), in English
 * and Dutch: the "Share this workbook" section sits inside the main padded column, like the
 * wizard above it, and its checkbox row stays intact in every state (also once a status message
 * appears). Screenshots go to test-output/screenshots/layout/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { PANE_ORIGIN, SCREENSHOTS, browserSuite } from "./harness";

jest.setTimeout(90000);

const suite = browserSuite();
const FOLDER = path.join(SCREENSHOTS, "layout");

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const box = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((node) => {
    const r = node.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

/** The sharing section and its parts lie within the column the wizard's content uses. */
async function expectInsideColumn(page: Page) {
  const column = await box(page, "#step-heading");
  const inner = await page.locator("main").evaluate((node) => {
    const r = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    return {
      left: r.left + parseFloat(style.paddingLeft),
      right: r.right - parseFloat(style.paddingRight),
    };
  });
  for (const selector of ["#sharing", "#sharing-heading", "#share-check", "#share-autoshow"]) {
    const part = await box(page, selector);
    expect([selector, part.left >= inner.left - 0.5, part.right <= inner.right + 0.5]).toEqual([
      selector,
      true,
      true,
    ]);
  }
  expect((await box(page, "#sharing")).left).toBeCloseTo(column.left, 0);
}

/** Checkbox, label and note in one row each, the box left of its label, nothing overlapping. */
async function expectCheckboxRowIntact(page: Page) {
  const check = await box(page, "#share-autoshow");
  const label = await box(page, 'label[for="share-autoshow"]');
  const note = await box(page, "#share-autoshow-note");
  expect(check.right).toBeLessThanOrEqual(label.left);
  expect(label.left - check.right).toBeLessThan(24);
  expect(check.top).toBeLessThan(label.bottom);
  expect(note.left).toBeCloseTo(label.left, 0);
  expect(note.top).toBeGreaterThanOrEqual(label.bottom - 0.5);
}

describe.each([
  ["en", "en-US", "Share this workbook"],
  ["nl", "nl-NL", "Deze werkmap delen"],
])("%s", (lang, displayLanguage, heading) => {
  test.each([350, 1280])("at %d px the sharing section sits in the main column", async (width) => {
    const session = await suite.open({ displayLanguage }, `layout-${lang}-${width}`, {
      viewport: { width, height: 900 },
      fakeScripts: ["fakeExcelSharing.js"],
    });
    const { page } = session;
    await page.getByRole("heading", { name: heading }).waitFor();
    await expectInsideColumn(page);
    await expectCheckboxRowIntact(page);
    mkdirSync(FOLDER, { recursive: true });
    await page.screenshot({ path: path.join(FOLDER, `${lang}-${width}.png`), fullPage: true });

    // The check's report and a status message under the checkbox must not pull the row apart.
    await page.locator("#share-check").click();
    await page.locator("#share-status").filter({ hasText: /\S/ }).waitFor();
    await expectInsideColumn(page);
    await page.locator("#share-autoshow").check();
    await page.locator("#share-autoshow-status").filter({ hasText: /\S/ }).waitFor();
    await expectCheckboxRowIntact(page);
    const status = await box(page, "#share-autoshow-status");
    expect(status.left).toBeCloseTo((await box(page, 'label[for="share-autoshow"]')).left, 0);
    await page.screenshot({
      path: path.join(FOLDER, `${lang}-${width}-saved.png`),
      fullPage: true,
    });
  });
});

test("the support page (help.html) shows English and Dutch, within its own strict CSP", async () => {
  const session = await suite.open(null, "help", { viewport: { width: 800, height: 900 } });
  const { page } = session;
  await page.goto(`${PANE_ORIGIN}/help.html`);
  await page.getByRole("heading", { name: "What Service ROI does" }).waitFor();
  expect(await page.locator("#nl").getAttribute("lang")).toBe("nl");
  expect(await page.getByRole("heading", { name: "Wat Service ROI doet" }).count()).toBe(1);
  // The stylesheet and the icon loaded (the CSP allows only this site's styles and images).
  expect(await page.locator("main").evaluate((node) => getComputedStyle(node).maxWidth)).toBe(
    "720px",
  );
  expect(
    await page.locator("h1 img").evaluate((img) => (img as HTMLImageElement).naturalWidth),
  ).toBe(32);
  mkdirSync(FOLDER, { recursive: true });
  await page.screenshot({ path: path.join(FOLDER, "help.png"), fullPage: true });
});
