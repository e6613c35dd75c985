/**
 * The built custom functions, as Excel loads them: dist/functions.js run in a fresh VM context
 * whose `CustomFunctions.associate` records each registration, with dist/functions.json's
 * parameter metadata. `npm test` builds dist/ before jest runs; without a build this throws at
 * once (a clear failure, never a skip). The tests that evaluate CX cells through it compare what
 * the SHIPPED script computes with what the core computes, instead of asking the catalog twice.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import vm from "vm";
import { StubCustomFunctionsError } from "./customFunctionsStub";

/** The repository's dist/: the first folder up with a package.json (bench/ runs a compiled copy of this file). */
function repoDist(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir))
    if (existsSync(path.join(dir, "package.json"))) return path.join(dir, "dist");
  throw new Error(`no package.json above ${__dirname}`);
}

export const DIST = repoDist();

export interface BundleParam {
  readonly name: string;
  /** "matrix": Excel passes a 2-D array (a range, or one value as [[v]]); else one value. */
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

export interface BundleFunction {
  readonly id: string;
  readonly parameters: readonly BundleParam[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

export interface FunctionsBundle {
  /** functions.json's entries, in its order. */
  readonly metadata: readonly BundleFunction[];
  /** id → the function the built script associated with it. */
  readonly registered: ReadonlyMap<string, (...args: unknown[]) => unknown>;
}

/** Throws a message that says what to do when dist/ has not been built. */
export function requireDist(file: string): string {
  const full = path.join(DIST, file);
  if (!existsSync(full))
    throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test does).`);
  return full;
}

/**
 * Runs dist/functions.js once. `displayLanguage` is read on every call, as Office's
 * `Office.context.displayLanguage` is in the shared runtime (the bundle answers in that language).
 */
export function loadFunctionsBundle(displayLanguage: () => string | undefined): FunctionsBundle {
  const script = readFileSync(requireDist("functions.js"), "utf8");
  const metadata = (
    JSON.parse(readFileSync(requireDist("functions.json"), "utf8")) as {
      functions: BundleFunction[];
    }
  ).functions;
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const context = vm.createContext({
    CustomFunctions: {
      Error: StubCustomFunctionsError,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        if (registered.has(id)) throw new Error(`associate called twice for ${id}`);
        registered.set(id, fn);
      },
    },
    Office: {
      context: {
        get displayLanguage() {
          return displayLanguage();
        },
      },
    },
    Intl,
    console,
  });
  vm.runInContext(script, context, { filename: path.join(DIST, "functions.js") });
  return { metadata, registered };
}
