/**
 * A tiny .xlsx writer for recomputation tests: numbers, text, booleans and formulas (Excel's A1
 * English syntax, no cached values) on one or more sheets, with workbook and sheet-scoped defined
 * names. Just the parts ECMA-376 Part 1 requires (§12.2 package structure): content types, the
 * workbook with its relationships, one worksheet part per sheet and a minimal style sheet.
 * `fullCalcOnLoad` (§18.2.2 calcPr) asks the reader to recalculate everything on load.
 */
import { zip } from "./zip";

/** A cell formula in Excel's A1 English syntax, with or without the leading "=". */
export interface FormulaCell {
  readonly formula: string;
}
export type CellInput = number | string | boolean | FormulaCell;

export interface DefinedName {
  readonly name: string;
  /** What the name refers to, e.g. `Model!$B$7` or `'Bob''s data'!$A$1:$A$9`. */
  readonly refersTo: string;
}

export interface SheetInput {
  readonly name: string;
  /** A1 address → content. */
  readonly cells: Readonly<Record<string, CellInput>>;
  /** Names visible on this sheet only (localSheetId). */
  readonly names?: readonly DefinedName[];
}

export interface WorkbookInput {
  readonly sheets: readonly SheetInput[];
  readonly names?: readonly DefinedName[];
}

/**
 * Functions added to Excel after the 2007 file format are stored with the `_xlfn.` prefix
 * ([MS-XLSX] 2.2.2 "Formulas", future functions); readers (LibreOffice included) look for it.
 * Only the ones this project's formulas may use; extend as needed.
 */
const FUTURE_FUNCTIONS = [
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "XMATCH",
  "SEQUENCE",
  "LET",
  "CEILING.MATH",
  "FLOOR.MATH",
  "AGGREGATE",
  "STDEV.S",
  "NETWORKDAYS.INTL",
];
const FUTURE_CALL = new RegExp(
  `(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "gi",
);

/** XML text content and attribute values: the five predefined entities (XML 1.0 §2.4). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A formula as stored in the file: no "=", future functions prefixed, string literals untouched. */
export function storedFormula(formula: string): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  // Split on string literals ("…" with "" inside) so a literal never gets a prefix.
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE_CALL, "_xlfn.$1(")))
    .join("");
}

/** "AB12" → 0-based column and 1-based row. */
export function splitAddress(address: string): { column: number; row: number } {
  const match = /^([A-Z]{1,3})([1-9]\d*)$/.exec(address);
  if (!match) throw new Error(`not an A1 cell address: ${address}`);
  const letters = match[1] ?? "";
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return { column: column - 1, row: Number(match[2]) };
}

function cellXml(address: string, content: CellInput): string {
  if (typeof content === "number") {
    if (!Number.isFinite(content)) throw new Error(`${address}: ${content} is not a cell value`);
    return `<c r="${address}"><v>${content}</v></c>`;
  }
  if (typeof content === "boolean") return `<c r="${address}" t="b"><v>${content ? 1 : 0}</v></c>`;
  if (typeof content === "string") {
    return `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(content)}</t></is></c>`;
  }
  return `<c r="${address}"><f>${escapeXml(storedFormula(content.formula))}</f></c>`;
}

function sheetXml(sheet: SheetInput): string {
  const rows = new Map<number, { column: number; xml: string }[]>();
  for (const [address, content] of Object.entries(sheet.cells)) {
    const { column, row } = splitAddress(address);
    const cells = rows.get(row) ?? [];
    cells.push({ column, xml: cellXml(address, content) });
    rows.set(row, cells);
  }
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => {
      const xml = cells.sort((a, b) => a.column - b.column).map((cell) => cell.xml);
      return `<row r="${row}">${xml.join("")}</row>`;
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

function definedNameXml(name: DefinedName, sheetIndex?: number): string {
  const scope = sheetIndex === undefined ? "" : ` localSheetId="${sheetIndex}"`;
  return `<definedName name="${escapeXml(name.name)}"${scope}>${escapeXml(name.refersTo)}</definedName>`;
}

function workbookXml(book: WorkbookInput): string {
  const sheets = book.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const names = [
    ...(book.names ?? []).map((n) => definedNameXml(n)),
    ...book.sheets.flatMap((s, i) => (s.names ?? []).map((n) => definedNameXml(n, i))),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets>${sheets}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    `<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
  );
}

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
  `<borders count="1"><border/></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `</styleSheet>`;

/**
 * The workbook as .xlsx bytes.
 *
 * @example writeXlsx({ sheets: [{ name: "S", cells: { A1: 2, A2: { formula: "=A1*3" } } }] })
 */
export function writeXlsx(book: WorkbookInput): Buffer {
  if (book.sheets.length === 0) throw new Error("a workbook needs a sheet");
  const files = new Map<string, string>();
  const sheetTypes = book.sheets
    .map(
      (_s, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${MAIN}.worksheet+xml"/>`,
    )
    .join("");
  files.set(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${MAIN}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${MAIN}.styles+xml"/>` +
      `${sheetTypes}</Types>`,
  );
  files.set(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>` +
      `</Relationships>`,
  );
  files.set("xl/workbook.xml", workbookXml(book));
  const sheetRels = book.sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  files.set(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="${PACKAGE_RELS}">${sheetRels}` +
      `<Relationship Id="rId${book.sheets.length + 1}" Type="${RELS}/styles" Target="styles.xml"/>` +
      `</Relationships>`,
  );
  files.set("xl/styles.xml", STYLES);
  book.sheets.forEach((sheet, i) => files.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)));
  return zip(files);
}
