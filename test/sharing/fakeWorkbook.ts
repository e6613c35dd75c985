/**
 * A node fake of the Excel API surface the sharing tools use, with several sheets: worksheets
 * (load items, getItem), used ranges (address, formulas, values, valueTypes, numberFormat), defined
 * names (workbook and sheet scope), Range.formulas writes, spilled ranges, notes (1.18) and
 * comments (1.10), select, and sheet protection (ExcelApi 1.2). As in Excel, proxies only queue
 * commands and context.sync() applies them; a sync can be made to fail after applying some of its
 * commands, as a real request that Excel carried out partly. Every sync is counted with its
 * payload in bytes.
 *
 * Protection as Excel documents it (Excel.WorksheetProtection): every cell is locked unless
 * unlocked; a protected sheet refuses writes to locked cells and new notes; protect() fails on a
 * protected sheet; unprotect() without the right password fails on a sheet with one, and does
 * nothing on an unprotected sheet; `isPasswordProtected` loads only where the fake says the host
 * has it (ExcelApiOnline 1.1). Text written through Range.formulas is read as Excel reads an entry:
 * `=`, `+`, `-`, `@` start a formula, a number is a number, a leading apostrophe keeps text.
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
  /** false: unlocked, editable on a protected sheet (Excel locks every cell by default). */
  locked?: boolean;
}
export interface FakeProtection {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
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

/** The fake's `Sheet!A1` as Excel qualifies it: quoted, apostrophes doubled, where needed. */
export function qualified(cell: string): string {
  const [, sheet = "", address = ""] = /^(.*)!([A-Z]+\d+)$/.exec(cell) ?? [];
  return /^[A-Za-z_][\w.]*$/.test(sheet) ? cell : `'${sheet.replace(/'/g, "''")}'!${address}`;
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

  /** Sheet name → its protection; a sheet not listed is not protected. */
  readonly protection: Record<string, FakeProtection> = {};
  /** Whether `isPasswordProtected` can be loaded (ExcelApiOnline 1.1, Excel on the web). */
  passwordApi = false;
  /** `Sheet!A1` of every cell a write actually changed, in order (for asserting true counts). */
  readonly changedCells: string[] = [];
  /** changedCells as they were when the first sync failed: what the failed attempt changed. */
  changedAtFailure: string[] | undefined;

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
    return Promise.resolve()
      .then(() => {
        commands.forEach((command, i) => {
          if (i === cut)
            throw Object.assign(new Error(`sync ${this.syncs} failed`), {
              code: "GeneralException",
            });
          command.apply();
        });
        if (cut !== undefined && cut >= commands.length)
          throw Object.assign(new Error(`sync ${this.syncs} failed`), { code: "GeneralException" });
      })
      .catch((error: unknown) => {
        this.changedAtFailure ??= [...this.changedCells];
        throw error;
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
      protection: this.protectionOf(name, enqueue),
      names: this.nameCollection(enqueue, () => this.names.sheets[name] ?? []),
      notes: {
        add: (address: string, text: string) =>
          enqueue(() => {
            if (this.protection[name]?.protected) throw refused(`${name} is protected`);
            this.notes.push({ sheet: name, address, text });
          }, text),
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
    // As in Excel, load() returns the object it loads.
    const load = proxy.load as () => void;
    proxy.load = () => {
      load();
      return proxy;
    };
    Object.defineProperty(proxy, "formulas", {
      configurable: true,
      get: () => loaded.formulas,
      set: (written: unknown[][]) =>
        enqueue(() => this.write(sheet, cells(), address, written), { address, grid: written }),
    });
    return proxy;
  }

  private protectionOf(name: string, enqueue: (apply: () => void, payload?: unknown) => void) {
    const state = () => this.protection[name] ?? { protected: false, options: {} };
    const proxy: Record<string, unknown> = {
      load: (fields: string) => {
        enqueue(() => {
          if (fields.includes("isPasswordProtected") && !this.passwordApi)
            throw Object.assign(new Error("isPasswordProtected"), { code: "ApiNotFound" });
          proxy.protected = state().protected;
          proxy.options = { ...state().options };
          proxy.isPasswordProtected = state().password !== undefined;
        });
        return proxy;
      },
      protect: (options: Record<string, unknown> = {}, password?: string) =>
        enqueue(() => {
          if (state().protected) throw refused(`${name} is protected already`);
          this.protection[name] = { protected: true, options: { ...options }, password };
        }, options),
      unprotect: (password?: string) =>
        enqueue(() => {
          const now = state();
          if (!now.protected) return;
          if (now.password !== undefined && password !== now.password)
            throw Object.assign(new Error("The password is incorrect."), {
              code: "InvalidArgument",
            });
          this.protection[name] = { protected: false, options: now.options };
        }),
    };
    return proxy;
  }

  /**
   * As Excel: a protected sheet refuses the whole write if one cell is locked; a formula into a
   * cell formatted as Text (`@`) becomes text; other text is read as an entry (entryOf).
   */
  private write(
    sheet: string,
    cells: Record<string, Cell>,
    address: string,
    written: unknown[][],
  ): void {
    const targets = cellsOf(address);
    if (this.protection[sheet]?.protected) {
      const locked = targets.flat().find((a) => cells[a]?.locked !== false);
      if (locked !== undefined)
        throw refused(`the sheet "${sheet}" is protected: ${locked} is locked`);
    }
    targets.forEach((row, r) =>
      row.forEach((a, c) => {
        const old = cells[a];
        const next = entryOf(written[r]?.[c], old);
        if (JSON.stringify(next) !== JSON.stringify(old)) this.changedCells.push(`${sheet}!${a}`);
        if (next === undefined) delete cells[a];
        else cells[a] = next;
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

function refused(why: string): Error {
  return Object.assign(new Error(`You cannot perform the requested operation. (${why})`), {
    code: "AccessDenied",
  });
}

/**
 * What a cell holds after `content` is written through Range.formulas, as Excel reads an entry:
 * a leading apostrophe keeps the rest as text; `=` starts a formula (text in a cell formatted as
 * Text); `+`, `-`, `@` start one too (a plain number after `+`/`-` is that number); text that is a
 * number becomes the number. Number format and lock stay with the cell.
 */
function entryOf(content: unknown, old: Cell | undefined): Cell | undefined {
  const keep = {
    ...(old?.numberFormat ? { numberFormat: old.numberFormat } : {}),
    ...(old?.locked === false ? { locked: false } : {}),
  };
  if (content === "" || content === null || content === undefined)
    return Object.keys(keep).length > 0 ? { value: undefined, ...keep } : undefined;
  if (typeof content !== "string") return { value: content, ...keep };
  const text = old?.numberFormat === "@";
  if (content.startsWith("'")) return { value: content.slice(1), type: "String", ...keep };
  if (text) return { value: content, type: "String", ...keep };
  if (/^[+-]?\d+(\.\d+)?$/.test(content.trim())) return { value: Number(content), ...keep };
  if (/^[=+\-@]/.test(content))
    return {
      formula: content.startsWith("=") ? content : `=${content.replace(/^[+@]/, "")}`,
      value: old?.value,
      ...keep,
    };
  return { value: content, type: "String", ...keep };
}
