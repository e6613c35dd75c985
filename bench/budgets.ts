/**
 * The budgets kept in the repo (bench/budgets.json) and how sizes are measured against them: the
 * exact bytes of the built file, and its gzip size at zlib level 9 (what a CDN or server that
 * compresses best sends). Shared by test/build/budgets.test.ts (which fails on an overrun) and the
 * benchmark (which shows the margin).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import budgets from "./budgets.json";

export const BUDGETS = budgets;
export type BundleName = keyof typeof budgets.bundles;
export const BUNDLES = Object.keys(budgets.bundles) as BundleName[];
/** The repository root, from bench/ or from the compiled copy under node_modules/.cache. */
export const ROOT = ((): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && readFileSync(manifest, "utf8").includes('"service-roi-excel"'))
      return dir;
  }
  throw new Error(`no repository root above ${__dirname}`);
})();
export const DIST = path.join(ROOT, "dist");

/** Excel on the web refuses a request above 5 MB. */
export const EXCEL_WEB_REQUEST_LIMIT = 5_000_000;

export interface BundleSize {
  readonly bundle: BundleName;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  readonly budgetGzipBytes: number;
}

export function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Sizes of the production bundles in dist/ (run `npm run build` first). */
export function bundleSizes(dist = DIST): BundleSize[] {
  return BUNDLES.map((bundle) => {
    const content = readFileSync(path.join(dist, bundle));
    return {
      bundle,
      minifiedBytes: content.length,
      gzipBytes: gzipBytes(content),
      budgetGzipBytes: budgets.bundles[bundle].gzipBytes,
    };
  });
}
