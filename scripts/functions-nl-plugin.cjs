/**
 * Writes functions-nl.json next to functions.json at build time, from the catalog (src/catalog):
 * custom-functions-metadata-plugin generates the English metadata from the JSDoc and does not
 * localize. The catalog (src/catalog/build.ts) is compiled by a child compiler into a CommonJS
 * library, evaluated here, and never emitted. A child compiler, not an entry of the main build:
 * webpack-dev-server adds its browser client to every entry of the compiler it serves (`npm
 * start`), and that client cannot run in Node ("self is not defined"). Any difference between the
 * JSDoc and the catalog fails the build, so the two can never drift apart. The manifest points
 * every Dutch locale at the Dutch file with a bt:Override.
 */
const vm = require("vm");
const { sources, WebpackError, Compilation, EntryPlugin, library } = require("webpack");

const NAME = "FunctionsNlPlugin";
const ENTRY = "catalog-build";
const SOURCE = "./src/catalog/build.ts";

/** Evaluates the compiled catalog-build bundle and returns its exports. */
function evaluateBundle(code) {
  const module = { exports: {} };
  vm.runInNewContext(code, { module, exports: module.exports, console });
  return module.exports;
}

/** Compiles the catalog with the parent's loaders and resolution; resolves to its code. */
function compileCatalog(compilation) {
  const filename = `${ENTRY}.cjs`;
  const child = compilation.createChildCompiler(
    NAME,
    { filename, library: { type: "commonjs2" } },
    [
      new EntryPlugin(compilation.compiler.context, SOURCE, { name: ENTRY }),
      new library.EnableLibraryPlugin("commonjs2"),
    ],
  );
  return new Promise((resolve, reject) => {
    child.runAsChild((error, _entries, childCompilation) => {
      if (error) return reject(error);
      if (childCompilation.errors.length > 0) return reject(childCompilation.errors[0]);
      const code = childCompilation.getAsset(filename).source.source().toString();
      // runAsChild copied the child's assets into the parent; the catalog does not belong in dist/.
      compilation.deleteAsset(filename);
      resolve(code);
    });
  });
}

class FunctionsNlPlugin {
  constructor({ input = "functions.json", output = "functions-nl.json" } = {}) {
    this.input = input;
    this.output = output;
  }
  apply(compiler) {
    const catalogCodes = new WeakMap();
    // As html-webpack-plugin does: a child compilation runs in the parent's make phase.
    compiler.hooks.make.tapPromise(NAME, async (compilation) => {
      catalogCodes.set(compilation, await compileCatalog(compilation));
    });
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => this.emitDutch(compilation, catalogCodes.get(compilation)),
      );
    });
  }
  emitDutch(compilation, catalogCode) {
    const metadataAsset = compilation.getAsset(this.input);
    if (!metadataAsset || catalogCode === undefined) {
      compilation.errors.push(new WebpackError(`${NAME}: ${this.input} or the catalog is missing`));
      return;
    }
    const catalog = evaluateBundle(catalogCode);
    const metadata = JSON.parse(metadataAsset.source.source().toString());
    for (const problem of catalog.differences(metadata))
      compilation.errors.push(new WebpackError(`${NAME}: JSDoc and catalog differ: ${problem}`));
    const dutch = catalog.dutchMetadata(metadata);
    compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(dutch, null, 2)));
  }
}

module.exports = { FunctionsNlPlugin };
