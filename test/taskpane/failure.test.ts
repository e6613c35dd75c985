/**
 * The real model sheet (buildTemplate, not a hand-made spec) written into a workbook that already
 * holds the user's sheets, with the commit failing after each possible number of applied commands
 * (a request Excel carried out partly) and on each kind of command: the writer reports the failure
 * and the workbook is exactly as it was. test/taskpane/writer.test.ts covers the same with a small
 * spec; test/browser/hardening.test.ts does it through the wizard in a browser.
 */
import { exampleCase, type TemplateKind } from "../../src/core";
import { writeTemplate } from "../../src/taskpane/writer";
import { buildTemplate } from "../../src/template";
import { FakeExcel } from "../support/fakeExcel";

const existing = () =>
  new FakeExcel({
    sheets: { "ROI digital service": { A1: "my own numbers" }, Budget: { B2: 42 } },
    workbookNames: ["CashFlow"],
  });

describe.each<TemplateKind>(["digital", "reachability"])("%s template, 36 months", (kind) => {
  const spec = buildTemplate(exampleCase(kind), {
    lang: "en",
    mode: "native",
    horizonMonths: 36,
  });

  async function expectCleanFailure(fake: FakeExcel) {
    const before = fake.snapshot();
    const result = await writeTemplate(spec, fake.run);
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(fake.snapshot()).toEqual(before);
  }

  const probe = existing();
  const written = writeTemplate(spec, probe.run).then(() => probe.applied);

  it("fails cleanly after each number of applied commands of the commit", async () => {
    const commit = (await written).filter((command) => command.sync === 2).length;
    expect(commit).toBeGreaterThan(50);
    for (let applied = 0; applied < commit; applied++) {
      const fake = existing();
      fake.failOnSync(2, applied);
      await expectCleanFailure(fake);
    }
  });

  it("fails cleanly on each kind of command", async () => {
    for (const op of new Set((await written).map((command) => command.op))) {
      const fake = existing();
      fake.failOn(op);
      await expectCleanFailure(fake);
    }
  });
});
