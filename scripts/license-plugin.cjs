/**
 * Writes dist/third-party-licenses.json at build time: every third-party package whose code ships
 * inside a built bundle (a module resolved from node_modules), with its version, license and the
 * bundles it is in. A license outside the allowed list is a compilation error, so `npm run build`
 * (and with it `npm test`) fails before such a package can ship. office.js is not bundled: it
 * comes from Microsoft's CDN at run time.
 */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError, Compilation } = require("webpack");

const NAME = "LicenseInventoryPlugin";
const OUTPUT = "third-party-licenses.json";
const ALLOWED_LICENSES = ["MIT", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "ISC", "0BSD"];
const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

/** The license as an SPDX text: the `license` field, or the legacy `license: {type}` / `licenses: [{type}]`. */
function licenseOf(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === "string") return license;
  if (license && typeof license.type === "string") return license.type;
  if (Array.isArray(licenses) && licenses.length > 0)
    return licenses.map((entry) => entry.type ?? entry).join(" OR ");
  return "UNKNOWN";
}

/** True when an SPDX expression lets us ship under an allowed license: one side of an OR, both sides of an AND. */
function isAllowed(license, allowed = ALLOWED_LICENSES) {
  const expression = license.trim().replace(/^\((.*)\)$/, "$1");
  if (/ OR /i.test(expression))
    return expression.split(/ OR /i).some((part) => isAllowed(part, allowed));
  if (/ AND /i.test(expression))
    return expression.split(/ AND /i).every((part) => isAllowed(part, allowed));
  return allowed.includes(expression);
}

/**
 * The package root of a file under node_modules: the nearest package.json with a name, never
 * above the node_modules folder (packages nest package.json files that only set "type").
 */
function packageOf(resource, readManifest) {
  const file = resource.split("?")[0];
  const boundary = file.lastIndexOf(NODE_MODULES);
  if (boundary < 0) return undefined;
  const top = file.slice(0, boundary + NODE_MODULES.length - 1);
  for (let dir = path.dirname(file); dir.length > top.length; dir = path.dirname(dir)) {
    const manifest = readManifest(path.join(dir, "package.json"));
    if (manifest && typeof manifest.name === "string") return manifest;
  }
  return undefined;
}

/**
 * Pure: the inventory of the packages behind `modules` (`{ resource, bundles }`), sorted by name,
 * and a problem for each package whose license is not allowed or that cannot be identified.
 */
function inventory(modules, readManifest, allowed = ALLOWED_LICENSES) {
  const byPackage = new Map();
  const problems = [];
  for (const { resource, bundles = [] } of modules) {
    if (typeof resource !== "string" || !resource.includes(NODE_MODULES)) continue;
    const manifest = packageOf(resource, readManifest);
    if (manifest === undefined) {
      problems.push(`no package.json with a name for ${resource}`);
      continue;
    }
    const key = `${manifest.name}@${manifest.version}`;
    let entry = byPackage.get(key);
    if (entry === undefined) {
      const license = licenseOf(manifest);
      entry = { name: manifest.name, version: String(manifest.version), license, bundles: [] };
      byPackage.set(key, entry);
      if (!isAllowed(license, allowed))
        problems.push(`${key} is licensed ${license}; allowed: ${allowed.join(", ")}`);
    }
    for (const bundle of bundles) if (!entry.bundles.includes(bundle)) entry.bundles.push(bundle);
  }
  const packages = [...byPackage.values()]
    .map((entry) => ({ ...entry, bundles: entry.bundles.sort() }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return { packages, problems };
}

function readManifestFromDisk(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Modules as built: a concatenated module (production scope hoisting) stands for its parts. */
function* sourceModules(compilation) {
  const expand = function* (module, bundles) {
    if (Array.isArray(module.modules)) {
      for (const inner of module.modules) yield* expand(inner, bundles);
    } else {
      yield { resource: module.resource, bundles };
    }
  };
  for (const module of compilation.modules) {
    const chunks = compilation.chunkGraph ? compilation.chunkGraph.getModuleChunks(module) : [];
    const bundles = chunks.map((chunk) => chunk.name).filter(Boolean);
    yield* expand(module, bundles);
  }
}

class LicenseInventoryPlugin {
  constructor({ output = OUTPUT, allowed = ALLOWED_LICENSES, readManifest } = {}) {
    this.output = output;
    this.allowed = allowed;
    this.readManifest = readManifest ?? readManifestFromDisk;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const modules = [...sourceModules(compilation)];
          const { packages, problems } = inventory(modules, this.readManifest, this.allowed);
          for (const problem of problems)
            compilation.errors.push(new WebpackError(`${NAME}: ${problem}`));
          const json = { allowedLicenses: this.allowed, packages };
          compilation.emitAsset(
            this.output,
            new sources.RawSource(`${JSON.stringify(json, null, 2)}\n`),
          );
        },
      );
    });
  }
}

module.exports = { LicenseInventoryPlugin, inventory, isAllowed, licenseOf, ALLOWED_LICENSES };
