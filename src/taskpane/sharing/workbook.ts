/**
 * The sharing tools' conversation with Excel, in a bounded number of requests: reading is two
 * syncs whatever the workbook's size (sheet names, then every sheet's used range: formulas, values
 * and value types); writing is one sync to measure spilled results (only when some cell keeps its
 * value), one per batch of at most `budgetBytes` of payload (Excel on the web refuses requests over
 * 5 MB), and one for the notes.
 */
import type { CellChange, SharePlan, SheetCells } from "./plan";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Where a kept value's note goes: `notes` (ExcelApi 1.18, the classic yellow note), `comments`
 * (ExcelApi 1.10, a threaded comment), or `none` (the report still lists the cells).
 */
export type NoteKind = "notes" | "comments" | "none";

export interface Capabilities {
  readonly notes: NoteKind;
  /** ExcelApi 1.12: a spilled result's range can be read (without it, nothing spills). */
  readonly spill: boolean;
}

/** Requests stay well under Excel on the web's 5 MB: room for the envelope and multi-byte text. */
export const DEFAULT_BUDGET_BYTES = 4_000_000;
const COMMAND_OVERHEAD_BYTES = 300;

export function capabilities(): Capabilities {
  const supported = (version: string) => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    notes: supported("1.18") ? "notes" : supported("1.10") ? "comments" : "none",
    spill: supported("1.12"),
  };
}

/** Every sheet's used range, formulas and shown values: two syncs for any number of sheets. */
export async function readSheets(run: ExcelRun): Promise<SheetCells[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const ranges = sheets.items.map((sheet) => {
      const used = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject();
      used.load("address,formulas,values,valueTypes");
      return { name: sheet.name, used };
    });
    await context.sync();
    return ranges.map(({ name, used }) =>
      used.isNullObject
        ? { name, address: null, formulas: [], values: [], valueTypes: [] }
        : {
            name,
            address: used.address,
            formulas: used.formulas as unknown[][],
            values: used.values as unknown[][],
            valueTypes: used.valueTypes,
          },
    );
  });
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

interface Write {
  readonly sheet: string;
  readonly address: string;
  readonly grid: unknown[][];
}

export function payloadBytes(write: Write): number {
  return new TextEncoder().encode(JSON.stringify(write)).length + COMMAND_OVERHEAD_BYTES;
}

/** Consecutive writes grouped so that each group's payload stays within the budget. */
export function batchesOf(writes: readonly Write[], budgetBytes: number): Write[][] {
  const batches: Write[][] = [];
  let [current, size] = [[] as Write[], 0];
  for (const write of writes) {
    const bytes = payloadBytes(write);
    if (current.length > 0 && size + bytes > budgetBytes) {
      batches.push(current);
      [current, size] = [[], 0];
    }
    current.push(write);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export interface ApplyReport {
  readonly native: number;
  readonly values: number;
  readonly batches: number;
  /** Where the notes went; `failed` when Excel refused them (the cells were still written). */
  readonly notes: NoteKind | "failed";
}

export interface ApplyOptions {
  readonly capabilities: Capabilities;
  readonly noteText: (change: CellChange) => string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly budgetBytes?: number;
}

/** Kept values as writes: a spilled result (CX.CASHFLOW) keeps its whole spill range's values. */
async function valueWrites(
  context: Excel.RequestContext,
  kept: readonly CellChange[],
  spill: boolean,
): Promise<Write[]> {
  const spills = spill
    ? kept.map((change) => {
        const range = context.workbook.worksheets
          .getItem(change.sheet)
          .getRange(change.address)
          .getSpillingToRangeOrNullObject();
        range.load("address,values,valueTypes");
        return range;
      })
    : [];
  if (spill && kept.length > 0) await context.sync();
  return kept.map((change, i) => {
    const range = spills[i];
    if (range === undefined || range.isNullObject)
      return { ...change, grid: [[constantOf(change.value, change.valueType)]] };
    const address = range.address.slice(range.address.lastIndexOf("!") + 1);
    const types = range.valueTypes as string[][];
    const grid = (range.values as unknown[][]).map((row, r) =>
      row.map((value, c) => constantOf(value, types[r]?.[c] ?? "Unknown")),
    );
    return { sheet: change.sheet, address, grid };
  });
}

/** Writes the plan: native formulas, kept values, then the notes on kept values. */
export async function applyPlan(
  run: ExcelRun,
  plan: SharePlan,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const { capabilities: caps, onProgress } = options;
  const kept = plan.changes.filter((change) => change.formula === null);
  return run(async (context) => {
    const writes: Write[] = [
      ...plan.changes
        .filter((change) => change.formula !== null)
        .map((change) => ({ ...change, grid: [[change.formula]] })),
      ...(await valueWrites(context, kept, caps.spill)),
    ].map(({ sheet, address, grid }) => ({ sheet, address, grid }));
    const batches = batchesOf(writes, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
    const writeFrom = async (index: number): Promise<void> => {
      const batch = batches[index];
      if (batch === undefined) return;
      for (const write of batch) {
        context.workbook.worksheets.getItem(write.sheet).getRange(write.address).formulas =
          write.grid;
      }
      await context.sync();
      onProgress?.(index + 1, batches.length);
      return writeFrom(index + 1);
    };
    onProgress?.(0, batches.length);
    await writeFrom(0);
    const notes = await addNotes(context, kept, caps.notes, options.noteText);
    return { native: plan.native, values: plan.values, batches: batches.length, notes };
  });
}

async function addNotes(
  context: Excel.RequestContext,
  kept: readonly CellChange[],
  kind: NoteKind,
  text: (change: CellChange) => string,
): Promise<NoteKind | "failed"> {
  if (kind === "none" || kept.length === 0) return kind;
  for (const change of kept) {
    if (kind === "notes") {
      context.workbook.worksheets.getItem(change.sheet).notes.add(change.address, text(change));
    } else {
      const where = `'${change.sheet.replace(/'/g, "''")}'!${change.address}`;
      context.workbook.comments.add(where, text(change));
    }
  }
  try {
    await context.sync();
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
