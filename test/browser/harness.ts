/**
 * The browser tests' rig: dist/ served over HTTP on a free port (scripts/serve.mjs in a child
 * process, as jest cannot import ES modules), headless Debian Chromium through playwright-core,
 * the office.js CDN request answered with fakeExcel.js + fakeOffice.js (or aborted), every other outside request
 * aborted and every request recorded.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots/wizard");
const DIST = path.resolve(__dirname, "../../dist");
const SERVE = pathToFileURL(path.resolve(__dirname, "../../scripts/serve.mjs")).href;
/** What the page gets instead of office.js: the fake workbook, then the fake Office globals. */
const FAKE_OFFICE = ["fakeExcel.js", "fakeOffice.js"]
  .map((file) => readFileSync(path.join(__dirname, file), "utf8"))
  .join("\n");

const CHILD = `
const { serveDist } = await import(${JSON.stringify(SERVE)});
const server = await serveDist({ root: process.env.SERVE_ROOT, port: 0, host: "127.0.0.1", tls: null });
console.log(server.url);
process.stdin.once("data", async () => { await server.close(); process.exit(0); });
`;

export interface Server {
  readonly url: string;
  close(): void;
}

export function serveDist(): Promise<Server> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--input-type=module", "-e", CHILD],
    { env: { ...process.env, SERVE_ROOT: DIST } },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) {
        resolve({
          url: line.trim(),
          close: () => {
            if (child.exitCode === null) child.stdin.write("close\n");
          },
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before printing`)));
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface FakeOfficeConfig {
  readonly host?: string;
  readonly displayLanguage?: string;
  readonly existingSheets?: readonly string[];
  /** Values already in those sheets, e.g. { "ROI 24-7": { A1: "mine" } }. */
  readonly existingCells?: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
  /** Failure injection (fakeExcel.js): this command fails when applied, e.g. "Range.formulas". */
  readonly failOn?: string;
  /** This sync (counted from page load) applies `failOnSyncAfter` commands (default half), then fails. */
  readonly failOnSync?: number;
  readonly failOnSyncAfter?: number;
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Uncaught errors in the page, with their stack. */
  readonly errors: string[];
  shot(name: string): Promise<void>;
}

/** A fresh context showing the task pane; `office: null` makes the CDN request fail (offline). */
export async function openPane(
  browser: Browser,
  server: Server,
  office: FakeOfficeConfig | null,
  shotPrefix: string,
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 400, height: 900 },
    locale: "en-US",
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const origin = new URL(server.url).origin;
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === OFFICE_JS) {
      if (office === null) return route.abort("internetdisconnected");
      return route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE });
    }
    if (new URL(url).origin === origin) return route.continue();
    return route.abort("blockedbyclient");
  });
  if (office !== null) {
    await context.addInitScript((config) => {
      (window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = config;
    }, office);
  }
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`${error.message}\n${error.stack ?? ""}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  let count = 0;
  const shot = async (name: string) => {
    count += 1;
    const file = `${shotPrefix}-${String(count).padStart(2, "0")}-${name}.png`;
    await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
  };
  await page.goto(`${server.url}/taskpane.html`);
  return { context, page, requests, errors, shot };
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
  charts: { type: string; title: string | null; series: { values?: string; xValues?: string } }[];
  columnWidths: Record<string, number>;
  frozenRows: number;
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
