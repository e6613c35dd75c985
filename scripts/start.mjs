// `npm start`: a localhost certificate without sudo, then webpack's dev server on
// https://localhost:3000 (the origin manifest.xml names), rebuilding on every change, as
// Microsoft's add-in templates do; sideloads where Office can. `npm run stop` stops it.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CAN_SIDELOAD, pidFile, run } from "./dev-server-state.mjs";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const { sideloadSteps } = require("./sideload-steps.cjs");
const webpackConfig = require("../webpack.config.js");

// manifest.xml names port 3000; SERVICE_ROI_DEV_PORT exists for tests, which must not collide.
const PORT = Number(process.env.SERVICE_ROI_DEV_PORT || 3000);
// Same folder and file names as office-addin-dev-certs, so either tool reuses the other's files.
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CA_PATH = path.join(CERT_DIR, "ca.crt");
const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
const KEY_PATH = path.join(CERT_DIR, "localhost.key");
const CERT_DAYS = 30; // office-addin-dev-certs' default lifetime

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** The stored certificate, if it is usable for at least another day; else null. */
function readValidCertificate() {
  try {
    const ca = new X509Certificate(readFileSync(CA_PATH));
    const cert = new X509Certificate(readFileSync(CERT_PATH));
    const key = readFileSync(KEY_PATH);
    const tomorrow = Date.now() + 24 * 60 * 60 * 1000;
    const usable =
      cert.checkIssued(ca) &&
      cert.verify(ca.publicKey) &&
      cert.checkHost("localhost") !== undefined &&
      cert.checkPrivateKey(createPrivateKey(key)) &&
      new Date(cert.validTo).getTime() > tomorrow &&
      new Date(ca.validTo).getTime() > tomorrow;
    return usable ? { key, cert: readFileSync(CERT_PATH), ca: readFileSync(CA_PATH) } : null;
  } catch {
    return null;
  }
}

/**
 * Creates a CA and a localhost certificate the way office-addin-dev-certs' generate step does
 * (same mkcert package and subject), but never calls its install step, which runs sudo on Linux.
 */
async function generateCertificate() {
  // mkcert is office-addin-dev-certs' own dependency, not ours: resolve it from there.
  const mkcert = createRequire(require.resolve("office-addin-dev-certs"))("mkcert");
  const ca = await mkcert.createCA({
    organization: "Developer CA for Microsoft Office Add-ins",
    countryCode: "US",
    state: "WA",
    locality: "Redmond",
    validity: CERT_DAYS,
  });
  const cert = await mkcert.createCert({
    ca,
    domains: ["127.0.0.1", "localhost"],
    validity: CERT_DAYS,
  });
  mkdirSync(CERT_DIR, { recursive: true });
  writeFileSync(CA_PATH, ca.cert);
  writeFileSync(CERT_PATH, cert.cert);
  writeFileSync(KEY_PATH, cert.key, { mode: 0o600 });
}

export async function obtainCertificate() {
  if (CAN_SIDELOAD && !readValidCertificate()) {
    // On Windows and macOS the official tool trusts the CA for the current user without sudo;
    // it regenerates the files itself when they are missing, expired or not yet trusted.
    if (run("npx", ["office-addin-dev-certs", "install"]) !== 0) {
      console.warn("Could not install the dev certificate; continuing with an untrusted one.");
    }
  }
  let tls = readValidCertificate();
  if (!tls) {
    console.log(`Creating a localhost development certificate in ${CERT_DIR} ...`);
    await generateCertificate();
    tls = readValidCertificate();
    if (!tls) fail(`The certificate in ${CERT_DIR} could not be created or read.`);
  }
  return tls;
}

/** webpack-dev-server over https with our certificate; dist/ is built in memory and rebuilt on change. */
export async function startDevServer(tls) {
  const compiler = webpack(webpackConfig({}, { mode: "development" }));
  const server = new WebpackDevServer(
    {
      host: "localhost",
      port: PORT,
      server: { type: "https", options: { key: tls.key, cert: tls.cert, ca: tls.ca } },
      // Office caches add-in files aggressively; during development every reload must be fresh.
      headers: { "Cache-Control": "no-store" },
      static: false, // everything, manifest and icons included, comes from the build
      hot: false, // a full reload keeps the shared runtime's custom functions registered afresh
      liveReload: true,
      open: false,
      client: { overlay: { errors: true, warnings: false } },
    },
    compiler,
  );
  await server.start();
  return server;
}

function printLinuxInstructions(url) {
  console.log(`
Service ROI is served at ${url}/taskpane.html and rebuilt whenever a source file changes.

Office cannot sideload automatically on Linux. To use the add-in in Excel on the web:
${sideloadSteps({ ca: CA_PATH, url }).join("\n")}

Press Ctrl+C or run \`npm run stop\` to stop the server.`);
}

async function main() {
  const tls = await obtainCertificate();
  let server;
  try {
    server = await startDevServer(tls);
  } catch (err) {
    if (err && err.code === "EADDRINUSE") {
      fail(`Port ${PORT} is already in use. manifest.xml points at https://localhost:${PORT}, so
stop whatever is using it (perhaps an earlier \`npm start\`: \`npm run stop\`) and try again.`);
    }
    throw err;
  }
  mkdirSync(path.dirname(pidFile(PORT)), { recursive: true });
  writeFileSync(pidFile(PORT), String(process.pid));
  const url = `https://localhost:${PORT}`;
  if (CAN_SIDELOAD) {
    console.log(`Serving ${url}; sideloading into Excel ...`);
    if (run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]) !== 0) {
      console.warn("Sideloading failed; you can still upload manifest.xml by hand.");
    }
    console.log("Press Ctrl+C or run `npm run stop` to stop the server.");
  } else {
    printLinuxInstructions(url);
  }
  const stop = () => {
    rmSync(pidFile(PORT), { force: true });
    // Browsers keep idle connections open and the dev server waits for them: give it 2 s.
    const grace = new Promise((resolve) => setTimeout(resolve, 2000).unref());
    Promise.race([server.stop(), grace]).finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

// Only when run as a script, so the certificate logic can be imported and tried on its own.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => fail(err instanceof Error ? err.stack : String(err)));
}
