/**
 * A node fake of the Excel API surface the sharing tools use, with several sheets: worksheets
 * (load items, getItem), used ranges (address, formulas, values, valueTypes), Range.formulas
 * writes, spilled ranges, notes (1.18) and comments (1.10), select. As in Excel, proxies only queue
 * commands and context.sync() applies them; every sync is counted with its payload in bytes (the
 * JSON of what it writes), and nothing changes before a sync.
 */
import { addinCalls, parseFormula } from "../../src/taskpane/sharing/formula";
import { columnLetters, topLeft } from "../../src/taskpane/sharing/plan";
import type { ExcelRun } from "../../src/taskpane/sharing/workbook";

export interface Cell {
  formula?: string;
  /** What the cell shows (the fake computes nothing: tests give each formula's value). */
  value: unknown;
  type?: string;
}
export type Sheets = Record<string, Record<string, Cell>>;

function cellsOf(address: string): string[][] {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [first = "", last = first] = local.split(":");
  const a = topLeft(first);
  const b = topLeft(last);
  const rows: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: string[] = [];
    for (let c = a.column; c <= b.column; c++) row.push(`${columnLetters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

export class FakeWorkbook {
  syncs = 0;
  readonly payloads: number[] = [];
  readonly notes: { sheet: string; address: string; text: string }[] = [];
  readonly selected: string[] = [];
  /** Anchor (`Sheet!A1`) → spilled range address on that sheet. */
  readonly spills = new Map<string, string>();

  constructor(readonly sheets: Sheets) {}

  readonly run: ExcelRun = async (batch) => {
    const queue: { apply: () => void; bytes: number }[] = [];
    const enqueue = (apply: () => void, payload: unknown = "") =>
      queue.push({ apply, bytes: JSON.stringify(payload).length });
    const context = {
      sync: () => {
        const commands = queue.splice(0);
        this.syncs += 1;
        this.payloads.push(commands.reduce((n, c) => n + c.bytes, 0));
        return Promise.resolve().then(() => commands.forEach((c) => c.apply()));
      },
      workbook: {
        worksheets: this.worksheets(enqueue),
        comments: {
          add: (where: string, text: string) => {
            const [sheet = "", address = ""] = where.replace(/^'|'(?=!)/g, "").split("!");
            enqueue(() => this.notes.push({ sheet, address, text }), text);
          },
        },
      },
    };
    const result = await batch(context as unknown as Excel.RequestContext);
    if (queue.length > 0) await context.sync();
    return result;
  };

  private worksheets(enqueue: (apply: () => void, payload?: unknown) => void) {
    const collection = {
      items: undefined as unknown,
      load: () =>
        enqueue(() => (collection.items = Object.keys(this.sheets).map((name) => ({ name })))),
      getItem: (name: string) => this.worksheet(name, enqueue),
    };
    return collection;
  }

  private worksheet(name: string, enqueue: (apply: () => void, payload?: unknown) => void) {
    const cells = () => this.sheets[name] ?? (this.sheets[name] = {});
    const range = (address: string) => {
      const loaded: { formulas?: unknown[][] } = {};
      const proxy: Record<string, unknown> = {
        load: () =>
          enqueue(() => {
            const grid = cellsOf(address);
            proxy.address = `${name}!${address}`;
            loaded.formulas = grid.map((row) =>
              row.map((a) => cells()[a]?.formula ?? cells()[a]?.value ?? ""),
            );
            proxy.values = grid.map((row) => row.map((a) => cells()[a]?.value ?? ""));
            proxy.valueTypes = grid.map((row) => row.map((a) => cells()[a]?.type ?? "Double"));
          }),
        select: () => enqueue(() => this.selected.push(`${name}!${address}`)),
        getSpillingToRangeOrNullObject: () => {
          const spill = this.spills.get(`${name}!${address}`);
          if (spill === undefined) return { isNullObject: true, load: () => undefined };
          const spilled = range(spill);
          spilled.isNullObject = false;
          return spilled;
        },
      };
      Object.defineProperty(proxy, "formulas", {
        configurable: true,
        get: () => loaded.formulas,
        set: (grid: unknown[][]) =>
          enqueue(
            () => {
              cellsOf(address).forEach((row, r) =>
                row.forEach((a, c) => {
                  const content = grid[r]?.[c];
                  cells()[a] =
                    typeof content === "string" && content.startsWith("=")
                      ? { formula: content, value: cells()[a]?.value }
                      : { value: content };
                }),
              );
            },
            { address, grid },
          ),
      });
      return proxy;
    };
    return {
      getRange: range,
      activate: () => enqueue(() => undefined),
      notes: {
        add: (address: string, text: string) =>
          enqueue(() => this.notes.push({ sheet: name, address, text }), text),
      },
      getUsedRangeOrNullObject: () => {
        const addresses = Object.keys(cells());
        if (addresses.length === 0) return { isNullObject: true, load: () => undefined };
        const points = addresses.map(topLeft);
        const [r0, r1] = [
          Math.min(...points.map((p) => p.row)),
          Math.max(...points.map((p) => p.row)),
        ];
        const [c0, c1] = [
          Math.min(...points.map((p) => p.column)),
          Math.max(...points.map((p) => p.column)),
        ];
        const used = range(`${columnLetters(c0)}${r0}:${columnLetters(c1)}${r1}`);
        used.isNullObject = false;
        return used;
      },
    };
  }

  /** Every formula still calling the add-in, as `Sheet!A1`. */
  addinCells(): string[] {
    return Object.entries(this.sheets).flatMap(([sheet, cells]) =>
      Object.entries(cells)
        .filter(([, cell]) => cell.formula && addinCalls(parseFormula(cell.formula)).length > 0)
        .map(([address]) => `${sheet}!${address}`),
    );
  }
}
