/**
 * The sharing actions' conversation with Excel: make shareable (native formulas and kept values,
 * all or nothing, then notes on the kept values), repair `_xldudf_` names, recalculate cells stuck
 * on #NAME?, and go to a cell. Writing goes through writeAtomically (write.ts); what is written
 * is worked out in catalog/sharing (plan, writes, protection).
 */
import type { CellChange, FormulaFix, SharePlan } from "../../catalog/sharing/plan";
import { unlocksFor } from "../../catalog/sharing/protection";
import { fixWrites, shareWrites, type Spill } from "../../catalog/sharing/writes";
import { qualify } from "../../excel";
import type { Capabilities, ExcelRun, NoteKind } from "./read";
import { writeAtomically, type WriteOptions } from "./write";

export interface ShareReport {
  readonly native: number;
  readonly values: number;
  readonly batches: number;
  /** Where the notes went; `failed` when Excel refused them (the cells were still written). */
  readonly notes: NoteKind | "failed";
  /** Sheets unprotected for the rewrite and protected again with their options. */
  readonly reprotected: readonly string[];
}

export interface ShareOptions extends Omit<WriteOptions, "unlock" | "beforeProtect"> {
  readonly capabilities: Capabilities;
  readonly noteText: (change: CellChange) => string;
}

/** The spilled range of each kept cell (CX.CASHFLOW), in one request; undefined: no spill. */
async function measureSpills(
  run: ExcelRun,
  kept: readonly CellChange[],
  spill: boolean,
): Promise<(Spill | undefined)[]> {
  if (!spill || kept.length === 0) return kept.map(() => undefined);
  return run(async (context) => {
    const ranges = kept.map((change) => {
      const range = context.workbook.worksheets
        .getItem(change.sheet)
        .getRange(change.address)
        .getSpillingToRangeOrNullObject();
      range.load("address,values,valueTypes");
      return range;
    });
    await context.sync();
    return ranges.map((range) =>
      range.isNullObject
        ? undefined
        : {
            address: range.address.slice(range.address.lastIndexOf("!") + 1),
            values: range.values as unknown[][],
            valueTypes: range.valueTypes,
          },
    );
  });
}

/**
 * Every change of the plan written, or none (WriteFailure); a note on each kept value, added
 * while the sheets the add-in protected are still unprotected; then those are protected again.
 */
export async function makeShareable(
  run: ExcelRun,
  plan: Pick<SharePlan, "changes" | "protections">,
  options: ShareOptions,
): Promise<ShareReport> {
  const { changes } = plan;
  const kept = changes.filter((change) => change.formula === null);
  const spills = await measureSpills(run, kept, options.capabilities.spill);
  const unlock = unlocksFor(plan.protections, changes);
  let notes: NoteKind | "failed" = options.capabilities.notes;
  const batches = await writeAtomically(run, shareWrites(changes, spills), {
    ...options,
    unlock,
    beforeProtect: async () => {
      notes = await addNotes(run, kept, options.capabilities.notes, options.noteText);
    },
  });
  const reprotected = unlock.map((u) => u.sheet);
  return { native: changes.length - kept.length, values: kept.length, batches, notes, reprotected };
}

/**
 * Writes each cell's fixed formula (repaired names), or its own formula again (re-assigning a
 * formula makes Excel resolve CX names stuck on #NAME?: office-js#6611, #4185). All or nothing,
 * unprotecting the sheets the add-in protected for it.
 */
export function rewriteCells(
  run: ExcelRun,
  fixes: readonly FormulaFix[],
  plan: Pick<SharePlan, "protections">,
  options: Omit<WriteOptions, "unlock"> = {},
): Promise<number> {
  const unlock = unlocksFor(plan.protections, fixes);
  return writeAtomically(run, fixWrites(fixes), { ...options, unlock });
}

async function addNotes(
  run: ExcelRun,
  kept: readonly CellChange[],
  kind: NoteKind,
  text: (change: CellChange) => string,
): Promise<NoteKind | "failed"> {
  if (kind === "none" || kept.length === 0) return kind;
  try {
    await run(async (context) => {
      for (const change of kept) {
        if (kind === "notes") {
          context.workbook.worksheets.getItem(change.sheet).notes.add(change.address, text(change));
        } else {
          context.workbook.comments.add(qualify(change.sheet, change.address), text(change));
        }
      }
      await context.sync();
    });
    return kind;
  } catch {
    // A cell that already has a note or comment refuses another; the values are written already.
    return "failed";
  }
}

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
