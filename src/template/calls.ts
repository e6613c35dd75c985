/**
 * CX calls in the model sheet. Blocks always write the add-in form, `CX.ID(args)`; in native mode
 * `toNative` then rewrites every such cell with the same rewrite and native forms "make shareable"
 * uses (src/excel/rewrite.ts, src/catalog/resolver.ts), so make shareable(add-in sheet) = native
 * sheet, cell for cell, by construction.
 */
import type { FunctionId } from "../catalog";
import { catalogResolverWith, rewriteOptions } from "../catalog/resolver";
import { nativeWords } from "../i18n/verdictLanguage";
import { rewriteFormula } from "../excel";
import type { Lang } from "../i18n/language";
import type { CellSpec, NameSpec } from "./spec";

/** A CX call as formula text (no leading "="). */
export function cx(id: FunctionId, args: readonly string[]): string {
  return `CX.${id}(${args.join(",")})`;
}

/**
 * The cells with every CX call replaced by its native form. The sheet's names are all single
 * cells, which lets a native form use a name as one value (as make shareable, reading the same
 * names from the workbook, does). A call without a native form is a bug in the template: it throws.
 */
export function toNative(
  cells: readonly CellSpec[],
  names: readonly NameSpec[],
  lang: Lang,
): CellSpec[] {
  const single = new Set(names.map((name) => name.name.toUpperCase()));
  const options = rewriteOptions((name) => single.has(name.toUpperCase()));
  const resolve = catalogResolverWith(nativeWords(lang));
  return cells.map((cell) => {
    if (cell.formula === undefined) return cell;
    const rewrite = rewriteFormula(cell.formula, resolve, options);
    if (rewrite.kind === "plain") return cell;
    if (rewrite.kind === "native") return { ...cell, formula: rewrite.formula };
    throw new Error(`${cell.address}: ${cell.formula} has no native form (${rewrite.reason})`);
  });
}
