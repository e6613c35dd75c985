/**
 * Sheet protection as the sharing tools see it. Excel refuses to change locked cells on a
 * protected sheet, and the wizard protects its sheet by default (formulas locked, inputs editable,
 * no password). A sheet protected that way, by the add-in, is unprotected for a rewrite and
 * protected again with the same options; a sheet the user protected (a password, or options the
 * add-in never sets) is left alone and reported.
 *
 * Excel's API (Excel.WorksheetProtection, ExcelApi 1.2): `protected` and `options` can be read;
 * `protect(options, password)` "fails if the worksheet has already been protected";
 * `unprotect(password)` (password from ExcelApi 1.7). Whether a password is set can be read only
 * where ExcelApiOnline 1.1 is supported (`isPasswordProtected`); elsewhere an unprotect without
 * the password fails (as Worksheet.Unprotect does without its password), and the rewrite stops
 * before any cell changed. learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
 */

/** Excel.WorksheetProtectionOptions as plain data: `allow…` flags and `selectionMode`. */
export type ProtectionOptions = Readonly<Record<string, boolean | string | undefined>>;

/** The options the wizard protects its sheets with (and nothing else allowed), no password. */
export const ADDIN_PROTECTION = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
} as const satisfies ProtectionOptions;

/** One sheet's protection as read; `passwordProtected` undefined where Excel cannot tell. */
export interface SheetProtection {
  readonly protected: boolean;
  readonly options: ProtectionOptions;
  readonly passwordProtected?: boolean;
}

/** Why a protected sheet is left alone: it has a password, or options the add-in never sets. */
export type ProtectedBy = "password" | "options";

/** `undefined`: not protected, or protected by the add-in (the rewrite may unprotect it). */
export function protectedByUser(protection: SheetProtection | undefined): ProtectedBy | undefined {
  if (protection === undefined || !protection.protected) return undefined;
  if (protection.passwordProtected === true) return "password";
  return isAddinProtection(protection.options) ? undefined : "options";
}

/**
 * The add-in's options: each of ADDIN_PROTECTION's flags on, no other `allow…` flag on, and
 * selection as by default (locked and unlocked cells).
 */
export function isAddinProtection(options: ProtectionOptions): boolean {
  const ours: ProtectionOptions = ADDIN_PROTECTION;
  const keys: ProtectionOptions = { ...options, ...ours };
  return Object.entries(keys).every(([key, value]) => {
    if (key === "selectionMode") return value === undefined || value === "Normal";
    if (!key.startsWith("allow")) return true;
    return ours[key] === true ? options[key] === true : value !== true;
  });
}

/** A sheet to unprotect for a rewrite, and the options to protect it with again. */
export interface Unlock {
  readonly sheet: string;
  readonly options: ProtectionOptions;
}

/** The add-in-protected sheets among those of `cells`, once each, in order. */
export function unlocksFor(
  protections: Readonly<Record<string, SheetProtection>>,
  cells: readonly { readonly sheet: string }[],
): Unlock[] {
  const sheets = [...new Set(cells.map((cell) => cell.sheet))];
  return sheets.flatMap((sheet) => {
    const protection = protections[sheet];
    return protection?.protected === true && protectedByUser(protection) === undefined
      ? [{ sheet, options: protection.options }]
      : [];
  });
}
