/**
 * The sharing actions' conversation with Excel: make shareable (native formulas and kept values,
 * all or nothing, then notes on the kept values), repair `_xldudf_` names, recalculate cells stuck
 * on #NAME?, and go to a cell. Writing goes through writeAtomically (write.ts).
 */
import { qualify } from "../../excel";
import type { CellChange, FormulaFix } from "./plan";
import type { Capabilities, ExcelRun, NoteKind } from "./read";
import { writeAtomically, type CellWrite, type WriteOptions } from "./write";

export interface ShareReport {
  readonly native: number;
  readonly values: number;
  readonly batches: number;
  /** Where the notes went; `failed` when Excel refused them (the cells were still written). */
  readonly notes: NoteKind | "failed";
}

export interface ShareOptions extends WriteOptions {
  readonly capabilities: Capabilities;
  readonly noteText: (change: CellChange) => string;
}

/** A shown value as something `Range.formulas` writes back unchanged: errors as error constants. */
export function constantOf(value: unknown, type: string): unknown {
  if (type === "Error" && typeof value === "string" && value.startsWith("#")) return `=${value}`;
  if (typeof value !== "string") return value ?? "";
  // Text that Excel would read as a number or a formula keeps its text with a leading apostrophe.
  return /^[=+\-@']/.test(value) || (value.trim() !== "" && !Number.isNaN(Number(value)))
    ? `'${value}`
    : value;
}

interface Spill {
  readonly address: string;
  readonly values: unknown[][];
  readonly valueTypes: string[][];
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

/** A kept cell's write: its value, or its whole spill range's values (the anchor first). */
function keptWrite(change: CellChange, spill: Spill | undefined): CellWrite {
  const { sheet, address, before } = change;
  if (spill === undefined)
    return {
      sheet,
      address,
      grid: [[constantOf(change.value, change.valueType)]],
      original: [[before]],
    };
  const grid = spill.values.map((row, r) =>
    row.map((value, c) => constantOf(value, spill.valueTypes[r]?.[c] ?? "Unknown")),
  );
  // Restoring a spill: the anchor gets its formula back and the rest must be empty, or it cannot spill.
  const original = grid.map((row, r) => row.map((_v, c) => (r === 0 && c === 0 ? before : "")));
  return { sheet, address: spill.address, grid, original };
}

/** Every change written, or none (WriteFailure); then a note on each kept value. */
export async function makeShareable(
  run: ExcelRun,
  changes: readonly CellChange[],
  options: ShareOptions,
): Promise<ShareReport> {
  const kept = changes.filter((change) => change.formula === null);
  const spills = await measureSpills(run, kept, options.capabilities.spill);
  const writes: CellWrite[] = [
    ...changes.flatMap((change) =>
      change.formula === null
        ? []
        : [
            {
              sheet: change.sheet,
              address: change.address,
              grid: [[change.formula]],
              original: [[change.before]],
            },
          ],
    ),
    ...kept.map((change, i) => keptWrite(change, spills[i])),
  ];
  const batches = await writeAtomically(run, writes, options);
  const notes = await addNotes(run, kept, options.capabilities.notes, options.noteText);
  return { native: changes.length - kept.length, values: kept.length, batches, notes };
}

/**
 * Writes each cell's fixed formula (repaired names), or its own formula again (re-assigning a
 * formula makes Excel resolve CX names stuck on #NAME?: office-js#6611, #4185). All or nothing.
 */
export function rewriteCells(
  run: ExcelRun,
  fixes: readonly FormulaFix[],
  options: WriteOptions = {},
): Promise<number> {
  const writes = fixes.map(({ sheet, address, before, formula }) => ({
    sheet,
    address,
    grid: [[formula]],
    original: [[before]],
  }));
  return writeAtomically(run, writes, options);
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
