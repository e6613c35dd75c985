/**
 * Recalculates a workbook in LibreOffice Calc, headless, and reads back every value: the
 * independent check of the product's sheets. One `soffice --convert-to xlsx` per call, in a fresh
 * temporary directory with a user profile of its own (-env:UserInstallation), so runs never share
 * state or a lock, and a time limit that kills soffice's whole process group: a test never hangs.
 *
 * LibreOffice only recalculates an Excel file on load when told to: the profile sets
 * /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0 ("always recalculate"; 1 is
 * "never", 2 "ask"), as in officecfg/registry/schema/org/openoffice/Office/Calc.xcs.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readXlsxValues, type WorkbookValues } from "./readXlsx";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice on `env`'s PATH (or `env.SOFFICE`), or null when LibreOffice is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env.SOFFICE ?? "soffice";
  const probe = spawnSync(candidate, ["--version"], { encoding: "utf8", timeout: 60_000, env });
  return probe.status === 0 ? candidate : null;
}

/**
 * The soffice a LibreOffice suite runs with, or null to skip it. Without LibreOffice a developer's
 * run skips the suite with a warning; with `CI` set (.ci/run sets it) a missing soffice throws, so
 * the suite FAILS: CI must never pass by skipping the one check of the sheets in another engine.
 */
export function sofficeForSuite(
  suite: string,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const soffice = findSoffice(env);
  if (soffice !== null) return soffice;
  const sought = env.SOFFICE === undefined ? "soffice on PATH" : `$SOFFICE=${env.SOFFICE}`;
  const install = "Install libreoffice-calc-nogui (Debian; .ci/run does) or set $SOFFICE.";
  if (env.CI)
    throw new Error(
      `LibreOffice (${sought}) not found, and CI is set: ${suite} must run. ${install}`,
    );
  console.warn(`\n*** LibreOffice (${sought}) not found: ${suite} is SKIPPED. ${install} ***\n`);
  return null;
}

/** "LibreOffice 7.4.7.2 40(Build:2)", or null. */
export function sofficeVersion(soffice: string): string | null {
  const probe = spawnSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

export interface RecalcOptions {
  /** Kill soffice after this long (default 120 s). */
  readonly timeoutMs?: number;
  /** Keep the temporary directory (input, output, profile) for inspection. */
  readonly keep?: boolean;
}

export interface RecalcResult {
  readonly values: WorkbookValues;
  /** Wall time of the soffice run, in milliseconds. */
  readonly elapsedMs: number;
  /** The temporary directory, when `keep` was set. */
  readonly dir?: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    // A process group of its own, so the timeout can kill soffice.bin and oosplash with it.
    const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      // 'close' follows once every process holding the pipes is gone; never wait on it forever.
      setTimeout(() => reject(new Error(`soffice ignored SIGKILL:\n${output}`)), 10_000).unref();
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Settled on 'close' (all of the group's processes have exited), so the caller removes the
    // temporary directory only when nothing writes to it any more.
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`soffice did not finish within ${timeoutMs} ms:\n${output}`));
      else resolve({ code, output });
    });
  });
}

/**
 * Opens `workbook` (.xlsx bytes) in LibreOffice, recalculates every formula, saves it as .xlsx and
 * returns every cell's value.
 *
 * @example const { values } = await recalculate(soffice, writeXlsx(book)); values.get("S")?.get("A2")
 */
export async function recalculate(
  soffice: string,
  workbook: Buffer,
  options: RecalcOptions = {},
): Promise<RecalcResult> {
  const dir = mkdtempSync(join(tmpdir(), "service-roi-lo-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const input = join(dir, "in", "book.xlsx");
    const outdir = join(dir, "out");
    mkdirSync(join(dir, "in"));
    writeFileSync(input, workbook);
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outdir,
      input,
    ];
    const started = Date.now();
    // HOME inside the run: LibreOffice writes caches there even with its own profile.
    const { code, output } = await run(
      soffice,
      args,
      { ...process.env, HOME: dir },
      options.timeoutMs ?? 120_000,
    );
    const elapsedMs = Date.now() - started;
    let converted: Buffer;
    try {
      converted = readFileSync(join(outdir, "book.xlsx"));
    } catch {
      throw new Error(`soffice wrote no output (exit ${String(code)}):\n${output}`);
    }
    return {
      values: readXlsxValues(converted),
      elapsedMs,
      ...(options.keep ? { dir } : {}),
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}
