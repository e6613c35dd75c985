/**
 * The development loop (`npm start`, `npm run stop`): the sideload steps it prints are the
 * README's, word for word; and it really serves the pane over https with its own localhost
 * certificate (made without sudo, in a throw-away home folder here) until `npm run stop`.
 * Runs on a spare port so a developer's own `npm start` on 3000 is left alone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sideloadSteps } = require("../scripts/sideload-steps.cjs") as {
  sideloadSteps: (where: { ca: string; url: string }) => string[];
};

/** Markdown to the plain text a terminal shows: no emphasis, no code marks. */
const plain = (line: string) =>
  line
    .replace(/\*\*|`/g, "")
    .replace(/\s+/g, " ")
    .trim();

test("npm start prints exactly the README's steps for Excel on the web", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split("### Sideload into Excel on the web")[1]?.split("\n### ")[0] ?? "";
  const list = section.split(/\n\s*\n/).find((block) => block.trimStart().startsWith("1. ")) ?? "";
  const steps = list.trim().split(/\n(?=\d\. )/);
  const printed = sideloadSteps({
    ca: "~/.office-addin-dev-certs/ca.crt",
    url: "https://localhost:3000",
  });
  expect(steps.map(plain)).toEqual(printed.map(plain));
});

function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("npm start", () => {
  const home = mkdtempSync(path.join(os.tmpdir(), "home-"));
  const port = String(30000 + (process.pid % 20000));
  const env = { ...process.env, HOME: home, USERPROFILE: home, SERVICE_ROI_DEV_PORT: port };
  let child: ChildProcess;
  let output = "";

  beforeAll(async () => {
    child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes("is served at")) resolve();
        if (child.exitCode !== null) reject(new Error(`npm start exited:\n${output}`));
      }, 200);
      child.once("exit", () => clearInterval(timer));
      setTimeout(() => {
        clearInterval(timer);
        reject(new Error(`npm start did not serve within 120 s:\n${output}`));
      }, 120_000).unref();
    }).finally(() => undefined);
  }, 130_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill();
    rmSync(home, { recursive: true, force: true });
  });

  test("serves the built pane and manifest over https with its own localhost certificate", async () => {
    const ca = readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"));
    const pane = await get(`https://localhost:${port}/taskpane.html`, ca);
    expect(pane.status).toBe(200);
    expect(pane.body).toContain("Content-Security-Policy");
    const manifest = await get(`https://localhost:${port}/manifest.xml`, ca);
    expect(manifest.body).toContain("https://localhost:3000/taskpane.html");
    expect(output).toContain(sideloadSteps({ ca: "", url: "" })[0]);
  });

  test("npm run stop stops it", async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Not spawnSync: jest must keep running to reap the stopped server, or it would look alive.
    const stop = spawn(process.execPath, ["scripts/stop.mjs"], { cwd: ROOT, env });
    let said = "";
    stop.stdout.on("data", (chunk: Buffer) => (said += chunk.toString()));
    await new Promise((resolve) => stop.once("exit", resolve));
    expect(said).toContain("Stopped the dev server.");
    await exited;
    expect(child.exitCode).toBe(0);
  });
});
