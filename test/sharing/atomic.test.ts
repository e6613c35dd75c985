/**
 * Make shareable is all or nothing from the user's view. Excel batches are not transactions (a
 * failing sync keeps what it applied before the failure), so a failure is injected at every batch
 * of a workbook with more than 2,000 CX cells over several sheets, once after none and once after
 * part of the batch's commands: afterwards every formula is the one it had before, text cells and
 * cells formatted as Text never change, and running again finishes the job. When the restore fails
 * too, the failure lists the cells it could not put back, and every cell still holds either its
 * original or its final formula.
 */
import { planSharing, type SharePlan } from "../../src/catalog/sharing/plan";
import { readWorkbook, type Capabilities } from "../../src/taskpane/sharing/read";
import { makeShareable } from "../../src/taskpane/sharing/workbook";
import { WriteFailure } from "../../src/catalog/sharing/outcome";
import { nativeWords, verdictLanguage } from "../../src/i18n/verdictLanguage";
import { FakeWorkbook, qualified, type Sheets } from "./fakeWorkbook";

const FULL: Capabilities = { notes: "notes", spill: true, protection: "state" };
const SHEETS = ["One", "Two", "Bob's data"];
const BUDGET = 100_000;
/** The spill measurement is the request before the first write batch (the plan is made earlier). */
const FIRST_WRITE_SYNC = 2;

/** `rows` rows over three sheets: 1.1 CX cells a row, plus text cells and plain formulas. */
function large(rows: number): FakeWorkbook {
  const sheets: Sheets = Object.fromEntries(SHEETS.map((name) => [name, {}]));
  for (let i = 1; i <= rows; i++) {
    const sheet = sheets[SHEETS[i % 3]!]!;
    sheet[`A${i}`] = { value: i };
    sheet[`B${i}`] = { formula: `=CX.ROI(A${i},A${i}/2)`, value: 1 };
    sheet[`G${i}`] = { formula: `=SUM(A${i}:A${i + 1})`, value: 2 * i };
    if (i % 10 === 0)
      sheet[`C${i}`] = { formula: `=CX.HIDDEN_COSTS(D${i},E${i}:E${i + 2})`, value: 0.25 };
    if (i % 50 === 0) sheet[`E${i}`] = { value: `=CX.ROI(A${i},B${i})`, type: "String" };
    if (i % 97 === 0) sheet[`F${i}`] = { formula: `=CX.ROI(A${i},1)`, value: 1, numberFormat: "@" };
  }
  return new FakeWorkbook(sheets);
}

const plan = async (fake: FakeWorkbook): Promise<SharePlan> =>
  planSharing(await readWorkbook(fake.run, "state"), "en", verdictLanguage, nativeWords);
const share = (fake: FakeWorkbook, found: SharePlan) =>
  makeShareable(fake.run, found, {
    capabilities: FULL,
    noteText: () => "kept",
    budgetBytes: BUDGET,
  });

/** Cells that must never change: text cells and cells formatted as Text. */
function untouchable(fake: FakeWorkbook): string {
  return JSON.stringify(
    Object.entries(fake.sheets).flatMap(([sheet, cells]) =>
      Object.entries(cells)
        .filter(([, c]) => c.type === "String" || c.numberFormat === "@")
        .map((e) => [sheet, e]),
    ),
  );
}

const ROWS = 2000;
let batches = 0;
let finals: Record<string, string> = {};
let originals: Record<string, string> = {};
/** The plan is the same for every fresh copy of the workbook: made once (it is the slow part). */
let found: SharePlan;

beforeAll(async () => {
  const fake = large(ROWS);
  originals = fake.formulas();
  found = await plan(fake);
  batches = (await share(fake, found)).batches;
  finals = fake.formulas();
});

test("more than 2,000 CX cells over three sheets, in several batches", () => {
  expect(found.changes.length).toBeGreaterThan(2000);
  expect(new Set(found.changes.map((change) => change.sheet))).toEqual(new Set(SHEETS));
  expect(batches).toBeGreaterThan(4);
  const cells = new Set([...Object.keys(originals), ...Object.keys(finals)]);
  const changed = [...cells].filter((cell) => finals[cell] !== originals[cell]);
  expect(changed.length).toBe(found.changes.length);
});

describe("a failure at any batch leaves every formula as it was", () => {
  const cases = () => Array.from({ length: batches }, (_v, i) => i + 1);
  test.each([0, 7])("failing after %i commands of the batch", async (applied) => {
    for (const batch of cases()) {
      const fake = large(ROWS);
      const untouched = untouchable(fake);
      fake.failAt(FIRST_WRITE_SYNC - 1 + batch, applied);
      const error: unknown = await share(fake, found).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteFailure);
      const failure = error as WriteFailure;
      expect([failure.failedBatch, failure.batches, failure.restored]).toEqual([
        batch,
        batches,
        true,
      ]);
      expect(fake.formulas()).toEqual(originals);
      expect(untouchable(fake)).toBe(untouched);
      expect(fake.notes).toEqual([]);
      // The counts are those of the cells the failed attempt did change, not of those it sent.
      const real = [...new Set(fake.changedAtFailure ?? [])].map(qualified).sort();
      expect([...failure.outcome.changed].sort()).toEqual(real);
      // Failing before any command of the first batch: no cell changed, and none is said to.
      if (applied === 0 && batch === 1) expect(failure.outcome.changed).toEqual([]);
      // Running again (reading the workbook again, the first and last time) finishes the job.
      await share(fake, batch === 1 || batch === batches ? await plan(fake) : found);
      expect(fake.formulas()).toEqual(finals);
      expect(untouchable(fake)).toBe(untouched);
    }
  });
});

test("when the restore fails too, the cells it could not put back are listed; none is a mix", async () => {
  const batch = Math.ceil(batches / 2);
  const fake = large(ROWS);
  const failed = FIRST_WRITE_SYNC - 1 + batch;
  fake.failAt(failed, 3);
  // After the failed batch the cells are read back (failed + 1); then the first restore request.
  fake.failAt(failed + 2, 0);
  const failure = (await share(fake, found).catch((e: unknown) => e)) as WriteFailure;
  expect(failure).toBeInstanceOf(WriteFailure);
  expect(failure.restored).toBe(false);
  const unrestored = new Set(failure.unrestored);
  expect(unrestored.size).toBeGreaterThan(0);
  const now = fake.formulas();
  for (const cell of new Set([...Object.keys(originals), ...Object.keys(now)])) {
    expect([cell, [originals[cell], finals[cell]]]).toEqual([
      cell,
      expect.arrayContaining([now[cell]]),
    ]);
    if (!unrestored.has(cell.replace(/^Bob's data!/, "'Bob''s data'!")))
      expect([cell, now[cell]]).toEqual([cell, originals[cell]]);
  }
});
