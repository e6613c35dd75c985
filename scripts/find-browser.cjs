/**
 * Finds a Chromium-family browser for the browser tests, so `npm test` runs wherever `npm ci` ran:
 *
 *   1. SERVICE_ROI_BROWSER: an executable you name (always wins);
 *   2. an installed Chrome, Edge or Chromium, at the paths Playwright's channels use
 *      (playwright-core's registry) and the usual Linux package paths;
 *   3. on Linux x64, the Chromium that `npm ci` brings itself: the optional dependency
 *      @sparticuz/chromium ships a brotli-compressed headless build inside the package (no install
 *      script, no download) that needs only glibc, libexpat and libgcc from the system.
 *
 * SERVICE_ROI_IGNORE_SYSTEM_BROWSERS=1 skips step 2: that is how tests and CI simulate a fresh
 * machine with no browser. Run `node scripts/find-browser.cjs` to see what it finds.
 */
const fs = require("node:fs");
const path = require("node:path");
const { pipeline } = require("node:stream/promises");
const zlib = require("node:zlib");

const ENV_BROWSER = "SERVICE_ROI_BROWSER";
const ENV_IGNORE_SYSTEM = "SERVICE_ROI_IGNORE_SYSTEM_BROWSERS";
const BUNDLED = "@sparticuz/chromium";
const CACHE = path.resolve(__dirname, "../node_modules/.cache/service-roi-browser");

/** Installed browsers by platform: Playwright's channel paths first, then distribution packages. */
function systemCandidates(platform, env) {
  if (platform === "darwin") {
    return ["Google Chrome", "Microsoft Edge", "Chromium"].map(
      (name) => `/Applications/${name}.app/Contents/MacOS/${name}`,
    );
  }
  if (platform === "win32") {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter(Boolean);
    const tails = [
      "Google\\Chrome\\Application\\chrome.exe",
      "Microsoft\\Edge\\Application\\msedge.exe",
    ];
    return tails.flatMap((tail) => roots.map((root) => path.win32.join(root, tail)));
  }
  return [
    "/opt/google/chrome/chrome",
    "/opt/microsoft/msedge/msedge",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/microsoft-edge",
    "/snap/bin/chromium",
  ];
}

/** The bundled package's bin/ folder, or null when it is not installed (optional dependency). */
function bundledBin(resolve = require.resolve) {
  try {
    // The package's exports hide package.json: walk up from its entry point to the folder above build/.
    const entry = resolve(BUNDLED);
    return path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}build${path.sep}`)), "bin");
  } catch {
    return null;
  }
}

/**
 * Pure: the ordered list of places to look, each `{ source, path }`; `bundled` marks the packaged
 * build that must be inflated first. `options`: env, platform, arch, bundledBin (folder or null).
 */
function candidates({ env, platform, arch, bundledBin: bin }) {
  const list = [];
  if (env[ENV_BROWSER]) list.push({ source: ENV_BROWSER, path: env[ENV_BROWSER] });
  if (env[ENV_IGNORE_SYSTEM] !== "1") {
    for (const file of systemCandidates(platform, env))
      list.push({ source: "installed", path: file });
  }
  if (platform === "linux" && arch === "x64" && bin) {
    list.push({ source: BUNDLED, path: path.join(bin, "chromium.br"), bundled: true });
  }
  return list;
}

/** What to tell a person when nothing was found. */
function notFoundMessage(tried, platform) {
  const lines = [
    "No browser for the browser tests.",
    `Looked at: ${tried.length ? tried.join(", ") : "nothing (system browsers ignored)"}.`,
    "Install Google Chrome or Microsoft Edge, or set SERVICE_ROI_BROWSER to a Chrome, Edge or",
    "Chromium executable.",
  ];
  if (platform === "linux") {
    lines.push(
      `On Linux x64, \`npm ci\` brings one (${BUNDLED}, an optional dependency): do not pass`,
      "--omit=optional or --no-optional.",
    );
  }
  return lines.join("\n");
}

/**
 * Inflates the packaged Chromium once into node_modules/.cache. Written to a private temporary
 * file and renamed into place, so parallel jest workers never see (or run) a half-written binary.
 */
async function inflateBundled(compressed) {
  const version = JSON.parse(
    fs.readFileSync(path.join(compressed, "../../package.json"), "utf8"),
  ).version;
  const target = path.join(CACHE, `chromium-${version}`, "chromium");
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await pipeline(
      fs.createReadStream(compressed),
      zlib.createBrotliDecompress(),
      fs.createWriteStream(temporary, { mode: 0o755 }),
    );
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return target;
}

/**
 * The browser to use: `{ path, source }`. Throws with notFoundMessage() when there is none.
 * `options` defaults to this process (env, platform, arch) and the real file system.
 */
async function findBrowser(options = {}) {
  const settings = {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    bundledBin: bundledBin(),
    exists: fs.existsSync,
    ...options,
  };
  const named = settings.env[ENV_BROWSER];
  if (named && !settings.exists(named)) {
    throw new Error(`${ENV_BROWSER} is ${named}, which does not exist.`);
  }
  const tried = [];
  for (const candidate of candidates(settings)) {
    tried.push(candidate.path);
    if (!settings.exists(candidate.path)) continue;
    if (!candidate.bundled) return { path: candidate.path, source: candidate.source };
    return { path: await inflateBundled(candidate.path), source: candidate.source };
  }
  throw new Error(notFoundMessage(tried, settings.platform));
}

module.exports = { findBrowser, candidates, notFoundMessage, ENV_BROWSER, ENV_IGNORE_SYSTEM };

if (require.main === module) {
  findBrowser().then(
    (found) => console.log(`${found.source}: ${found.path}`),
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
