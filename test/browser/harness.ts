/**
 * The browser tests' rig. One lifecycle for every browser suite (`browserSuite()`): the browser is
 * found by scripts/find-browser.cjs, launched with a time limit, and closed with every context it
 * opened, whatever failed. No server process: the built dist/ is answered from disk by request
 * interception at https://localhost:3000 (the origin the development manifest names), so nothing
 * can outlive a failed launch and keep jest alive. office.js from Microsoft's CDN is answered with
 * the in-page fake (fakeExcel.js + fakeOffice.js), the real office.js from node_modules, or a
 * network failure; every other outside request is refused and recorded. Each test fails on a page
 * error, a Content-Security-Policy violation or a CSP console error in any page it opened.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Route,
  type ViewportSize,
} from "playwright-core";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const PANE_ORIGIN = "https://localhost:3000";
export const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const DIST = path.resolve(__dirname, "../../dist");
const OFFICE_HOSTED = path.dirname(OFFICE_JS);
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const LAUNCH_TIMEOUT_MS = 30_000;
/** The flags the machine notes require: no sandbox as root, no GPU, no calls home. */
const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** What the page gets instead of office.js: the fake workbook, then the fake Office globals. */
export const fakeOfficeScript = (...extra: string[]): string =>
  ["fakeExcel.js", "fakeOffice.js", ...extra]
    .map((file) => readFileSync(path.join(__dirname, file), "utf8"))
    .join("\n");

interface FoundBrowser {
  path: string;
  source: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const finder = require("../../scripts/find-browser.cjs") as {
  findBrowser(): Promise<FoundBrowser>;
};

/** Finds and starts the browser, or fails within LAUNCH_TIMEOUT_MS saying what to install. */
export async function launchBrowser(): Promise<Browser> {
  const found = await finder.findBrowser();
  try {
    return await chromium.launch({
      executablePath: found.path,
      headless: true,
      args: BROWSER_ARGS,
      timeout: LAUNCH_TIMEOUT_MS,
    });
  } catch (error) {
    throw new Error(
      `Could not start the browser ${found.path} (found via ${found.source}): ` +
        `${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n` +
        "Install Google Chrome or Microsoft Edge, or set SERVICE_ROI_BROWSER to a working " +
        "Chrome, Edge or Chromium executable.",
    );
  }
}

export interface FakeOfficeConfig {
  readonly host?: string;
  /** How long Office.onReady takes to resolve (default 10 ms). */
  readonly readyDelayMs?: number;
  readonly displayLanguage?: string;
  readonly existingSheets?: readonly string[];
  /** Values already in those sheets, e.g. { "ROI 24-7": { A1: "mine" } }. */
  readonly existingCells?: Readonly<
    Record<string, Readonly<Record<string, string | number | boolean>>>
  >;
  /** The selected range, e.g. { sheet: "Log", address: "A1:A5008" } (getSelectedRange). */
  readonly selection?: { readonly sheet: string; readonly address: string };
  /** Failure injection (fakeExcel.js): this command fails when applied, e.g. "Range.formulas". */
  readonly failOn?: string;
  /** This sync (counted from page load) applies `failOnSyncAfter` commands (default half), then fails. */
  readonly failOnSync?: number;
  readonly failOnSyncAfter?: number;
}

/** The fake Office (with its settings), Microsoft's real office.js, or no office.js at all. */
export type OfficeMode = FakeOfficeConfig | "real" | null;

export interface PaneOptions {
  readonly viewport?: ViewportSize;
  readonly locale?: string;
  /** Query string for taskpane.html, e.g. Office's `?_host_Info=…`. */
  readonly search?: string;
  /** Extra fake scripts after fakeExcel.js and fakeOffice.js (e.g. fakeExcelSharing.js). */
  readonly fakeScripts?: readonly string[];
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Page errors, CSP violations and CSP console errors not yet taken by the test. */
  readonly problems: string[];
  /** Returns the problems recorded so far and forgets them (for tests that provoke some). */
  takeProblems(): string[];
  shot(name: string): Promise<void>;
}

export interface BrowserSuite {
  readonly browser: Browser;
  /** A fresh context showing the built task pane. */
  open(office: OfficeMode, shotPrefix: string, options?: PaneOptions): Promise<Session>;
}

/**
 * Registers the suite's hooks: launch before all (fails fast), check every open page for problems
 * after each test, close every context and the browser after all, even when launch failed.
 */
export function browserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  const sessions: Session[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  }, LAUNCH_TIMEOUT_MS + 10_000);
  afterEach(() => {
    const problems = sessions.flatMap((session) => session.takeProblems());
    if (problems.length > 0) throw new Error(`The page had problems:\n${problems.join("\n")}`);
  });
  afterAll(async () => {
    await Promise.allSettled(sessions.map((session) => session.context.close()));
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser did not start (see beforeAll)");
      return browser;
    },
    async open(office, shotPrefix, options = {}) {
      const session = await openPane(this.browser, office, shotPrefix, options);
      sessions.push(session);
      return session;
    },
  };
}

/** A file under `root` for a URL path, or undefined (never outside root). */
function fileUnder(root: string, urlPath: string): string | undefined {
  const file = path.join(root, path.normalize(decodeURIComponent(urlPath)));
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return;
  return file;
}

function answerFrom(route: Route, root: string, urlPath: string): Promise<void> {
  const file = fileUnder(root, urlPath);
  return file
    ? route.fulfill({ path: file, headers: { "Cache-Control": "no-store" } })
    : route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
}

/** Answers the pane's own origin from dist/ and office.js as `office` says; refuses the rest. */
async function routeRequests(
  context: BrowserContext,
  office: OfficeMode,
  fake: string,
  requests: string[],
): Promise<void> {
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    const { origin, pathname } = new URL(url);
    if (origin === PANE_ORIGIN)
      return answerFrom(route, DIST, pathname === "/" ? "/taskpane.html" : pathname);
    if (url === OFFICE_JS && office === null) return route.abort("internetdisconnected");
    if (url === OFFICE_JS && office !== "real") {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
    }
    // The real office.js loads its strings and host scripts from beside itself on the CDN.
    if (office === "real" && url.startsWith(`${OFFICE_HOSTED}/`)) {
      // The npm package lowercases the CDN's folder names (AgaveErrorUX → agaveerrorux).
      const file = (url.slice(OFFICE_HOSTED.length).split(/[?#]/)[0] ?? "").toLowerCase();
      return answerFrom(route, OFFICE_DIST, file);
    }
    return route.abort("blockedbyclient");
  });
}

/** Records page errors, CSP violations (the DOM event, in every frame) and CSP console errors. */
async function watchProblems(context: BrowserContext, page: Page, problems: string[]) {
  await context.exposeBinding("__reportViolation", (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const win = window as unknown as { __reportViolation: (text: string) => void };
      win.__reportViolation(
        `${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile || "page"})`,
      );
    });
  });
  page.on("pageerror", (error) =>
    problems.push(`page error: ${error.message}\n${error.stack ?? ""}`),
  );
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
}

async function openPane(
  browser: Browser,
  office: OfficeMode,
  shotPrefix: string,
  options: PaneOptions,
): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 400, height: 900 },
    locale: options.locale ?? "en-US",
  });
  const requests: string[] = [];
  const problems: string[] = [];
  await routeRequests(context, office, fakeOfficeScript(...(options.fakeScripts ?? [])), requests);
  if (office !== null && office !== "real") {
    await context.addInitScript((config) => {
      (window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = config;
    }, office);
  }
  const page = await context.newPage();
  await watchProblems(context, page, problems);
  const folder = path.join(SCREENSHOTS, "wizard");
  mkdirSync(folder, { recursive: true });
  let count = 0;
  const shot = async (name: string) => {
    count += 1;
    const file = `${shotPrefix}-${String(count).padStart(2, "0")}-${name}.png`;
    await page.screenshot({ path: path.join(folder, file), fullPage: true });
  };
  const takeProblems = () => problems.splice(0);
  await page.goto(`${PANE_ORIGIN}/taskpane.html${options.search ?? ""}`);
  return { context, page, requests, problems, takeProblems, shot };
}

export interface FakeCell {
  formula?: string;
  value?: string | number | boolean;
  numberFormat?: string;
  format: Record<string, unknown>;
}
export interface FakeSheet {
  name: string;
  cells: Record<string, FakeCell>;
  names: Record<string, { address: string; comment: string }>;
  validations: { range: string; rule?: unknown }[];
  charts: {
    type: string;
    title: string | null;
    series: { name?: string; values?: string; xValues?: string }[];
  }[];
  columnWidths: Record<string, number>;
  frozenRows: number;
  /** As assigned: orientation, zoom, setPrintArea, setPrintTitleRows, centerHeader, centerFooter. */
  pageLayout?: Record<string, unknown>;
  pageBreaks?: string[];
  /** The options protect() was called with last; undefined when it never was. */
  protection?: Record<string, unknown>;
  /** Whether the sheet is protected now, and with which password (undefined: none). */
  protected?: boolean;
  password?: string;
}
export interface FakeWorkbook {
  sheets: Record<string, FakeSheet>;
  sheetOrder: string[];
  tables: { name: string; sheet: string; range: string }[];
  active: string | null;
  syncs: number;
  runs: number;
  /** Every command applied, by name ("Range.formulas" …), in order. */
  applied: string[];
  /** Per sync: how many commands it carried and the bytes of their JSON payload. */
  requests: { sync: number; commands: number; bytes: number }[];
}

/** Makes the next requests fail (see FakeOfficeConfig); null clears. */
export async function injectFailure(
  page: Page,
  failure: { op: string | null } | { sync: number | null; after?: number },
): Promise<void> {
  await page.evaluate((failure) => {
    const fake = (
      window as unknown as {
        __FakeExcel: {
          failOn(op: string | null): void;
          failOnSync(n: number | null, after?: number | null): void;
        };
      }
    ).__FakeExcel;
    if ("op" in failure) fake.failOn(failure.op);
    else fake.failOnSync(failure.sync, failure.after ?? null);
  }, failure);
}

export function workbookOf(page: Page): Promise<FakeWorkbook> {
  return page.evaluate(
    () => (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook,
  );
}
