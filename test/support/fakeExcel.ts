/**
 * A small, honest fake of the Excel JS API surface the template writer uses. As in real Excel,
 * proxies only queue commands; `context.sync()` applies them in order, and a failing command stops
 * the batch with everything before it applied. Commands are named as Excel names them
 * (`Range.formulas`, `WorksheetCollection.add`, `ChartSeries.setValues` …); the name doubles as
 * `debugInfo.errorLocation` and as the key for `failOn`.
 *
 * Failure injection: `failOn(command)` makes that command throw when applied;
 * `failOnSync(n, applied)` makes the n-th sync apply only its first `applied` commands (default:
 * half the queue) and then throw, like a request Excel carried out partly.
 *
 * Cells, number formats, fonts, fills and borders are modelled per cell; names, table names and
 * sheet names are checked for uniqueness as Excel does (case-insensitively). Charts, validation and
 * frozen panes are recorded as assigned (methods as their argument lists), not interpreted.
 */
export class FakeExcelError extends Error {
  readonly debugInfo: { errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation: string,
  ) {
    super(message);
    this.debugInfo = { errorLocation };
  }
}

type Record_ = Record<string, unknown>;
function fail(code: string, message: string, location: string): never {
  throw new FakeExcelError(code, message, location);
}
type Side = "top" | "bottom" | "left" | "right";
export interface FakeCell {
  content?: unknown;
  /** Set when the content came in through formulasLocal (the Dutch fallback). */
  local?: boolean;
  numberFormat?: unknown;
  /** false when unlocked for editing under sheet protection. */
  locked?: unknown;
  font: Record_;
  fill?: unknown;
  borders: Partial<Record<Side, Record_>>;
}
export interface FakeChart extends Record_ {
  series: Record_[];
  title: Record_;
  legend: Record_;
}
export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  names: Map<string, { address: unknown; comment?: string }>;
  validations: Map<string, Record_>;
  charts: FakeChart[];
  columnWidths: Map<string, unknown>;
  freezePanes: Record_;
  pageLayout: Record_;
  pageBreaks: unknown[];
  protection: Record_;
}
export interface FakeTable extends Record_ {
  sheet: string;
  name: string;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly workbookNames: string[];
  activeSheet: string | undefined;
  syncCount = 0;
  /** Every command applied, in order, with the number of the sync that carried it. */
  readonly applied: { op: string; sync: number }[] = [];
  private readonly failingOps = new Set<string>();
  private failingSync: { n: number; applied?: number } | undefined;

  constructor(init: { sheets?: Record<string, Record_>; workbookNames?: string[] }) {
    for (const [name, contents] of Object.entries(init.sheets ?? {})) {
      const sheet = this.addSheet(name);
      for (const [address, content] of Object.entries(contents)) {
        cellOf(sheet, address).content = content;
      }
    }
    this.workbookNames = init.workbookNames ?? [];
    this.activeSheet = this.sheets[0]?.name;
  }

  failOn(op: string): void {
    this.failingOps.add(op);
  }
  failOnSync(n: number, applied?: number): void {
    this.failingSync = { n, applied };
  }

  /** Stands in for `Excel.run`: a fresh context; commands still queued are synced at the end. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length > 0) await context.sync();
    return result;
  };

  execute(queue: readonly { op: string; apply: () => void }[]): void {
    const sync = (this.syncCount += 1);
    const failing = this.failingSync?.n === sync ? this.failingSync : undefined;
    const cut = failing ? (failing.applied ?? Math.floor(queue.length / 2)) : Infinity;
    queue.forEach(({ op, apply }, index) => {
      if (index === cut) fail("GeneralException", `Sync ${sync} failed`, op);
      if (this.failingOps.has(op)) fail("InvalidArgument", `${op} failed`, op);
      apply();
      this.applied.push({ op, sync });
    });
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }
  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (sheet) return sheet;
    return fail("ItemNotFound", `No sheet ${name}`, "WorksheetCollection.getItem");
  }
  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) {
      fail("ItemAlreadyExists", `${name} exists`, "WorksheetCollection.add");
    }
    const sheet: FakeSheet = {
      ...{ name, cells: new Map(), names: new Map(), validations: new Map() },
      ...{ charts: [], columnWidths: new Map(), freezePanes: {} },
      ...{ pageLayout: {}, pageBreaks: [], protection: {} },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** The whole workbook as plain data, for before/after comparisons. */
  snapshot(): unknown {
    const state = { sheets: this.sheets, tables: this.tables, active: this.activeSheet };
    const json = JSON.stringify(state, (_key, value: unknown) =>
      value instanceof Map ? Object.fromEntries(value as Map<string, unknown>) : value,
    );
    return JSON.parse(json) as unknown;
  }
}

class FakeContext {
  queue: { op: string; apply: () => void }[] = [];
  readonly workbook: Record_;
  constructor(readonly excel: FakeExcel) {
    const worksheets = loadable(this, "WorksheetCollection", () => excel.sheets);
    this.workbook = {
      worksheets: Object.assign(worksheets, {
        add: (name: string) => {
          this.enqueue("WorksheetCollection.add", () => excel.addSheet(name));
          return new FakeWorksheet(this, name);
        },
        getItemOrNullObject: (name: string) => new FakeWorksheet(this, name),
      }),
      tables: loadable(this, "TableCollection", () => excel.tables),
      names: loadable(this, "NamedItemCollection", () =>
        excel.workbookNames.map((name) => ({ name })),
      ),
    };
  }
  enqueue(op: string, apply: () => void): void {
    this.queue.push({ op, apply });
  }
  sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    return Promise.resolve().then(() => this.excel.execute(queue));
  }
}

/** A collection whose `items` (names only) can be read only after `load` and a sync. */
function loadable(context: FakeContext, owner: string, list: () => { name: string }[]) {
  let items: { name: string }[] | undefined;
  return {
    load: (_what: string) =>
      context.enqueue(`${owner}.load`, () => (items = list().map(({ name }) => ({ name })))),
    get items() {
      if (items === undefined) throw new Error(`${owner}.items read before load() and sync()`);
      return items;
    },
  };
}

const RANGE = Symbol("range address");

/**
 * A proxy that queues every property assignment and method call as the command
 * `${owner}.${member}`; applying it calls `apply(member, value or argument list)`. `children` are
 * navigations (`range.format`), read at once without a command.
 */
function recorder(
  context: FakeContext,
  owner: string,
  apply: (member: string, value: unknown) => void,
  children: Record<string | symbol, unknown> = {},
): Record_ {
  const queue = (member: string, value: unknown) =>
    context.enqueue(`${owner}.${member}`, () => apply(member, value));
  return new Proxy(children, {
    get: (own, member) => {
      if (member in own) return own[member];
      return typeof member === "string"
        ? (...args: unknown[]) => queue(member, args.map(plain))
        : undefined;
    },
    set: (_own, member, value) => {
      if (typeof member === "string") queue(member, plain(value));
      return true;
    },
  });
}

/** A fake range stands for its address in recorded state. */
function plain(value: unknown): unknown {
  return (value as { [RANGE]?: string } | null | undefined)?.[RANGE] ?? value;
}

const setOn = (target: Record_) => (member: string, value: unknown) => (target[member] = value);

class FakeWorksheet {
  private exists: boolean | undefined;
  readonly freezePanes: Record_;
  constructor(
    readonly context: FakeContext,
    readonly name: string,
  ) {
    this.freezePanes = recorder(context, "WorksheetFreezePanes", (member, value) =>
      setOn(this.sheet.freezePanes)(member, value),
    );
  }
  get sheet(): FakeSheet {
    return this.context.excel.sheet(this.name);
  }
  get isNullObject(): boolean {
    if (this.exists === undefined) throw new Error("isNullObject read before sync()");
    return !this.exists;
  }
  load(_what: string): void {
    const find = () => (this.exists = this.context.excel.findSheet(this.name) !== undefined);
    this.context.enqueue("Worksheet.load", find);
  }
  getRange(address: string): Record_ {
    return fakeRange(this, address);
  }
  readonly names = {
    add: (name: string, reference: unknown, comment?: string) =>
      this.context.enqueue("NamedItemCollection.add", () => {
        const names = this.sheet.names;
        if ([...names.keys()].some((taken) => sameName(taken, name))) {
          fail("ItemAlreadyExists", `${name} exists`, "NamedItemCollection.add");
        }
        names.set(name, { address: plain(reference), comment });
      }),
  };
  readonly tables = {
    add: (range: unknown, hasHeaders: boolean) => {
      const { excel } = this.context;
      const address = String(plain(range));
      const table: FakeTable = { sheet: this.name, name: "", range: address, hasHeaders };
      this.context.enqueue("TableCollection.add", () => {
        table.name = `Table${excel.tables.length + 1}`;
        excel.tables.push(table);
      });
      const setName = (name: string) => {
        const taken = [...excel.tables.filter((t) => t !== table), ...excel.workbookNames];
        if (taken.some((other) => sameName(typeof other === "string" ? other : other.name, name))) {
          fail("ItemAlreadyExists", `Table ${name} exists`, "Table.name");
        }
        table.name = name;
      };
      const { r0, c0, c1 } = parseRange(address);
      return recorder(
        this.context,
        "Table",
        (member, value) =>
          member === "name" ? setName(String(value)) : setOn(table)(member, value),
        { getHeaderRowRange: () => this.getRange(`${letters(c0)}${r0}:${letters(c1)}${r0}`) },
      );
    },
  };
  readonly charts = {
    add: (type: string, source: unknown, seriesBy?: string) => {
      const first: Record_ = {};
      const chart: FakeChart = {
        type,
        source: plain(source),
        seriesBy,
        series: [first],
        title: {},
        legend: {},
      };
      this.context.enqueue("ChartCollection.add", () => this.sheet.charts.push(chart));
      const seriesRecorder = (target: Record_) =>
        recorder(this.context, "ChartSeries", setOn(target));
      return recorder(this.context, "Chart", setOn(chart), {
        series: {
          getItemAt: () => seriesRecorder(first),
          add: (name: string) => {
            const added: Record_ = {};
            this.context.enqueue("ChartSeriesCollection.add", () => {
              added.name = name;
              chart.series.push(added);
            });
            return seriesRecorder(added);
          },
        },
        title: recorder(this.context, "ChartTitle", setOn(chart.title)),
        legend: recorder(this.context, "ChartLegend", setOn(chart.legend)),
      });
    },
  };
  get pageLayout(): Record_ {
    const layout = () => this.sheet.pageLayout;
    const headersFooters = {
      defaultForAllPages: recorder(this.context, "HeaderFooter", (member, value) =>
        setOn(layout())(`defaultForAllPages.${member}`, value),
      ),
    };
    return recorder(this.context, "PageLayout", (member, value) => setOn(layout())(member, value), {
      headersFooters,
    });
  }
  get horizontalPageBreaks(): Record_ {
    return recorder(this.context, "PageBreakCollection", (_member, args) =>
      this.sheet.pageBreaks.push(...(args as unknown[])),
    );
  }
  get protection(): Record_ {
    return recorder(this.context, "WorksheetProtection", (member, value) =>
      setOn(this.sheet.protection)(member, value),
    );
  }
  activate(): void {
    const { excel } = this.context;
    this.context.enqueue("Worksheet.activate", () => (excel.activeSheet = this.sheet.name));
  }
  delete(): void {
    this.context.enqueue("Worksheet.delete", () => {
      const { excel } = this.context;
      const sheet = this.sheet;
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      const kept = excel.tables.filter((table) => table.sheet !== sheet.name);
      excel.tables.splice(0, excel.tables.length, ...kept);
      if (excel.activeSheet === sheet.name) excel.activeSheet = excel.sheets[0]?.name;
    });
  }
}

function fakeRange(worksheet: FakeWorksheet, address: string): Record_ {
  const { context } = worksheet;
  const bounds = parseRange(address);
  const { r0, r1, c0, c1 } = bounds;
  const eachCell = (change: (cell: FakeCell, row: number, column: number) => void) => {
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) change(cellOf(worksheet.sheet, `${letters(c)}${r}`), r, c);
    }
  };
  const writeGrid = (member: string, values: unknown) => {
    const rows = values as unknown[][];
    if (rows.length !== r1 - r0 + 1 || rows.some((row) => row.length !== c1 - c0 + 1)) {
      fail("InvalidArgument", `Array does not fit ${address}`, `Range.${member}`);
    }
    eachCell((cell, r, c) => {
      const value = rows[r - r0]?.[c - c0];
      if (value === null) return; // null leaves the cell as it is
      if (member === "numberFormat") cell.numberFormat = value;
      else {
        cell.content = value;
        cell.local = member === "formulasLocal";
      }
    });
  };
  const font = recorder(context, "RangeFont", (member, value) =>
    eachCell((cell) => (cell.font[member] = value)),
  );
  const fill = recorder(context, "RangeFill", (_member, color) =>
    eachCell((cell) => (cell.fill = color)),
  );
  const borders = {
    getItem: (edge: string) =>
      recorder(context, "RangeBorder", (member, value) =>
        eachCell((cell, r, c) => {
          for (const side of bordered(edge, r, c, bounds)) {
            cell.borders[side] = { ...cell.borders[side], [member]: value };
          }
        }),
      ),
  };
  const protection = recorder(context, "FormatProtection", (member, value) => {
    if (member !== "locked") throw new Error(`FormatProtection.${member} is not faked`);
    eachCell((cell) => (cell.locked = value));
  });
  const format = recorder(
    context,
    "RangeFormat",
    (member, width) => {
      if (member !== "columnWidth") throw new Error(`RangeFormat.${member} is not faked`);
      for (let c = c0; c <= c1; c++) worksheet.sheet.columnWidths.set(letters(c), width);
    },
    { font, fill, borders, protection },
  );
  const dataValidation = recorder(context, "DataValidation", (member, value) => {
    const validations = worksheet.sheet.validations;
    validations.set(address, { ...validations.get(address), [member]: value });
  });
  return recorder(
    context,
    "Range",
    (member, value) => {
      if (!["formulas", "formulasLocal", "values", "numberFormat"].includes(member)) {
        throw new Error(`Range.${member} is not faked`);
      }
      writeGrid(member, value);
    },
    { [RANGE]: address, format, dataValidation },
  );
}

/** The sides of cell (r, c) that an Edge* or Inside* border of the range draws. */
function bordered(edge: string, r: number, c: number, b: ReturnType<typeof parseRange>): Side[] {
  const sides: [boolean, Side][] = {
    EdgeTop: [[r === b.r0, "top"]],
    EdgeBottom: [[r === b.r1, "bottom"]],
    EdgeLeft: [[c === b.c0, "left"]],
    EdgeRight: [[c === b.c1, "right"]],
    InsideHorizontal: [
      [r > b.r0, "top"],
      [r < b.r1, "bottom"],
    ],
    InsideVertical: [
      [c > b.c0, "left"],
      [c < b.c1, "right"],
    ],
  }[edge] as [boolean, Side][];
  return sides.filter(([drawn]) => drawn).map(([, side]) => side);
}

function cellOf(sheet: FakeSheet, address: string): FakeCell {
  let cell = sheet.cells.get(address);
  if (cell === undefined) sheet.cells.set(address, (cell = { font: {}, borders: {} }));
  return cell;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "B7", "A14:E50" or a whole column "C:C" (row 0: whole columns are not expanded). */
export function parseRange(address: string): { r0: number; r1: number; c0: number; c1: number } {
  const [first = "", last = first] = address.replace(/\$/g, "").split(":");
  const part = (ref: string) => {
    const match = /^([A-Z]+)(\d*)$/i.exec(ref);
    if (match === null) {
      fail("InvalidArgument", `Bad address ${address}`, "Worksheet.getRange");
    }
    const letters = [...(match[1] ?? "").toUpperCase()];
    const column = letters.reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    return { row: Number(match[2] || 0), column };
  };
  const [a, b] = [part(first), part(last)];
  return { r0: a.row, r1: b.row, c0: a.column, c1: b.column };
}

function letters(column: number): string {
  if (column <= 0) return "";
  return letters(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));
}
