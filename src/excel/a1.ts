/**
 * A1 addresses and quoting as Excel writes them: column letters, cells, ranges, sheet-qualified
 * references and text constants. The one home of this knowledge in the add-in. Columns and rows
 * are 1-based, as Excel numbers them (A = 1, row 1 = 1); code that counts columns from 0 calls
 * `columnLetters(index + 1)`.
 */

/** Excel's last column (XFD) and row, for telling a cell address from a name. */
export const MAX_COLUMN = 16384;
export const MAX_ROW = 1048576;

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export interface RangePosition {
  readonly start: CellPosition;
  readonly end: CellPosition;
}

/**
 * Column letters of a 1-based column index.
 * @example columnLetters(1) // "A"; columnLetters(28) // "AB"; columnLetters(16384) // "XFD"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`Not a column: ${column}`);
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The 1-based index of column letters, any case.
 * @example columnIndex("A") // 1; columnIndex("ab") // 28
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new RangeError(`Not column letters: "${letters}"`);
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;

/** The cell an address such as `B3` or `$B$3` names, or `null` when it names none. */
export function tryParseCell(address: string): CellPosition | null {
  const match = CELL.exec(address);
  if (match === null) return null;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]);
  return column <= MAX_COLUMN && row <= MAX_ROW ? { row, column } : null;
}

/**
 * The cell an address names; throws on anything else (an API misuse, not user data).
 * @example parseCell("$B$3") // { row: 3, column: 2 }
 */
export function parseCell(address: string): CellPosition {
  const cell = tryParseCell(address);
  if (cell === null) throw new RangeError(`Not a cell address: "${address}"`);
  return cell;
}

/**
 * A cell's address, relative (`B3`) or absolute (`$B$3`).
 * @example cellAddress({ row: 3, column: 2 }) // "B3"
 */
export function cellAddress(cell: CellPosition, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(cell.column)}${dollar}${cell.row}`;
}

/**
 * The rectangle a local address such as `B3` or `$B$3:D9` names (corners in any order, no sheet),
 * or `null` when it names none (a name, a whole row or column, three corners).
 */
export function tryParseRange(address: string): RangePosition | null {
  const [first = "", second = first, extra] = address.split(":");
  if (extra !== undefined) return null;
  const a = tryParseCell(first);
  const b = tryParseCell(second);
  if (a === null || b === null) return null;
  return {
    start: { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) },
    end: { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) },
  };
}

/**
 * The rectangle a local address names; throws on anything else (an API misuse, not user data).
 * @example parseRange("B3:D9") // { start: { row: 3, column: 2 }, end: { row: 9, column: 4 } }
 */
export function parseRange(address: string): RangePosition {
  const range = tryParseRange(address);
  if (range === null) throw new RangeError(`Not a range address: "${address}"`);
  return range;
}

/**
 * A rectangle's address: one cell as `B3`, more as `B3:D9`.
 * @example rangeAddress({ start: { row: 3, column: 2 }, end: { row: 9, column: 4 } }) // "B3:D9"
 */
export function rangeAddress(range: RangePosition, absolute = false): string {
  const start = cellAddress(range.start, absolute);
  const same = range.start.row === range.end.row && range.start.column === range.end.column;
  return same ? start : `${start}:${cellAddress(range.end, absolute)}`;
}

/** Rows and columns of a rectangle. */
export function rangeSize(range: RangePosition): { rows: number; columns: number } {
  return {
    rows: range.end.row - range.start.row + 1,
    columns: range.end.column - range.start.column + 1,
  };
}

/** Letters, digits, `_` and `.`, starting with a letter or `_`: Excel writes such names bare. */
const BARE_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** Names Excel would read as a reference in A1 or R1C1 style, or as a logical value. */
const LOOKS_LIKE_REFERENCE = [
  /^[A-Za-z]{1,3}\d+$/, // A1, XFD1048576 (and beyond: quoting too often is harmless)
  /^[Rr]\d*([Cc]\d*)?$/, // R, R1, RC, R1C1
  /^[Cc]\d*$/, // C, C3
  /^(TRUE|FALSE)$/i,
];

/**
 * Whether a sheet name must be quoted in a reference. Excel quotes names with spaces or
 * punctuation, names that start with a digit, and names that read as a cell (`A1`), an R1C1
 * reference (`R1C1`, `RC`, `C3`) or a logical value. Quoting a name that did not need it is
 * still valid, so anything in doubt is quoted.
 */
export function sheetNeedsQuotes(sheet: string): boolean {
  return !BARE_SHEET.test(sheet) || LOOKS_LIKE_REFERENCE.some((pattern) => pattern.test(sheet));
}

/**
 * A sheet name as a reference writes it: bare, or in apostrophes with each apostrophe doubled.
 * @example quoteSheet("Model") // "Model"; quoteSheet("Bob's data") // "'Bob''s data'"
 */
export function quoteSheet(sheet: string): string {
  return sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/**
 * The one way to qualify a local address with its sheet.
 * @example qualify("Bob's data", "A1") // "'Bob''s data'!A1"; qualify("Model", "B3:D9") // "Model!B3:D9"
 */
export function qualify(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/**
 * A possibly sheet-qualified address split into its sheet (unquoted, `undefined` when there is
 * none) and its local part: the inverse of `qualify`.
 * @example splitQualified("'Bob''s data'!A1") // { sheet: "Bob's data", local: "A1" }
 */
export function splitQualified(address: string): { sheet: string | undefined; local: string } {
  const quoted = /^'((?:[^']|'')*)'!(.*)$/s.exec(address);
  if (quoted !== null)
    return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), local: quoted[2] ?? "" };
  const bang = address.lastIndexOf("!");
  return bang < 0
    ? { sheet: undefined, local: address }
    : { sheet: address.slice(0, bang), local: address.slice(bang + 1) };
}

/**
 * Text as a formula constant: in double quotes, each quote doubled.
 * @example quoteText('not within "36" months') // '"not within ""36"" months"'
 */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
