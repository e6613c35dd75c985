/**
 * The writer at 12, 36 and 120 months: context.sync() count (node fake, test/support/fakeExcel.ts)
 * and the size of the commit request, both as the writer estimates it (requestSizeEstimate) and as
 * the in-page fake of the browser tests records it (test/browser/fakeExcel.js, run here in a vm:
 * the JSON of every command's name and payload, per sync).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { exampleCase } from "../src/core";
import { requestSizeEstimate, writeTemplate, type ExcelRunner } from "../src/taskpane/writer";
import { buildTemplate } from "../src/template";
import { FakeExcel } from "../test/support/fakeExcel";
import { ROOT } from "./budgets";

export interface WriterFigures {
  readonly months: number;
  readonly syncs: number;
  readonly estimateBytes: number;
  /** The largest request the in-page fake recorded (the commit). */
  readonly recordedBytes: number;
}

interface BrowserFake {
  Excel: { run: ExcelRunner };
  __fakeWorkbook: { syncs: number; requests: { bytes: number }[] };
}

/** A fresh in-page fake (fakeExcel.js + fakeOffice.js) in its own vm context. */
function browserFake(): BrowserFake {
  const dir = path.join(ROOT, "test/browser");
  const sandbox = vm.createContext({ setTimeout, TextEncoder, console });
  sandbox.window = sandbox;
  for (const file of ["fakeExcel.js", "fakeOffice.js"]) {
    vm.runInContext(readFileSync(path.join(dir, file), "utf8"), sandbox, { filename: file });
  }
  return sandbox as unknown as BrowserFake;
}

export async function measureWriter(horizons: readonly number[]): Promise<WriterFigures[]> {
  const figures: WriterFigures[] = [];
  for (const months of horizons) {
    const spec = buildTemplate(exampleCase("digital"), {
      lang: "nl",
      mode: "native",
      horizonMonths: months,
    });
    const node = new FakeExcel({});
    const written = await writeTemplate(spec, node.run);
    const page = browserFake();
    const inPage = await writeTemplate(spec, page.Excel.run);
    if (!written.ok || !inPage.ok) throw new Error(`writing ${months} months failed`);
    if (page.__fakeWorkbook.syncs !== node.syncCount) throw new Error("the fakes disagree");
    figures.push({
      months,
      syncs: node.syncCount,
      estimateBytes: requestSizeEstimate(spec),
      recordedBytes: Math.max(...page.__fakeWorkbook.requests.map((request) => request.bytes)),
    });
  }
  return figures;
}
