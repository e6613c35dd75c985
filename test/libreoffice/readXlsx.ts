/**
 * Reads the cached values of every cell of an .xlsx (as LibreOffice writes them after it has
 * recalculated): numbers, text, booleans and error codes, per sheet. ECMA-376 Part 1 §18.3.1.4
 * (c, with t = n | s | str | inlineStr | b | e) and §18.4 (shared strings).
 */
import { unzip } from "./zip";

export interface CellError {
  /** The error as the file stores it: "#N/A", "#DIV/0!", "#VALUE!", … */
  readonly error: string;
}
export type CellValue = number | string | boolean | CellError;
/** Sheet name → A1 address → value; cells without a value are absent. */
export type WorkbookValues = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_all, entity: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? "";
  });
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** The text of all <t> runs inside one string item (plain or rich text). */
function textRuns(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => unescapeXml(m[1] ?? ""))
    .join("");
}

function sharedStrings(files: ReadonlyMap<string, Buffer>): string[] {
  const xml = files.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1] ?? ""));
}

/** Sheet name → path of its part, through the workbook's relationships. */
function sheetParts(files: ReadonlyMap<string, Buffer>): Map<string, string> {
  const workbook = files.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = files.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s([^>]*)\/?>/g)) {
    const id = attribute(m[1] ?? "", "Id");
    const target = attribute(m[1] ?? "", "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\s([^>]*)\/?>/g)) {
    const name = attribute(m[1] ?? "", "name");
    const id = attribute(m[1] ?? "", "r:id");
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

function cellValue(type: string | undefined, body: string, strings: string[]): CellValue | null {
  if (type === "inlineStr") return textRuns(body);
  const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  const text = unescapeXml(raw);
  switch (type) {
    case "s":
      return strings[Number(text)] ?? "";
    case "str":
      return text;
    case "b":
      return text === "1";
    case "e":
      return { error: text };
    default:
      return Number(text);
  }
}

/** Every cached value in the workbook. */
export function readXlsxValues(archive: Buffer): WorkbookValues {
  const files = unzip(archive);
  const strings = sharedStrings(files);
  const book = new Map<string, Map<string, CellValue>>();
  for (const [name, part] of sheetParts(files)) {
    const xml = files.get(part)?.toString("utf8") ?? "";
    const cells = new Map<string, CellValue>();
    for (const m of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = m[1] ?? "";
      const address = attribute(attributes, "r");
      const value = cellValue(attribute(attributes, "t"), m[2] ?? "", strings);
      if (address !== undefined && value !== null) cells.set(address, value);
    }
    book.set(name, cells);
  }
  return book;
}
