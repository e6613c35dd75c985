/**
 * scripts/serve.mjs over plain HTTP on a free port. The server runs in a child Node process
 * because jest cannot import an ES module without --experimental-vm-modules.
 */
import { ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const SERVE = pathToFileURL(path.resolve(__dirname, "..", "scripts", "serve.mjs")).href;
const CHILD = `
const { serveDist } = await import(${JSON.stringify(SERVE)});
const server = await serveDist({ root: process.env.SERVE_ROOT, port: 0, host: "127.0.0.1" });
console.log(server.url);
process.stdin.once("data", async () => {
  await server.close();
  console.log("closed");
});
`;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** GET with the path sent verbatim (fetch would normalise away the "..", hiding the attack). */
function get(base: string, rawPath: string, method = "GET"): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function nextLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) {
        child.stdout.off("data", onData);
        resolve(out.split("\n")[0] as string);
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before printing`)));
  });
}

describe("serveDist", () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "serve-"));
    const root = path.join(dir, "dist");
    mkdirSync(path.join(root, "assets"), { recursive: true });
    writeFileSync(path.join(root, "taskpane.html"), "<!doctype html><title>pane</title>");
    writeFileSync(path.join(root, "functions.json"), '{"functions":[]}');
    writeFileSync(path.join(root, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(dir, "secret.txt"), "outside the root");
    child = spawn(process.execPath, ["--input-type=module", "-e", CHILD], {
      env: { ...process.env, SERVE_ROOT: root },
    });
    url = await nextLine(child);
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test("listens on a real port when asked for port 0", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url.endsWith(":0")).toBe(false);
  });

  test.each([
    ["/taskpane.html", "text/html", "pane"],
    ["/", "text/html", "pane"],
    ["/functions.json?v=1", "application/json", '{"functions":[]}'],
    ["/assets/icon-16.png", "image/png", "PNG"],
  ])("serves %s as %s without caching", async (p, type, content) => {
    const reply = await get(url, p);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toContain(type);
    expect(reply.headers["cache-control"]).toBe("no-store");
    expect(reply.body).toContain(content);
  });

  test("answers 404 for a missing file and for a directory", async () => {
    expect((await get(url, "/nope.js")).status).toBe(404);
    expect((await get(url, "/assets")).status).toBe(404);
  });

  test.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/assets/..%5c..%5csecret.txt",
  ])("refuses to leave the root: %s", async (p) => {
    const reply = await get(url, p);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain("outside the root");
  });

  test("close() stops the server", async () => {
    child.stdin.write("close\n");
    expect(await nextLine(child)).toBe("closed");
    await expect(get(url, "/taskpane.html")).rejects.toThrow();
  });
});
