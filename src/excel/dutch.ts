/**
 * Dutch Excel's formula language (nl-NL), as `Range.formulasLocal` reads and writes it.
 *
 * Function names: Microsoft's Dutch function reference, "Excel-functies (alfabetisch)"
 * (https://support.microsoft.com/nl-NL/Excel/excel-functions-alphabetical) and the function pages
 * it links (ALS.NB, VERGELIJKEN, AFRONDEN.BOVEN, AFRONDEN.NAAR.BOVEN, REST …). Every function the
 * templates and native forms use is here; a formula with a function missing from this table is
 * refused by localizeFormula rather than written with an English name Dutch Excel would not know.
 *
 * Separators: with the decimal comma, Excel uses `;` between arguments (and for the union
 * operator), `;` between the rows of an array constant and `\` between its columns
 * (`{1\2;3\4}`); Google Sheets documents the same rule for comma locales. Error values are
 * localized too (#N/B for #N/A).
 */
import type { FormulaLocale } from "./localize";

/** English name → Dutch name. */
const FUNCTIONS: Readonly<Record<string, string>> = {
  ABS: "ABS",
  AND: "EN",
  AVERAGE: "GEMIDDELDE",
  CEILING: "AFRONDEN.BOVEN",
  "CEILING.MATH": "AFRONDEN.BOVEN.WISK",
  CHOOSE: "KIEZEN",
  COLUMN: "KOLOM",
  COLUMNS: "KOLOMMEN",
  COUNT: "AANTAL",
  COUNTA: "AANTALARG",
  COUNTBLANK: "AANTAL.LEGE.CELLEN",
  COUNTIF: "AANTAL.ALS",
  DATE: "DATUM",
  EXP: "EXP",
  FALSE: "ONWAAR",
  FLOOR: "AFRONDEN.BENEDEN",
  FV: "TW",
  HLOOKUP: "HORIZ.ZOEKEN",
  IF: "ALS",
  IFERROR: "ALS.FOUT",
  IFNA: "ALS.NB",
  INDEX: "INDEX",
  INT: "INTEGER",
  IRR: "IR",
  ISBLANK: "ISLEEG",
  ISERROR: "ISFOUT",
  ISNA: "ISNB",
  ISNUMBER: "ISGETAL",
  LN: "LN",
  MATCH: "VERGELIJKEN",
  MAX: "MAX",
  MEDIAN: "MEDIAAN",
  MIN: "MIN",
  MOD: "REST",
  N: "N",
  NA: "NB",
  NOT: "NIET",
  NPER: "NPER",
  NPV: "NHW",
  OR: "OF",
  PMT: "BET",
  MMULT: "PRODUCTMAT",
  POWER: "MACHT",
  PRODUCT: "PRODUCT",
  PV: "HW",
  RATE: "RENTE",
  ROUND: "AFRONDEN",
  ROUNDDOWN: "AFRONDEN.NAAR.BENEDEN",
  ROUNDUP: "AFRONDEN.NAAR.BOVEN",
  ROW: "RIJ",
  ROWS: "RIJEN",
  SEQUENCE: "REEKS",
  SQRT: "WORTEL",
  SUM: "SOM",
  SUMIF: "SOM.ALS",
  SUMIFS: "SOMMEN.ALS",
  SUMPRODUCT: "SOMPRODUCT",
  TRANSPOSE: "TRANSPONEREN",
  TRUE: "WAAR",
  VLOOKUP: "VERT.ZOEKEN",
};

export const DUTCH: FormulaLocale = {
  name: "nl-NL",
  functions: FUNCTIONS,
  logical: { TRUE: "WAAR", FALSE: "ONWAAR" },
  errors: {
    "#NULL!": "#LEEG!",
    "#DIV/0!": "#DEEL/0!",
    "#VALUE!": "#WAARDE!",
    "#REF!": "#VERW!",
    "#NAME?": "#NAAM?",
    "#NUM!": "#GETAL!",
    "#N/A": "#N/B",
  },
  argumentSeparator: ";",
  decimalSeparator: ",",
  arrayColumnSeparator: "\\",
  arrayRowSeparator: ";",
};
