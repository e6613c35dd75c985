// TEMPORARY experiment (deleted after): how LibreOffice's IRR fares on the model's yearly flows.
import fc from "fast-check";
import { computeBusinessCase, scenarioCase, SCENARIOS, irr, exampleCase, articleFigures, caseOf, type CaseFigures } from "../../src/core";
import { caseArbitrary } from "../support/figures";
import { findSoffice, recalculate } from "./soffice";
import { writeXlsx, type CellInput } from "./xlsx";
import { writeFileSync } from "node:fs";

const HORIZONS = [12, 18, 24, 30, 36, 48, 61, 84, 120];
const N = Number(process.env.N ?? 150);

function guesses(flows: number[], horizon: number, rate: number): Record<string, number> {
  const P = flows.filter((f) => f > 0).reduce((a, b) => a + b, 0);
  const Nn = -flows.filter((f) => f < 0).reduce((a, b) => a + b, 0);
  const tP = flows.reduce((a, f, t) => a + (f > 0 ? t * f : 0), 0) / P;
  const tN = flows.reduce((a, f, t) => a + (f < 0 ? -t * f : 0), 0) / Nn;
  const n = Math.ceil(horizon / 12);
  const d = tP - tN;
  const t1 = flows.findIndex((f) => f > 0);
  let m = -1;
  flows.forEach((f, t) => { if (f < 0) m = t; });
  void n; void rate;
  return {
    def: 0.1,
    duration: d > 0 ? (P / Nn) ** (1 / d) - 1 : 0.1,
    hybrid: P >= Nn ? (P / Nn) ** (1 / tP) - 1 : d > 0 ? (P / Nn) ** (1 / d) - 1 : 0.1,
    hybrid3: P >= Nn ? (P / Nn) ** (1 / tP) - 1 : t1 > tN ? (P / Nn) ** (1 / (t1 - tN)) - 1 : 0.1,
    dur3: P >= Nn ? (d > 0 ? (P / Nn) ** (1 / d) - 1 : 0.1) : t1 > tN ? (P / Nn) ** (1 / (t1 - tN)) - 1 : 0.1,
  };
}

function npv(flows: number[], r: number) { return flows.reduce((a, f, t) => a + f / (1 + r) ** t, 0); }
function robust(flows: number[]): number | null {
  const grid: number[] = [];
  for (let x = -0.999; x < 1000; x = x < 0 ? x + 0.001 : x * 1.01 + 0.001) grid.push(x);
  let found: number | null = null;
  for (let i = 1; i < grid.length; i++) {
    let [a, b] = [grid[i - 1]!, grid[i]!];
    if (Math.sign(npv(flows, a)) !== Math.sign(npv(flows, b))) {
      if (found !== null) return null; // several roots
      for (let k = 0; k < 200; k++) { const c = (a + b) / 2; if (Math.sign(npv(flows, c)) === Math.sign(npv(flows, a))) a = c; else b = c; }
      found = (a + b) / 2;
    }
  }
  return found;
}
it("experiment", async () => {
  const inputs: CaseFigures[] = [
    exampleCase("digital"), exampleCase("reachability"),
    caseOf("digital", articleFigures("digital")), caseOf("reachability", articleFigures("reachability")),
    ...fc.sample(caseArbitrary("digital"), { numRuns: N, seed: 1 }),
    ...fc.sample(caseArbitrary("reachability"), { numRuns: N, seed: 2 }),
  ];
  const rows: { flows: number[]; g: Record<string, number>; label: string }[] = [];
  inputs.forEach((input, i) => {
    for (const h of HORIZONS) for (const s of SCENARIOS) {
      const bc = computeBusinessCase(scenarioCase(input, s), h);
      const flows = [-bc.initial, ...bc.years.map((y) => y.net)];
      while (flows.length < 11) flows.push(0);
      if (!flows.some((f) => f > 0) || !flows.some((f) => f < 0)) continue;
      rows.push({ flows, g: guesses(flows, h, (scenarioCase(input, s).figures as { discountRate: number }).discountRate), label: `${i}/${h}/${s}` });
    }
  });
  const names = Object.keys(rows[0]!.g);
  const cells: Record<string, CellInput> = {};
  const col = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : "A" + String.fromCharCode(65 + c - 26));
  rows.forEach((r, i) => {
    const row = i + 1;
    r.flows.forEach((f, c) => (cells[`${col(c)}${row}`] = f));
    names.forEach((n, k) => {
      cells[`${col(12 + k)}${row}`] = r.g[n]!;
      cells[`${col(18 + k)}${row}`] = { formula: `=IRR(A${row}:K${row},${col(12 + k)}${row})` };
    });
  });
  const res = await recalculate(findSoffice()!, writeXlsx({ sheets: [{ name: "X", cells }] }), { timeoutMs: 600000 });
  const v = res.values.get("X")!;
  const stats: Record<string, Record<string, number>> = {};
  const bad: string[] = [];
  rows.forEach((r, i) => {
    const row = i + 1;
    const truth = robust(r.flows);
    if (truth === null || truth < -0.99 || truth > 100) return;
    names.forEach((n, k) => {
      const lo = v.get(`${col(18 + k)}${row}`);
      const core = irr(r.flows, r.g[n]!);
      const kind =
        typeof lo === "number" && core !== null
          ? Math.abs(lo - core) <= 1e-9 * Math.max(1, Math.abs(core)) ? "agree" : "differ"
          : typeof lo === "number" ? "LO only" : core !== null ? "core only" : "neither";
      (stats[n] ??= {})[kind] = (stats[n]![kind] ?? 0) + 1;
      if (kind !== "agree") bad.push(`${n} ${r.label} ${kind} lo=${JSON.stringify(lo)} core=${core} core(0.1)=${truth} g=${r.g[n]} flows=${r.flows.map((f) => f.toFixed(0)).join(",")}`);
    });
  });
  writeFileSync("/tmp/irrx/bad.txt", bad.join("\n"));
  console.log(rows.length, res.elapsedMs, JSON.stringify(stats, null, 1));
}, 900000);
