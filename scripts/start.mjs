// `npm start`: build dist/ for development, get a localhost certificate without sudo, serve dist/
// on https://localhost:3000 (the address manifest.xml names), and sideload where Office can.
import { spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveDist } from "./serve.mjs";

// Fixed: manifest.xml hard-codes this origin, and a port override would silently break it.
const PORT = 3000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Same folder and file names as office-addin-dev-certs, so either tool reuses the other's files.
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CA_PATH = path.join(CERT_DIR, "ca.crt");
const CERT_PATH = path.join(CERT_DIR, "localhost.crt");
const KEY_PATH = path.join(CERT_DIR, "localhost.key");
const CERT_DAYS = 30; // office-addin-dev-certs' default lifetime
const CAN_SIDELOAD = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  // shell: true because on Windows `npx` is a .cmd file that spawn cannot start directly.
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: true });
  return result.status ?? 1;
}

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
    return usable ? { key, cert: readFileSync(CERT_PATH) } : null;
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
  const devCerts = createRequire(path.join(ROOT, "package.json")).resolve("office-addin-dev-certs");
  const mkcert = createRequire(devCerts)("mkcert");
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

function printLinuxInstructions(url) {
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`
Service ROI is served at ${url}/taskpane.html

Office cannot sideload automatically on Linux. To use the add-in in Excel on the web:
  1. Make your browser trust the development certificate, either:
     - import the CA certificate ${CA_PATH}
       as a trusted authority (browser settings > Privacy and security > Certificates), or
     - open ${url}/taskpane.html once and accept the certificate warning.
  2. In Excel on the web, open a workbook and choose Home > Add-ins > More Settings
     (or Insert > Add-ins > Manage My Add-ins) > Upload My Add-in, and pick
     ${manifest}
  3. Type =CX. in a cell to see the functions, or use the Service ROI button on the Home tab.

Press Ctrl+C to stop the server.`);
}

async function main() {
  if (run("npx", ["webpack", "--mode", "development"]) !== 0) fail("The webpack build failed.");
  if (!existsSync(path.join(ROOT, "dist", "taskpane.html"))) {
    fail("The build did not produce dist/taskpane.html.");
  }
  const tls = await obtainCertificate();

  let server;
  try {
    server = await serveDist({ root: path.join(ROOT, "dist"), port: PORT, host: "localhost", tls });
  } catch (err) {
    if (err && err.code === "EADDRINUSE") {
      fail(`Port ${PORT} is already in use. manifest.xml points at https://localhost:${PORT}, so
stop whatever is using it (perhaps an earlier \`npm start\`) and try again.`);
    }
    throw err;
  }

  if (CAN_SIDELOAD) {
    console.log(`Serving ${server.url}; sideloading into Excel ...`);
    if (run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]) !== 0) {
      console.warn("Sideloading failed; you can still upload manifest.xml by hand.");
    }
    console.log("Press Ctrl+C to stop the server.");
  } else {
    printLinuxInstructions(server.url);
  }

  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

// Only when run as a script, so the certificate logic can be imported and tried on its own.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => fail(err instanceof Error ? err.stack : String(err)));
}
