/**
 * `npm run bench`: one table, measured in one run. Bundle sizes against their budgets; the core
 * against HyperFormula on the same template and input sets; the custom functions' cost per call;
 * the writer's syncs and request size. Medians of interleaved rounds; time is reported, never
 * judged by a single sample (nor by a test). Figures and their caveats: docs/performance.md.
 */
import os from "node:os";
import { BUDGETS, EXCEL_WEB_REQUEST_LIMIT, bundleSizes } from "./budgets";
import { contactLogRows, timeContactLog } from "./contactLog";
import { timeFunctions } from "./functions";
import { inputSets, timeModel } from "./model";
import { measureWriter } from "./writer";

// The model sheet recomputes thousands of cells per typed set (scenarios, drivers, break-even):
// 20 sets keep the run to minutes; the ratio, not the count, is what the run reports.
const INPUT_SETS = Number(process.env.BENCH_INPUT_SETS ?? 20);
const MODEL_ROUNDS = 5;
const CALLS = 100_000;
const CALL_ROUNDS = 5;
const HORIZONS = [12, 36, 120];
const CONTACT_LOG_SIZES = [10_000, 100_000];

type Row = [measure: string, value: string, budget: string, verdict: string];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const within = (ok: boolean) => (ok ? "ok" : "OVER");

async function main(): Promise<void> {
  const rows: Row[] = [];
  const section = (title: string) => rows.push([title, "", "", ""]);

  section("Bundles (dist/, production; gzip = zlib level 9)");
  for (const size of bundleSizes()) {
    rows.push([`  ${size.bundle} minified`, kb(size.minifiedBytes), "", ""]);
    rows.push([
      `  ${size.bundle} gzip`,
      kb(size.gzipBytes),
      `≤ ${kb(size.budgetGzipBytes)}`,
      within(size.gzipBytes <= size.budgetGzipBytes),
    ]);
  }

  const sets = inputSets(INPUT_SETS);
  const model = timeModel(HORIZONS, sets, MODEL_ROUNDS);
  const target = BUDGETS.targets.coreVsHyperFormulaSpeedup;
  section(`Model: ${INPUT_SETS} input sets, median of ${MODEL_ROUNDS} interleaved rounds`);
  for (const m of model) {
    rows.push([
      `  ${m.months} months: core / HyperFormula`,
      `${ms(m.coreMs)} / ${ms(m.hyperFormulaMs)}`,
      "",
      "",
    ]);
    rows.push([
      `  ${m.months} months: core faster by`,
      `${m.speedup.toFixed(0)}×`,
      `≥ ${target}×`,
      m.speedup >= target ? "ok" : "below target",
    ]);
  }
  const [short, long] = [model[0]!, model[model.length - 1]!];
  rows.push([
    `  growth ${short.months} → ${long.months} months: core / HyperFormula`,
    `${(long.coreMs / short.coreMs).toFixed(1)}× / ${(long.hyperFormulaMs / short.hyperFormulaMs).toFixed(1)}×`,
    "",
    "",
  ]);

  const calls = await timeFunctions(CALLS, CALL_ROUNDS);
  section(`Custom functions: ${CALLS} calls each through the wrappers, median of ${CALL_ROUNDS}`);
  for (const call of calls)
    rows.push([`  CX.${call.id}`, `${call.microseconds.toFixed(2)} µs/call`, "", ""]);

  const writer = await measureWriter(HORIZONS);
  section("Writer (fakes: syncs; commit request estimated / recorded)");
  for (const w of writer) {
    rows.push([
      `  ${w.months} months: context.sync()`,
      String(w.syncs),
      `= ${BUDGETS.writer.syncs}`,
      within(w.syncs === BUDGETS.writer.syncs),
    ]);
    const largest = Math.max(w.estimateBytes, w.recordedBytes);
    rows.push([
      `  ${w.months} months: request`,
      `${kb(w.estimateBytes)} / ${kb(w.recordedBytes)}`,
      `≤ ${kb(BUDGETS.writer.maxRequestBytes)}`,
      `${within(largest <= BUDGETS.writer.maxRequestBytes)} (${((100 * largest) / EXCEL_WEB_REQUEST_LIMIT).toFixed(1)}% of 5 MB)`,
    ]);
  }

  section("Contact log: CX.CONTACT_GRID core and the pane vs a COUNTIFS grid in HyperFormula");
  for (const [measure, value] of contactLogRows(timeContactLog(CONTACT_LOG_SIZES, CALL_ROUNDS)))
    rows.push([`  ${measure}`, value, "", ""]);

  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd();
  console.log(
    `Service ROI benchmark — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
  );
  console.log(line(["measure", "value", "budget", "status"]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
