/**
 * Reading the workbook for the sharing tools in two requests whatever its size: the sheet list and
 * the workbook's names, then every sheet's used range (formulas, shown values, value types, number
 * formats), its sheet-scoped names and its protection. Also what this Excel supports.
 */
import type { NameScopes, SheetCells, WorkbookCells } from "../../catalog/sharing/plan";
import type { SheetProtection } from "../../catalog/sharing/protection";
import { splitQualified, tryParseCell } from "../../excel";

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
  /**
   * Sheet protection as Excel reports it: `password` where `isPasswordProtected` exists
   * (ExcelApiOnline 1.1), `state` (ExcelApi 1.2: `protected` and `options`), or `none`.
   */
  readonly protection: "password" | "state" | "none";
}

export function capabilities(): Capabilities {
  const supported = (version: string, set = "ExcelApi") => {
    try {
      return Office.context.requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  const protection = supported("1.2")
    ? supported("1.1", "ExcelApiOnline")
      ? "password"
      : "state"
    : "none";
  return {
    notes: supported("1.18") ? "notes" : supported("1.10") ? "comments" : "none",
    spill: supported("1.12"),
    protection,
  };
}

/** Names that refer to exactly one cell (NamedItem.value is the address for a range name). */
function scopeOf(items: readonly Excel.NamedItem[]): Record<string, boolean> {
  return Object.fromEntries(
    items.map((item) => {
      const address = typeof item.value === "string" ? item.value.replace(/^=/, "") : "";
      const single = item.type === "Range" && tryParseCell(splitQualified(address).local) !== null;
      return [item.name.toLowerCase(), single];
    }),
  );
}

/** Every sheet's used range, protection and defined names: two syncs for any number of sheets. */
export async function readWorkbook(
  run: ExcelRun,
  protection: Capabilities["protection"] = "none",
): Promise<WorkbookCells> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const workbookNames = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    const read = sheets.items.map((sheet) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      const used = worksheet.getUsedRangeOrNullObject();
      used.load("address,formulas,values,valueTypes,numberFormat");
      return {
        name: sheet.name,
        used,
        names: worksheet.names.load("items/name,items/type,items/value"),
        guard: loadProtection(worksheet, protection),
      };
    });
    await context.sync();
    const names: NameScopes = {
      workbook: scopeOf(workbookNames.items),
      sheets: Object.fromEntries(read.map((sheet) => [sheet.name, scopeOf(sheet.names.items)])),
    };
    return {
      sheets: read.map(({ name, used, guard }) => ({
        ...cellsOf(name, used),
        ...(guard === undefined ? {} : { protection: protectionOf(guard, protection) }),
      })),
      names,
    };
  });
}

function cellsOf(name: string, used: Excel.Range): SheetCells {
  if (used.isNullObject)
    return { name, address: null, formulas: [], values: [], valueTypes: [], numberFormats: [] };
  return {
    name,
    address: used.address,
    formulas: used.formulas as unknown[][],
    values: used.values as unknown[][],
    valueTypes: used.valueTypes,
    numberFormats: used.numberFormat as unknown[][],
  };
}

/** Queues the load of a sheet's protection: `isPasswordProtected` only where it exists. */
function loadProtection(
  worksheet: Excel.Worksheet,
  mode: Capabilities["protection"],
): Excel.WorksheetProtection | undefined {
  if (mode === "none") return undefined;
  if (mode === "password")
    return worksheet.protection.load("protected,options,isPasswordProtected");
  return worksheet.protection.load("protected,options");
}

/** What was loaded of a sheet's protection; `isPasswordProtected` only where it exists. */
function protectionOf(
  protection: Excel.WorksheetProtection,
  mode: Capabilities["protection"],
): SheetProtection {
  return {
    protected: protection.protected,
    options: { ...protection.options },
    ...(mode === "password" ? { passwordProtected: protection.isPasswordProtected } : {}),
  };
}
