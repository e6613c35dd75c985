/**
 * Issue 17, the pane as people feel it: the keyboard never hides the focused field under the
 * sticky "Live result" bar (WCAG 2.2 SC 2.4.11, Focus Not Obscured), each template keeps its typed
 * figures, numbers are read by the pane's language and echoed, and the words are right.
 * Screenshots go to test-output/screenshots/wizard/ (prefix "feel-").
 */
import type { Page } from "playwright-core";
import { SCREENSHOTS, browserSuite, type Session } from "./harness";

jest.setTimeout(120000);

const suite = browserSuite();
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? "").trim();
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const NARROW = { width: 350, height: 700 };
const WIDE = { width: 1280, height: 800 };

async function openAt(
  viewport: { width: number; height: number },
  prefix: string,
  displayLanguage = "en-US",
): Promise<Session> {
  const session = await suite.open({ displayLanguage }, `feel-${prefix}`, { viewport });
  await session.page.locator("#next").waitFor();
  return session;
}

interface Stop {
  id: string;
  covered: boolean;
}

/** Where focus is now, and whether the sticky live bar's box overlaps the focused element's. */
const focusStop = (page: Page): Promise<Stop> =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const bar = document.getElementById("live");
    const label = focused ? focused.id || focused.tagName : "none";
    if (!focused || !bar) return { id: label, covered: false };
    const a = focused.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    const covered = a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
    return { id: label, covered };
  });

describe.each([
  ["digital", "Digital customer service"],
  ["reachability", "24/7 reachability"],
] as const)("Shift+Tab through step 2, %s", (kind, radio) => {
  test.each([
    ["350", NARROW],
    ["1280", WIDE],
  ] as const)("at %s px no stop sits under the Live result bar", async (width, viewport) => {
    const session = await openAt(viewport, `focus-${kind}-${width}`);
    const { page } = session;
    await page.getByRole("radio", { name: radio }).check();
    await page.locator("#next").click();
    await page.locator("#live").waitFor();
    await page.locator("#next").focus();
    const stops: Stop[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Shift+Tab");
      const stop = await focusStop(page);
      if (stop.id === "language" || stop.id === "none" || stop.id === "BODY") break;
      stops.push(stop);
    }
    // The form has its fields to visit (the digital one over 20, the 24/7 one more).
    expect(stops.length).toBeGreaterThan(20);
    expect(stops.filter((stop) => stop.covered).map((stop) => stop.id)).toEqual([]);
    await session.shot("shift-tab-done");
  });
});

test("switching template keeps each template's typed figures, and 'Start from' stays truthful", async () => {
  const session = await openAt(WIDE, "templates");
  const { page } = session;
  const salary = "Gross salary of an agent FTE a year";
  const contacts = "Customer contacts a month";
  const startFrom = () =>
    page.locator("#preset").evaluate((node) => {
      const select = node as HTMLSelectElement;
      return select.options[select.selectedIndex]?.textContent ?? "";
    });
  await page.getByRole("radio", { name: "Digital customer service" }).check();
  await page.locator("#next").click();
  const defaults = [
    await field(page, salary).inputValue(),
    await field(page, contacts).inputValue(),
  ];
  expect(defaults).not.toEqual(["61000", "4200"]);
  await field(page, salary).fill("61000");
  await field(page, contacts).fill("4200");
  await page.locator("#back").click();
  await page.getByRole("radio", { name: "24/7 reachability" }).check();
  await page.locator("#next").click();
  await page.getByLabel("Start from").selectOption({ label: "Article example" });
  await page.locator("#back").click();
  await page.getByRole("radio", { name: "Digital customer service" }).check();
  await page.locator("#next").click();
  expect(await field(page, salary).inputValue()).toBe("61000");
  expect(await field(page, contacts).inputValue()).toBe("4200");
  expect(await startFrom()).toBe("Expected (your figures)");
  await session.shot("digital-kept");
  await page.locator("#back").click();
  await page.getByRole("radio", { name: "24/7 reachability" }).check();
  await page.locator("#next").click();
  // The 24/7 form comes back on the article's figures, and says so.
  expect(await startFrom()).toBe("Article example");
  expect(await text(page, "#step-heading")).toBe("Enter your figures");
});

test.each([
  [
    "en-US",
    "Digital customer service",
    "Customer contacts a month",
    "3.000",
    "“3.000” could mean 3000 or 3. Type 3000 without the dot, or 3.",
  ],
  [
    "en-US",
    "Digital customer service",
    "Cost of an automated contact",
    "0,5",
    "Use a decimal point: type 0.5.",
  ],
  [
    "nl-NL",
    "Digitale klantenservice",
    "Klantcontacten per maand",
    "3,000",
    "“3,000” kan 3000 of 3 betekenen. Typ 3000 zonder komma, of 3.",
  ],
])("%s, %s: %j typed as %j is refused with a hint", async (locale, radio, label, typed, hint) => {
  const session = await openAt(NARROW, `numbers-hint-${locale}`, locale);
  const { page } = session;
  await page.getByRole("radio", { name: radio }).check();
  await page.locator("#next").click();
  await field(page, label).fill(typed);
  const id = await field(page, label).getAttribute("id");
  expect(await text(page, `#${id}-error`)).toBe(hint);
  expect(await field(page, label).getAttribute("aria-invalid")).toBe("true");
  expect(await text(page, "#live")).toContain("—");
  await session.shot("hint");
});

test.each([
  [
    "nl-NL",
    "Digitale klantenservice",
    "Klantcontacten per maand",
    "3.000",
    "Gelezen als 3\u202f000.",
  ],
  [
    "nl-NL",
    "Digitale klantenservice",
    "Kosten van een geautomatiseerd contact",
    "0.5",
    "Gelezen als 0,5.",
  ],
  [
    "en-US",
    "Digital customer service",
    "Customer contacts a month",
    "3,000",
    "Read as 3\u202f000.",
  ],
])(
  "%s, %s: %j typed as %j is echoed as read once the field is left",
  async (locale, radio, label, typed, echo) => {
    const session = await openAt(NARROW, `numbers-echo-${locale}`, locale);
    const { page } = session;
    await page.getByRole("radio", { name: radio }).check();
    await page.locator("#next").click();
    const input = field(page, label);
    const id = await input.getAttribute("id");
    await input.fill(typed);
    // While typing: no echo yet.
    expect(await text(page, `#${id}-read`)).toBe("");
    await page.keyboard.press("Tab");
    expect(await text(page, `#${id}-read`)).toBe(echo);
    expect(await input.getAttribute("aria-describedby")).toContain(`${id}-read`);
    expect(await text(page, `#${id}-error`)).toBe("");
    await session.shot("echo");
    // Typed as the pane writes it: the echo goes.
    await input.fill("3000");
    await page.keyboard.press("Tab");
    expect(await text(page, `#${id}-read`)).toBe("");
  },
);

test.each([
  [
    "en",
    "Paste a column",
    "Read the pasted column",
    "1 contact read from the pasted column.",
    "1 value could not be read.",
  ],
  [
    "nl",
    "Een kolom plakken",
    "Geplakte kolom lezen",
    "1 contact gelezen uit de geplakte kolom.",
    "1 waarde kon niet worden gelezen.",
  ],
] as const)(
  "%s: one contact and one reject are counted in the singular",
  async (lang, paste, read, used, rejected) => {
    const session = await suite.open(null, `feel-plural-${lang}`, {
      viewport: NARROW,
      locale: lang === "nl" ? "nl-NL" : "en-US",
    });
    const { page } = session;
    await page.locator("#next").waitFor();
    await page.locator('input[name="template"][value="reachability"]').check();
    await page.locator("#next").click();
    await page.getByLabel(paste, { exact: true }).fill("2026-03-14T21:07:00+01:00\nnonsense");
    await page.getByRole("button", { name: read }).click();
    await page.locator("#log-heat").waitFor();
    const summary = await text(page, "#log-summary");
    expect(summary).toContain(used);
    expect(summary).toContain(rejected);
    await session.shot("singular");
  },
);

test("Dutch wording: the issue's replacements are what the pane shows", async () => {
  const session = await openAt(WIDE, "wording-nl", "nl-NL");
  const { page } = session;
  await page.waitForFunction(() => document.documentElement.lang === "nl");
  expect(await text(page, ".intro")).toContain("en u krijgt een kant-en-klaar modelblad.");
  expect(await text(page, ".intro")).toContain("24/7-bereikbaarheid");
  await page.getByRole("radio", { name: "24/7-bereikbaarheid" }).check();
  expect(await text(page, "#template-reachability-about")).toContain("24/7-technologie");
  await page.locator("#next").click();
  expect(await text(page, "#preset-note")).toMatch(/^Vult de velden hieronder in\./);
  for (const label of [
    "Snelle hulp is essentieel: kritisch product, snelle beslissingen",
    "Huidige openingstijden: van",
    "Huidige openingstijden: tot",
    "Klanten per jaar behouden door 24/7-service",
    "24/7-technologie (chatbot, voicebot, telefonie) per jaar",
    "Datums met de dag eerst (dd-mm-jjjj)",
  ])
    expect([label, await page.getByLabel(label).count()]).toEqual([label, 1]);
  expect(await page.locator("body").textContent()).toContain("Tijden met een UTC-afwijking");
  expect(await page.locator("body").textContent()).toContain(
    "Aanname (niet uit de bronnen): pas dit aan.",
  );
  expect(await page.locator("body").textContent()).not.toMatch(
    // The article's own title ("Wat is de ROI van 24/7 bereikbaarheid?") is quoted as published.
    /Openingstijden nu|dag voorop|verschuiving|(?<!ROI van )24\/7 (bereikbaarheid|technologie|service)|Support is urgent/,
  );
  await page.locator("#next").click();
  expect(await page.locator("caption").allTextContents()).toContain(
    "Het besluit, zoals in de samenvatting op het blad",
  );
  await page.getByLabel("Taal").selectOption("en");
  await page.locator("#back").click();
  expect(await page.getByLabel("Count public holidays separately").count()).toBe(1);
  await session.shot("wording");
});

test("“Use this share” puts the rounded share the button shows into the field, and the note says where it came from", async () => {
  const session = await suite.open(null, "feel-use-share", { viewport: NARROW });
  const { page } = session;
  await page.locator("#next").waitFor();
  await page.locator('input[name="template"][value="reachability"]').check();
  await page.locator("#next").click();
  // Monday 16 March 2026 (CET): one contact at 10:00 inside 09–17, six at 21:00 outside: 6/7.
  const log = ["2026-03-16T10:00:00+01:00", ...Array<string>(6).fill("2026-03-16T21:00:00+01:00")];
  await page.getByLabel("Paste a column", { exact: true }).fill(log.join("\n"));
  await page.getByRole("button", { name: "Read the pasted column" }).click();
  await page.getByRole("button", { name: "Use this share (85.7%)" }).click();
  const share = field(page, "Share of contacts outside opening hours");
  expect(await share.inputValue()).toBe("85.7");
  const note = await text(page, "#f-afterHoursShare-note");
  expect(note).toMatch(/^From your contact log/);
  expect(note).not.toContain("example value");
  await session.shot("share-used");
  // Typed by hand, the share is the person's own again, and so is the note.
  await share.fill("40");
  expect(await text(page, "#f-afterHoursShare-note")).not.toMatch(/^From your contact log/);
});

test("inside Excel the preview banner never shows while Office.onReady is pending", async () => {
  const session = await suite.open(
    { displayLanguage: "en-US", readyDelayMs: 1500 },
    "feel-banner",
    {
      viewport: NARROW,
    },
  );
  const { page } = session;
  await page.locator("#next").waitFor();
  const top = await page
    .locator("#step-heading")
    .evaluate((node) => node.getBoundingClientRect().top);
  expect(await page.locator(".banner").count()).toBe(0);
  // Office answers: Excel. Still no banner, and step 1 did not jump.
  await page.getByRole("radio", { name: "Digital customer service" }).waitFor();
  await page.waitForTimeout(1800);
  expect(await page.locator(".banner").count()).toBe(0);
  expect(
    await page.locator("#step-heading").evaluate((node) => node.getBoundingClientRect().top),
  ).toBe(top);
  await session.shot("in-excel");
});

describe.each([
  ["en-US", "en"],
  ["nl-NL", "nl"],
] as const)("the scenario table, %s", (locale, lang) => {
  test.each([
    ["350", NARROW],
    ["1280", WIDE],
  ] as const)(
    "at %s px all four scenarios and the caption are readable",
    async (width, viewport) => {
      const session = await openAt(viewport, `scenarios-${lang}-${width}`, locale);
      const { page } = session;
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.locator("#next").click();
      await page.locator("#next").click();
      const region = page.locator("#scenarios").locator("xpath=..");
      await region.scrollIntoViewIfNeeded();
      const layout = await region.evaluate((node) => {
        const box = node.getBoundingClientRect();
        const inside = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
        };
        const cells = [...node.querySelectorAll("tbody td")];
        const caption = node.querySelector("caption")!;
        return {
          sideways: node.scrollWidth - node.clientWidth,
          cells: cells.length,
          cellsInside: cells.filter(inside).length,
          // No cell's text is cut: what it holds fits in the box it has.
          cut: cells.filter((el) => el.scrollWidth > el.clientWidth + 1).length,
          captionInside: inside(caption) && caption.scrollWidth <= caption.clientWidth + 1,
        };
      });
      expect(layout).toEqual({
        sideways: 0,
        cells: 16,
        cellsInside: 16,
        cut: 0,
        captionInside: true,
      });
      await region.screenshot({
        path: `${SCREENSHOTS}/wizard/feel-scenarios-${lang}-${width}-table.png`,
      });
    },
  );
});
