/**
 * A node fake of the Excel API surface the sharing tools use, with several sheets: worksheets
 * (load items, getItem), used ranges (address, formulas, values, valueTypes, numberFormat), defined
 * names (workbook and sheet scope), Range.formulas writes, spilled ranges, notes (1.18) and
 * comments (1.10), select. As in Excel, proxies only queue commands and context.sync() applies
 * them; a sync can be made to fail after applying some of its commands, as a real request that
 * Excel carried out partly. Every sync is counted with its payload in bytes.
 *
 * It imports nothing from src/: it decides nothing with the code under test. Its own A1 helpers
 * are deliberately separate from src/excel/a1.ts.
 */

export interface Cell {
  formula?: string;
  /** What the cell shows (the fake computes nothing: tests give each formula's value). */
  value: unknown;
  type?: string;
  numberFormat?: string;
}
export type Sheets = Record<string, Record<string, Cell>>;
export interface FakeName {
  name: string;
  type: "Range" | "String" | "Double";
  value: string;
}
export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const letters = (n: number): string =>
  n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
function point(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (m === null) throw new Error(`fake: bad address ${address}`);
  const column = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}
/** "B2:C3" → [["B2","C2"],["B3","C3"]]. */
export function cellsOf(address: string): string[][] {
  const [first = "", last = first] = address.split(":");
  const [a, b] = [point(first), point(last)];
  const rows: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: string[] = [];
    for (let c = a.column; c <= b.column; c++) row.push(`${letters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

interface Command {
  apply: () => void;
  bytes: number;
}

export class FakeWorkbook {
  syncs = 0;
  /** Per sync: the bytes of its commands' JSON payloads, and how many commands it carried. */
  readonly payloads: number[] = [];
  readonly commands: number[] = [];
  readonly notes: { sheet: string; address: string; text: string }[] = [];
  readonly selected: string[] = [];
  /** Anchor (`Sheet!A1`) → spilled range address on that sheet. */
  readonly spills = new Map<string, string>();
  /** Sync number → how many of its commands apply before it fails. */
  readonly failures = new Map<number, number>();
  readonly names: { workbook: FakeName[]; sheets: Record<string, FakeName[]> } = {
    workbook: [],
    sheets: {},
  };

  constructor(readonly sheets: Sheets) {}

  /** Makes sync number `sync` (counted from the fake's creation) fail after `applied` commands. */
  failAt(sync: number, applied = 0): void {
    this.failures.set(sync, applied);
  }

  readonly run: Run = async (batch) => {
    const queue: Command[] = [];
    const enqueue = (apply: () => void, payload: unknown = "") =>
      queue.push({ apply, bytes: Buffer.byteLength(JSON.stringify(payload)) });
    const context = {
      sync: () => this.sync(queue.splice(0)),
      workbook: {
        worksheets: this.worksheets(enqueue),
        names: this.nameCollection(enqueue, () => this.names.workbook),
        comments: {
          add: (where: string, text: string) => {
            const [, sheet = "", address = ""] = /^'?(.*?)'?!(.*)$/.exec(where) ?? [];
            enqueue(
              () => this.notes.push({ sheet: sheet.replace(/''/g, "'"), address, text }),
              text,
            );
          },
        },
      },
    };
    const result = await batch(context as unknown as Excel.RequestContext);
    if (queue.length > 0) await context.sync();
    return result;
  };

  private sync(commands: Command[]): Promise<void> {
    this.syncs += 1;
    this.payloads.push(commands.reduce((n, c) => n + c.bytes, 0));
    this.commands.push(commands.length);
    const cut = this.failures.get(this.syncs);
    return Promise.resolve().then(() => {
      commands.forEach((command, i) => {
        if (i === cut)
          throw Object.assign(new Error(`sync ${this.syncs} failed`), { code: "GeneralException" });
        command.apply();
      });
      if (cut !== undefined && cut >= commands.length)
        throw Object.assign(new Error(`sync ${this.syncs} failed`), { code: "GeneralException" });
    });
  }

  private nameCollection(enqueue: (apply: () => void) => void, read: () => FakeName[]) {
    const collection = {
      items: [] as FakeName[],
      load: () => {
        enqueue(() => (collection.items = read().map((n) => ({ ...n }))));
        return collection;
      },
    };
    return collection;
  }

  private worksheets(enqueue: (apply: () => void, payload?: unknown) => void) {
    const collection = {
      items: [] as { name: string }[],
      load: () => {
        enqueue(() => (collection.items = Object.keys(this.sheets).map((name) => ({ name }))));
        return collection;
      },
      getItem: (name: string) => this.worksheet(name, enqueue),
    };
    return collection;
  }

  private worksheet(name: string, enqueue: (apply: () => void, payload?: unknown) => void) {
    const cells = () => this.sheets[name] ?? (this.sheets[name] = {});
    const range = (address: string) => this.range(name, address, cells, enqueue);
    return {
      getRange: range,
      activate: () => enqueue(() => undefined),
      names: this.nameCollection(enqueue, () => this.names.sheets[name] ?? []),
      notes: {
        add: (address: string, text: string) =>
          enqueue(() => this.notes.push({ sheet: name, address, text }), text),
      },
      getUsedRangeOrNullObject: () => {
        const points = Object.keys(cells()).map(point);
        if (points.length === 0) return { isNullObject: true, load: () => undefined };
        const rows = points.map((p) => p.row);
        const columns = points.map((p) => p.column);
        const used = range(
          `${letters(Math.min(...columns))}${Math.min(...rows)}:${letters(Math.max(...columns))}${Math.max(...rows)}`,
        );
        used.isNullObject = false;
        return used;
      },
    };
  }

  private range(
    sheet: string,
    address: string,
    cells: () => Record<string, Cell>,
    enqueue: (apply: () => void, payload?: unknown) => void,
  ) {
    const loaded: { formulas?: unknown[][] } = {};
    const grid = <T>(pick: (cell: Cell | undefined) => T) =>
      cellsOf(address).map((row) => row.map((a) => pick(cells()[a])));
    const proxy: Record<string, unknown> = {
      load: () =>
        enqueue(() => {
          proxy.address = `${/^[A-Za-z_][\w.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
          // A text cell's formula comes back without its apostrophe (office-js#6687).
          loaded.formulas = grid((cell) => cell?.formula ?? cell?.value ?? "");
          proxy.values = grid((cell) => cell?.value ?? "");
          proxy.valueTypes = grid(
            (cell) => cell?.type ?? (cell === undefined ? "Empty" : "Double"),
          );
          proxy.numberFormat = grid((cell) => cell?.numberFormat ?? "General");
        }),
      select: () => enqueue(() => this.selected.push(`${sheet}!${address}`)),
      getSpillingToRangeOrNullObject: () => {
        const spill = this.spills.get(`${sheet}!${address}`);
        if (spill === undefined) return { isNullObject: true, load: () => undefined };
        const spilled = this.range(sheet, spill, cells, enqueue);
        spilled.isNullObject = false;
        return spilled;
      },
    };
    Object.defineProperty(proxy, "formulas", {
      configurable: true,
      get: () => loaded.formulas,
      set: (written: unknown[][]) =>
        enqueue(() => this.write(cells(), address, written), { address, grid: written }),
    });
    return proxy;
  }

  /** As Excel: a formula into a cell formatted as Text (`@`) becomes text. */
  private write(cells: Record<string, Cell>, address: string, written: unknown[][]): void {
    cellsOf(address).forEach((row, r) =>
      row.forEach((a, c) => {
        const content = written[r]?.[c];
        const old = cells[a];
        const format = old?.numberFormat ? { numberFormat: old.numberFormat } : {};
        if (content === "" || content === null || content === undefined) delete cells[a];
        else if (
          typeof content === "string" &&
          content.startsWith("=") &&
          old?.numberFormat !== "@"
        )
          cells[a] = { formula: content, value: old?.value, ...format };
        else if (typeof content === "string")
          cells[a] = { value: content.replace(/^'/, ""), type: "String", ...format };
        else cells[a] = { value: content, ...format };
      }),
    );
  }

  /** Every formula, as `Sheet!A1` → formula text. */
  formulas(): Record<string, string> {
    return Object.fromEntries(
      Object.entries(this.sheets).flatMap(([sheet, cells]) =>
        Object.entries(cells).flatMap(([address, cell]) =>
          cell.formula === undefined ? [] : [[`${sheet}!${address}`, cell.formula]],
        ),
      ),
    );
  }

  /**
   * Every formula that still names the add-in outside text constants: an oracle of its own,
   * independent of src/excel (strip "…" constants, then look for CX. or _xldudf_).
   */
  addinCells(): string[] {
    return Object.entries(this.formulas())
      .filter(([, formula]) =>
        /(^|[^\w.])(CX\.|_xldudf_)/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""')),
      )
      .map(([cell]) => cell);
  }
}
