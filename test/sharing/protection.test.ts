/**
 * Make shareable on protected sheets (issue 20). The fake protects as Excel does (locked cells
 * refuse writes on a protected sheet, protect() fails on a protected sheet, unprotect() without
 * the password fails): a sheet protected as the wizard does (no password, its options) is
 * unprotected for the rewrite and protected again with the same options; a sheet the user
 * protected is left alone and reported, and the other sheets are still rewritten. A failure at
 * any request leaves formulas and protection as they were, and the failure's counts are the
 * cells the fake saw change, not what was sent.
 */
import { WriteFailure } from "../../src/catalog/sharing/outcome";
import { planSharing, type SharePlan } from "../../src/catalog/sharing/plan";
import { nativeWords, verdictLanguage } from "../../src/i18n/verdictLanguage";
import { readWorkbook, type Capabilities } from "../../src/taskpane/sharing/read";
import { makeShareable, rewriteCells } from "../../src/taskpane/sharing/workbook";
import { FakeWorkbook, qualified, type Sheets } from "./fakeWorkbook";

/** The wizard's protection, written out here (writerQueue.ts queues the same). */
const WIZARD_OPTIONS = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
};
const MODEL = "ROI digital service";
const noteText = () => "kept";

const plan = async (fake: FakeWorkbook, mode: Capabilities["protection"]): Promise<SharePlan> =>
  planSharing(await readWorkbook(fake.run, mode), "en", verdictLanguage, nativeWords);
const share = (fake: FakeWorkbook, found: SharePlan, budgetBytes?: number) =>
  makeShareable(fake.run, found, {
    capabilities: { notes: "notes", spill: true, protection: "state" },
    noteText,
    budgetBytes,
  });

/** A wizard-like model sheet (inputs unlocked, formulas locked), a user's sheet beside it. */
function workbook(userPassword: string | undefined, userOptions: Record<string, unknown>) {
  const sheets: Sheets = {
    [MODEL]: {
      B3: { value: 200000, locked: false },
      B4: { value: 100000, locked: false },
      B8: { formula: "=CX.ROI(B3,B4)", value: 1 },
      B9: { formula: "=CX.NET_BENEFIT(B3,B4)", value: 100000 },
      // A range where one value belongs: no native form, the shown value is kept, with a note.
      B10: { formula: "=CX.HIDDEN_COSTS(B3,B4:B5)", value: "#VALUE!", type: "Error" },
    },
    Budget: {
      A1: { value: 10 },
      A2: { formula: "=CX.ROI(A1,5)", value: 1 },
    },
    Open: { A1: { formula: "=CX.NET_BENEFIT(3,1)", value: 2 } },
  };
  const fake = new FakeWorkbook(sheets);
  fake.protection[MODEL] = { protected: true, options: { ...WIZARD_OPTIONS } };
  fake.protection.Budget = { protected: true, options: userOptions, password: userPassword };
  return fake;
}

describe("a sheet the add-in protected, and one the user protected beside it", () => {
  test("Excel that reports passwords: the user's sheet is left alone and reported, the rest rewritten", async () => {
    const fake = workbook("s3cret", { ...WIZARD_OPTIONS });
    fake.passwordApi = true;
    const found = await plan(fake, "password");
    expect(found.lockedSheets).toEqual([{ sheet: "Budget", by: "password", cells: 1 }]);
    expect(found.skipped).toEqual([{ sheet: "Budget", address: "A2", reason: "protected" }]);
    const report = await share(fake, found);
    expect(report.reprotected).toEqual([MODEL]);
    const model = fake.sheets[MODEL]!;
    expect(model.B8!.formula).toBe("=(B3-B4)/B4");
    expect(model.B9!.formula).toBe("=B3-B4");
    expect(model.B10!.formula).toBe("=#VALUE!");
    expect(fake.sheets.Open!.A1!.formula).toBe("=3-1");
    // The notes went in while the sheet was unprotected (a protected sheet refuses them).
    expect([report.notes, fake.notes.map((n) => `${n.sheet}!${n.address}`)]).toEqual([
      "notes",
      [`${MODEL}!B10`],
    ]);
    expect(fake.protection[MODEL]).toEqual({ protected: true, options: WIZARD_OPTIONS });
    expect(fake.sheets.Budget!.A2!.formula).toBe("=CX.ROI(A1,5)");
    expect(fake.protection.Budget).toEqual({
      protected: true,
      options: WIZARD_OPTIONS,
      password: "s3cret",
    });
  });

  test("Excel that cannot report passwords: other options than the wizard's mark the user's sheet", async () => {
    const fake = workbook("s3cret", { allowInsertRows: true });
    const found = await plan(fake, "state");
    expect(found.lockedSheets).toEqual([{ sheet: "Budget", by: "options", cells: 1 }]);
    await share(fake, found);
    expect(fake.sheets[MODEL]!.B8!.formula).toBe("=(B3-B4)/B4");
    expect(fake.sheets.Budget!.A2!.formula).toBe("=CX.ROI(A1,5)");
    expect(fake.protection.Budget).toEqual({
      protected: true,
      options: { allowInsertRows: true },
      password: "s3cret",
    });
  });

  test("a password Excel could not report: unprotecting fails, nothing changes, and retrying cannot help", async () => {
    const fake = workbook("s3cret", { ...WIZARD_OPTIONS });
    const before = JSON.stringify([fake.sheets, fake.protection]);
    const found = await plan(fake, "state");
    expect(found.lockedSheets).toEqual([]);
    const failure = (await share(fake, found).catch((e: unknown) => e)) as WriteFailure;
    expect(failure).toBeInstanceOf(WriteFailure);
    expect([failure.step, failure.outcome, failure.retryHelps]).toEqual([
      "unprotect",
      { changed: [], unrestored: [], unprotected: [], refused: "Budget" },
      false,
    ]);
    expect(JSON.stringify([fake.sheets, fake.protection])).toBe(before);
  });

  test("a user's sheet protected with no password and other options is left alone too", async () => {
    const fake = workbook(undefined, { allowDeleteRows: true, allowFormatColumns: true });
    const found = await plan(fake, "state");
    expect(found.lockedSheets).toEqual([{ sheet: "Budget", by: "options", cells: 1 }]);
    await share(fake, found);
    expect(fake.sheets.Budget!.A2!.formula).toBe("=CX.ROI(A1,5)");
    expect(fake.protection.Budget!.protected).toBe(true);
  });

  test("repairs and recalculation unprotect the add-in's sheet and protect it again", async () => {
    const fake = new FakeWorkbook({
      [MODEL]: {
        A1: { formula: "=_xldudf_CX_ROI(B1,C1)", value: "#NAME?", type: "Error" },
        A2: { formula: "=CX.ROI(B1,C1)", value: "#NAME?", type: "Error" },
      },
    });
    fake.protection[MODEL] = { protected: true, options: { ...WIZARD_OPTIONS } };
    const found = await plan(fake, "state");
    await rewriteCells(fake.run, found.repairs, found);
    expect(fake.sheets[MODEL]!.A1!.formula).toBe("=CX.ROI(B1,C1)");
    // Entering a formula again changes nothing to see; a locked cell would refuse it, though.
    const again = await plan(fake, "state");
    expect(again.stuck.map((cell) => cell.address)).toEqual(["A2"]);
    expect(await rewriteCells(fake.run, again.stuck, again)).toBe(1);
    expect(fake.protection[MODEL]).toEqual({ protected: true, options: WIZARD_OPTIONS });
  });
});

describe("a failure at any request on a protected sheet", () => {
  const ROWS = 300;
  const BUDGET = 20_000;
  /** A protected model: inputs in A (unlocked), CX formulas in B and D (locked), no kept values. */
  function large(): FakeWorkbook {
    const cells: Sheets[string] = {};
    for (let i = 1; i <= ROWS; i++) {
      cells[`A${i}`] = { value: i, locked: false };
      cells[`B${i}`] = { formula: `=CX.ROI(A${i},A${i}/2)`, value: 1 };
      if (i % 3 === 0) cells[`D${i}`] = { formula: `=CX.NET_BENEFIT(A${i},1)`, value: i - 1 };
    }
    const fake = new FakeWorkbook({ [MODEL]: cells });
    fake.protection[MODEL] = { protected: true, options: { ...WIZARD_OPTIONS } };
    return fake;
  }

  let found: SharePlan;
  let batches = 0;
  let originals: Record<string, string> = {};
  let finals: Record<string, string> = {};
  beforeAll(async () => {
    const fake = large();
    originals = fake.formulas();
    found = await plan(fake, "state");
    batches = (await share(fake, found, BUDGET)).batches;
    finals = fake.formulas();
    expect(fake.protection[MODEL]).toEqual({ protected: true, options: WIZARD_OPTIONS });
  });

  test("the rewrite takes several batches", () => {
    expect(batches).toBeGreaterThan(2);
    expect(Object.keys(finals).filter((cell) => finals[cell] !== originals[cell])).toHaveLength(
      found.changes.length,
    );
  });

  // Requests: 1 unprotects, 2 … batches + 1 write, batches + 2 protects again.
  test.each([0, 1, 40])("failing after %i commands of the request", async (applied) => {
    for (let sync = 1; sync <= batches + 2; sync++) {
      const fake = large();
      fake.failAt(sync, applied);
      const failure = (await share(fake, found, BUDGET).catch((e: unknown) => e)) as WriteFailure;
      expect(failure).toBeInstanceOf(WriteFailure);
      const step = sync === 1 ? "unprotect" : sync === batches + 2 ? "protect" : "write";
      const real = [...new Set(fake.changedAtFailure ?? [])].map(qualified).sort();
      expect([sync, failure.step, [...failure.outcome.changed].sort()]).toEqual([sync, step, real]);
      expect([sync, failure.outcome.unrestored, failure.outcome.unprotected]).toEqual([
        sync,
        [],
        [],
      ]);
      expect(fake.formulas()).toEqual(originals);
      expect(fake.protection[MODEL]).toEqual({ protected: true, options: WIZARD_OPTIONS });
      // Trying again finishes the job.
      await share(fake, found, BUDGET);
      expect(fake.formulas()).toEqual(finals);
    }
  });

  test("when the restore fails too, exactly the cells that still differ are listed", async () => {
    const fake = large();
    const failed = 1 + Math.ceil(batches / 2);
    fake.failAt(failed, 5);
    // failed + 1 reads the cells back, failed + 2 unprotects again, failed + 3 restores a chunk.
    fake.failAt(failed + 3, 0);
    const failure = (await share(fake, found, BUDGET).catch((e: unknown) => e)) as WriteFailure;
    expect(failure).toBeInstanceOf(WriteFailure);
    const now = fake.formulas();
    const differing = Object.keys(originals)
      .filter((cell) => now[cell] !== originals[cell])
      .map(qualified);
    expect(differing.length).toBeGreaterThan(0);
    expect([...failure.unrestored].sort()).toEqual(differing.sort());
    expect(failure.outcome.changed.length).toBeGreaterThan(differing.length);
    expect(fake.protection[MODEL]).toEqual({ protected: true, options: WIZARD_OPTIONS });
  });
});
