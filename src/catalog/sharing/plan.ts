/**
 * What the sharing tools will do, worked out from what the workbook holds before anything is
 * written: per cell that uses the add-in, its native formula or the value it keeps; cells left
 * alone (text that only looks like a formula, cells formatted as Text, kept values that would be
 * #NAME?, cells on sheets the user protected); `_xldudf_` forms that can be repaired; CX cells
 * stuck on #NAME?; counts per sheet. Pure: the pane reads the workbook (taskpane/sharing/read.ts).
 */
import {
  cellAddress,
  parse,
  parseRange,
  repairFormula,
  rewriteFormula,
  splitQualified,
  tryParseCell,
  walk,
  type AddinCall,
  type FormulaNode,
  type RewriteOptions,
} from "../../excel";
import { catalogResolverWith, rewriteOptions } from "../resolver";
import type { Lang, NativeWords } from "../types";
import { protectedByUser, type ProtectedBy, type SheetProtection } from "./protection";

/** One sheet's used range as read in one request. */
export interface SheetCells {
  readonly name: string;
  /** The used range's address, e.g. `Model!A1:F120`; null when the sheet is empty. */
  readonly address: string | null;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormats: readonly (readonly unknown[])[];
  /** Undefined where protection cannot be read (before ExcelApi 1.2). */
  readonly protection?: SheetProtection;
}

/** Defined names, lower case, each with whether it refers to exactly one cell. */
export interface NameScopes {
  readonly workbook: Readonly<Record<string, boolean>>;
  readonly sheets: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
}

export interface WorkbookCells {
  readonly sheets: readonly SheetCells[];
  readonly names: NameScopes;
}

export interface Located {
  readonly sheet: string;
  /** A1 address of the cell, without the sheet. */
  readonly address: string;
}

export interface CellChange extends Located {
  /** The formula the cell holds now: what a failed write restores. */
  readonly before: string;
  readonly calls: readonly AddinCall[];
  /** The native formula; `null` when the cell keeps its value (with a note). */
  readonly formula: string | null;
  readonly value: unknown;
  readonly valueType: string;
}

/**
 * text-cell: typed as '=CX.…, text that looks like a formula (office-js#6687 drops the
 * apostrophe); text-format: formatted as Text (`@`), where a written formula would become text;
 * name-error: no native form and it shows #NAME?, so there is no value worth keeping;
 * spill-referenced: no native form, it spills (CX.CASHFLOW) and other formulas refer to its spill
 * with `#`: as plain values, those references would turn into #REF!; protected: on a sheet the
 * user protected (SharePlan.lockedSheets says how), which the add-in does not unprotect.
 */
export type SkipReason =
  "text-cell" | "text-format" | "name-error" | "spill-referenced" | "protected";
export interface SkippedCell extends Located {
  readonly reason: SkipReason;
}

export interface FormulaFix extends Located {
  readonly before: string;
  readonly formula: string;
}

export interface SheetSummary {
  readonly sheet: string;
  readonly native: number;
  readonly values: number;
  /** Add-in calls per function name (`CX.ROI` …), nested calls counted too. */
  readonly calls: Readonly<Record<string, number>>;
}

/** A sheet the user protected on which cells use the add-in: left alone, with why. */
export interface LockedSheet {
  readonly sheet: string;
  readonly by: ProtectedBy;
  /** Its cells that would have been rewritten, repaired or recalculated. */
  readonly cells: number;
}

export interface SharePlan {
  readonly changes: readonly CellChange[];
  readonly skipped: readonly SkippedCell[];
  /** `_xldudf_CX_…` and `[n]!_xldudf_CX_…` calls renamed `CX.…` (office-js#2051, #2568). */
  readonly repairs: readonly FormulaFix[];
  /** CX formulas showing #NAME? although the add-in is loaded (office-js#6611, #4185). */
  readonly stuck: readonly FormulaFix[];
  readonly sheets: readonly SheetSummary[];
  readonly native: number;
  readonly values: number;
  /** Every sheet's protection as read, by sheet name (protected or not). */
  readonly protections: Readonly<Record<string, SheetProtection>>;
  readonly lockedSheets: readonly LockedSheet[];
}

/** The language a shown text is written in (WORTH_IT's verdicts), if it is one of them. */
export type TextLanguage = (value: unknown) => Lang | undefined;

/** `#NAME?` as Excel reports it (Dutch Excel may report `#NAAM?`). */
function isNameError(value: unknown, type: string): boolean {
  return type === "Error" && (value === "#NAME?" || value === "#NAAM?");
}

/** Whether a name, as written in a formula on `sheet`, refers to exactly one cell. */
export function singleCellNames(names: NameScopes, sheet: string): (name: string) => boolean {
  return (written) => {
    const { sheet: qualifier, local } = splitQualified(written);
    const key = local.toLowerCase();
    const scoped = names.sheets[qualifier ?? sheet]?.[key];
    return scoped ?? (qualifier === undefined ? names.workbook[key] === true : false);
  };
}

interface Cell extends Located {
  readonly formula: string;
  readonly value: unknown;
  readonly valueType: string;
  readonly numberFormat: unknown;
}

/** Every cell of the sheet whose content is formula text, with its position. */
function* formulaCells(sheet: SheetCells): Generator<Cell> {
  if (!sheet.address) return;
  const { start } = parseRange(splitQualified(sheet.address).local);
  for (const [r, row] of sheet.formulas.entries()) {
    for (const [c, formula] of row.entries()) {
      if (typeof formula !== "string" || !formula.startsWith("=")) continue;
      yield {
        sheet: sheet.name,
        address: cellAddress({ row: start.row + r, column: start.column + c }),
        formula,
        value: sheet.values[r]?.[c],
        valueType: sheet.valueTypes[r]?.[c] ?? "Unknown",
        numberFormat: sheet.numberFormats[r]?.[c],
      };
    }
  }
}

type Rewrite = ReturnType<typeof rewriteFormula>;

/**
 * Spill anchors that formulas refer to with `#` (`=SUM(Cash!A1#)`), as `Sheet!A1`: written as
 * plain values, such an anchor no longer spills and those references show #REF!.
 */
function referencedSpills(cells: readonly Cell[]): Set<string> {
  const anchors = new Set<string>();
  for (const cell of cells) {
    if (!cell.formula.includes("#")) continue;
    let nodes: FormulaNode[];
    try {
      nodes = parse(cell.formula);
    } catch {
      continue;
    }
    for (const node of walk(nodes)) {
      if (node.kind !== "token" || node.type !== "reference" || !node.text.endsWith("#")) continue;
      const { sheet, local } = splitQualified(node.text.slice(0, -1));
      const anchor = tryParseCell(local);
      if (anchor !== null) anchors.add(`${sheet ?? cell.sheet}!${cellAddress(anchor)}`);
    }
  }
  return anchors;
}

/** Collects the plan one cell at a time. */
class Planner {
  readonly changes: CellChange[] = [];
  readonly skipped: SkippedCell[] = [];
  readonly repairs: FormulaFix[] = [];
  readonly stuck: FormulaFix[] = [];

  constructor(
    private readonly lang: Lang,
    private readonly languageOf: TextLanguage,
    private readonly wordsOf: (lang: Lang) => NativeWords,
  ) {}

  /** Plans one cell. `spilled`: spill anchors that other formulas refer to. */
  add(cell: Cell, options: RewriteOptions, spilled: ReadonlySet<string>): void {
    const resolve = catalogResolverWith(this.wordsOf(this.languageOf(cell.value) ?? this.lang));
    const rewrite = rewriteFormula(cell.formula, resolve, options);
    if (rewrite.kind === "plain") return;
    const at = { sheet: cell.sheet, address: cell.address };
    const referenced = rewrite.kind === "dependent" && spilled.has(`${cell.sheet}!${cell.address}`);
    const skip = referenced ? "spill-referenced" : skipReason(cell, rewrite);
    // A text cell or one formatted as Text is never written: any formula would become text.
    if (skip === "text-cell" || skip === "text-format")
      return void this.skipped.push({ ...at, reason: skip });
    const renamed = rewrite.calls.some((call) => call.form !== "namespace");
    const repair = renamed ? repairFormula(cell.formula, options) : undefined;
    if (repair?.kind === "repaired")
      this.repairs.push({ ...at, before: cell.formula, formula: repair.formula });
    if (isNameError(cell.value, cell.valueType))
      this.stuck.push({ ...at, before: cell.formula, formula: cell.formula });
    if (skip !== undefined) return void this.skipped.push({ ...at, reason: skip });
    const formula = rewrite.kind === "native" ? rewrite.formula : null;
    const { value, valueType } = cell;
    this.changes.push({
      ...at,
      before: cell.formula,
      calls: rewrite.calls,
      formula,
      value,
      valueType,
    });
  }
}

function skipReason(cell: Cell, rewrite: Rewrite): SkipReason | undefined {
  // Text typed as '=CX.…: Range.formulas returns it without the apostrophe (office-js#6687).
  if (cell.valueType === "String" && cell.value === cell.formula) return "text-cell";
  if (cell.numberFormat === "@") return "text-format";
  if (rewrite.kind === "dependent" && isNameError(cell.value, cell.valueType)) return "name-error";
  return undefined;
}

/** Per sheet, in order: cells rewritten and kept, and calls per function. */
function summaries(changes: readonly CellChange[]): SheetSummary[] {
  const bySheet = new Map<
    string,
    { native: number; values: number; calls: Record<string, number> }
  >();
  for (const change of changes) {
    const summary = bySheet.get(change.sheet) ?? { native: 0, values: 0, calls: {} };
    bySheet.set(change.sheet, summary);
    summary[change.formula === null ? "values" : "native"] += 1;
    for (const { id } of change.calls)
      summary.calls[`CX.${id}`] = (summary.calls[`CX.${id}`] ?? 0) + 1;
  }
  return [...bySheet].map(([sheet, summary]) => ({ sheet, ...summary }));
}

type Found = Pick<SharePlan, "changes" | "skipped" | "repairs" | "stuck">;

/**
 * The plan without the cells of sheets the user protected: those are skipped ("protected") and
 * each such sheet is listed with why, so that the other sheets can still be made shareable.
 */
function leaveLocked(found: Found, locked: ReadonlyMap<string, ProtectedBy>) {
  const open = <T extends Located>(cells: readonly T[]) =>
    cells.filter((c) => !locked.has(c.sheet));
  const name = (cell: Located) => `${cell.sheet}!${cell.address}`;
  const skippedAlready = new Set(found.skipped.map(name));
  const lockedCells = new Map<string, Located>();
  for (const cell of [...found.changes, ...found.repairs, ...found.stuck])
    if (locked.has(cell.sheet) && !skippedAlready.has(name(cell)))
      lockedCells.set(name(cell), { sheet: cell.sheet, address: cell.address });
  const protectedCells = [...lockedCells.values()];
  const lockedSheets: LockedSheet[] = [...locked].flatMap(([sheet, by]) => {
    const cells = protectedCells.filter((cell) => cell.sheet === sheet).length;
    return cells > 0 ? [{ sheet, by, cells }] : [];
  });
  const skipped: SkippedCell[] = [
    ...found.skipped,
    ...protectedCells.map((cell) => ({ ...cell, reason: "protected" as const })),
  ];
  const [changes, repairs, stuck] = [open(found.changes), open(found.repairs), open(found.stuck)];
  return { changes, skipped, repairs, stuck, lockedSheets };
}

/**
 * Every cell that uses the add-in, with what each sharing action would do to it. `languageOf`
 * tells which language a shown WORTH_IT verdict is in, so that its native form says the same;
 * `wordsOf` gives the words a native form writes in a language (i18n's, which the catalog may not
 * import: design.md, layers).
 */
export function planSharing(
  workbook: WorkbookCells,
  lang: Lang,
  languageOf: TextLanguage,
  wordsOf: (lang: Lang) => NativeWords,
): SharePlan {
  const planner = new Planner(lang, languageOf, wordsOf);
  const cells = workbook.sheets.map((sheet) => [...formulaCells(sheet)]);
  const spilled = referencedSpills(cells.flat());
  workbook.sheets.forEach((sheet, i) => {
    const options = rewriteOptions(singleCellNames(workbook.names, sheet.name));
    for (const cell of cells[i] ?? []) planner.add(cell, options, spilled);
  });
  const protections: Record<string, SheetProtection> = {};
  const locked = new Map<string, ProtectedBy>();
  for (const { name, protection } of workbook.sheets) {
    if (protection !== undefined) protections[name] = protection;
    const by = protectedByUser(protection);
    if (by !== undefined) locked.set(name, by);
  }
  const plan = leaveLocked(planner, locked);
  const kept = plan.changes.filter((change) => change.formula === null).length;
  return {
    ...plan,
    sheets: summaries(plan.changes),
    native: plan.changes.length - kept,
    values: kept,
    protections,
  };
}

/** Cells that still need the add-in: rewritable ones and those left alone that are formulas. */
export function dependentCells(plan: Pick<SharePlan, "changes" | "skipped">): Located[] {
  return [...plan.changes, ...plan.skipped.filter((cell) => cell.reason !== "text-cell")];
}
