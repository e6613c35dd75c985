// A minimal static file server for the built add-in (dist/). Node built-ins only, so `npm start`
// needs no dev-server package and tests can serve dist/ over plain HTTP on a random port.
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import path from "node:path";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

function send(res, status, text) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
  });
  res.end(text);
}

/** Maps a URL path to a file under root, or null when it would escape root. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  if (decoded === "/" || decoded === "") decoded = "/taskpane.html";
  const candidate = path.resolve(
    root,
    "." + path.posix.normalize("/" + decoded.replace(/\\/g, "/")),
  );
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    // realpath defeats symlinks inside root that point outside it.
    const real = await realpath(candidate);
    if (!real.startsWith(root + path.sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

async function handle(root, req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "Method not allowed");
  }
  const urlPath = (req.url ?? "/").split(/[?#]/)[0];
  const found = await resolveFile(root, urlPath);
  if (!found) return send(res, 404, "Not found");
  res.writeHead(200, {
    "Content-Type":
      CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": found.size,
    // Office caches add-in files aggressively; during development every reload must be fresh.
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(found.file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/**
 * Serves the files under `root`. HTTPS when `tls` ({ key, cert }) is given, else HTTP.
 * Resolves once listening, to `{ url, close() }`; `port: 0` picks a free port.
 */
export async function serveDist({
  root = "dist",
  port = 3000,
  host = "localhost",
  tls = null,
} = {}) {
  const absoluteRoot = await realpath(path.resolve(root));
  const listener = (req, res) => {
    handle(absoluteRoot, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "Internal error");
      else res.destroy();
    });
  };
  const server = tls
    ? https.createServer({ key: tls.key, cert: tls.cert }, listener)
    : http.createServer(listener);

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const address = server.address();
  const shownHost = host.includes(":") ? `[${host}]` : host;
  const url = `${tls ? "https" : "http"}://${shownHost}:${address.port}`;
  return {
    url,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
