/**
 * What the wizard's "Use my contact log" section says (24/7 template, step 2), in English and
 * business Dutch. `{name}` placeholders are filled by the pane (dom.ts `format`).
 */
import type { Lang } from "./language";

/** Why a value of the log was not counted: the core's reasons, and an Excel error cell. */
export type RejectWord =
  "unreadable" | "impossible" | "outOfRange" | "dateOnly" | "dutchDate" | "excelError";

/** Why the selection could not be read or counted. */
export type LogProblem =
  "multipleAreas" | "tooLarge" | "empty" | "noTimestamps" | "timeZone" | "excel" | "pasteEmpty";

export interface ContactLogText {
  readonly heading: string;
  readonly intro: string;
  readonly options: string;
  readonly timeZone: string;
  readonly timeZoneNote: string;
  readonly dutchDates: string;
  readonly dutchDatesNote: string;
  readonly holidaysApart: string;
  readonly holidaysApartNote: string;
  readonly useSelection: string;
  readonly needsExcel: string;
  readonly paste: string;
  readonly pasteNote: string;
  readonly readPaste: string;
  readonly readingSelection: string;
  readonly reading: string;
  readonly problems: Readonly<Record<LogProblem, string>>;
  readonly resultsHeading: string;
  readonly fromSelection: string;
  readonly fromPaste: string;
  readonly rejectedCount: string;
  readonly headerSkipped: string;
  readonly period: string;
  readonly share: string;
  readonly hoursMissing: string;
  readonly hoursBackwards: string;
  readonly onHolidays: string;
  readonly heatCaption: string;
  readonly hour: string;
  readonly legend: string;
  readonly legendOpen: string;
  readonly busiestHeading: string;
  readonly busiestItem: string;
  readonly busiestNone: string;
  readonly rejectedHeading: string;
  readonly rejectedCaption: string;
  readonly rejectedCaptionAll: string;
  readonly row: string;
  readonly line: string;
  readonly text: string;
  readonly reason: string;
  readonly reasons: Readonly<Record<RejectWord, string>>;
  readonly use: string;
  readonly useNote: string;
  readonly inUse: string;
  readonly inUseNoGrid: string;
  readonly earlierInUse: string;
  readonly used: string;
  /** The share field's note while its share comes from the log (instead of "example value"). */
  readonly shareNote: string;
  readonly shareError: string;
  readonly days: readonly string[];
  readonly daysShort: readonly string[];
  readonly openDays: Readonly<Record<"none" | "one" | "range" | "all", string>>;
}

const EN: ContactLogText = {
  heading: "Use my contact log",
  intro:
    "Count when your customers really make contact: select the column of date-times in your workbook (a header may be included), or paste it. The share outside your opening hours then comes from your own log instead of an estimate.",
  options: "How to read the log",
  timeZone: "Time zone",
  timeZoneNote:
    "Times with an offset (…+01:00 or …Z) are shown in this zone, summer time included. Excel date-times and times without an offset are taken as written.",
  dutchDates: "Dates written day first (14-03-2026)",
  dutchDatesNote: "Off: such dates are listed as not read, so a month-first export is not misread.",
  holidaysApart: "Count public holidays separately",
  holidaysApartNote:
    "Contacts on Dutch public holidays (the law's list) count as outside opening hours, whatever the hour.",
  useSelection: "Use the selected cells",
  needsExcel: "Reading the selection needs Excel; here, paste the column instead.",
  paste: "Paste a column",
  pasteNote: "One date-time a line, e.g. 2026-03-14T21:07:00+01:00 or 14-03-2026 21:07.",
  readPaste: "Read the pasted column",
  readingSelection: "Reading the selection…",
  reading: "Counting {count} {count:cell|cells}…",
  problems: {
    multipleAreas: "Select one block of cells (the column of date-times), not several.",
    tooLarge:
      "Too many cells for one read by Excel on the web: select fewer rows, or paste the column.",
    empty: "The selection is empty: select the column of date-times first.",
    noTimestamps:
      "Nothing here reads as a date and time: use Excel date-time cells or ISO 8601 text (2026-03-14T21:07:00+01:00).",
    timeZone: "Unknown time zone: use a name such as Europe/Amsterdam.",
    excel: "Excel could not read the selection: {message}",
    pasteEmpty: "Paste the column of date-times first.",
  },
  resultsHeading: "What your log shows",
  fromSelection: "{used} {used:contact|contacts} read from {address}.",
  fromPaste: "{used} {used:contact|contacts} read from the pasted column.",
  rejectedCount: "{count} {count:value|values} could not be read.",
  headerSkipped: "Header “{header}” skipped.",
  period: "From {first} to {last} ({zone}).",
  share: "{share} of the contacts fall outside your opening hours ({hours}, {days}).",
  hoursMissing: "Fill in the opening hours (from, until, days) to see the share outside them.",
  hoursBackwards:
    "The opening hours end before they start ({from} until {until}): correct them to see the share.",
  onHolidays:
    "{count} {count:contact|contacts} on public holidays, counted as outside opening hours.",
  heatCaption: "Contacts by hour and day of the week; opening hours framed",
  hour: "Hour",
  legend: "Colour key (contacts in an hour)",
  legendOpen: "framed: open",
  busiestHeading: "Busiest hours outside opening hours",
  busiestItem: "{day} {from}–{until}: {count} {count:contact|contacts} ({share})",
  busiestNone: "None: every contact fell inside your opening hours.",
  rejectedHeading: "Values that could not be read",
  rejectedCaption: "The first {shown} of {count}",
  rejectedCaptionAll: "All {count}",
  row: "Cell",
  line: "Line",
  text: "Value",
  reason: "Why",
  reasons: {
    unreadable: "not a date and time",
    impossible: "no such date or time",
    outOfRange: "outside Excel's dates (1900–9999)",
    dateOnly: "a date without a time",
    dutchDate: "a day-first date: tick “Dates written day first”",
    excelError: "an Excel error value",
  },
  use: "Use this share ({share})",
  useNote:
    "Puts the share into “{field}” and the week grid on the sheet, which computes the share from it.",
  inUse:
    "In use: the form's share comes from this log and follows the opening hours. Type a share of your own and it replaces this one; the sheet then gets no week grid.",
  inUseNoGrid:
    "The sheet gets the share as a figure, without the week grid: the grid cannot hold the contacts counted apart on public holidays.",
  earlierInUse:
    "The form holds the share of an earlier reading of your log; use this one to replace it.",
  used: "{share} is now the share of contacts outside opening hours.",
  shareNote:
    "From your contact log: the share of its contacts outside the current opening hours, shown rounded.",
  shareError:
    "Opening hours must start before they end to compute the share from your contact log.",
  days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  daysShort: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  openDays: {
    none: "no open days",
    one: "Mondays",
    range: "Monday to {last}",
    all: "every day",
  },
};

const NL: ContactLogText = {
  heading: "Mijn contactlog gebruiken",
  intro:
    "Tel wanneer uw klanten echt contact opnemen: selecteer de kolom met datum-tijden in uw werkmap (een kop mag erbij) of plak die. Het aandeel buiten openingstijd komt dan uit uw eigen log in plaats van uit een schatting.",
  options: "Hoe de log gelezen wordt",
  timeZone: "Tijdzone",
  timeZoneNote:
    "Tijden met een UTC-afwijking (…+01:00 of …Z) worden in deze zone getoond, zomertijd inbegrepen. Datum-tijden van Excel en tijden zonder UTC-afwijking gelden zoals ze er staan.",
  dutchDates: "Datums met de dag eerst (dd-mm-jjjj)",
  dutchDatesNote:
    "Uit: zulke datums worden als onleesbaar gemeld, zodat een export met de maand voorop niet verkeerd wordt gelezen.",
  holidaysApart: "Feestdagen apart tellen",
  holidaysApartNote:
    "Contacten op Nederlandse feestdagen (de wettelijke lijst) tellen als buiten openingstijd, ongeacht het uur.",
  useSelection: "Geselecteerde cellen gebruiken",
  needsExcel: "De selectie lezen kan alleen in Excel; plak hier de kolom.",
  paste: "Een kolom plakken",
  pasteNote:
    "Eén datum-tijd per regel, bijvoorbeeld 2026-03-14T21:07:00+01:00 of 14-03-2026 21:07.",
  readPaste: "Geplakte kolom lezen",
  readingSelection: "De selectie lezen…",
  reading: "{count} {count:cel|cellen} tellen…",
  problems: {
    multipleAreas: "Selecteer één blok cellen (de kolom met datum-tijden), niet meerdere.",
    tooLarge:
      "Te veel cellen om in één keer te lezen in Excel voor het web: selecteer minder rijen of plak de kolom.",
    empty: "De selectie is leeg: selecteer eerst de kolom met datum-tijden.",
    noTimestamps:
      "Hier staat geen leesbare datum en tijd in: gebruik datum-tijdcellen van Excel of ISO 8601-tekst (2026-03-14T21:07:00+01:00).",
    timeZone: "Onbekende tijdzone: gebruik een naam zoals Europe/Amsterdam.",
    excel: "Excel kon de selectie niet lezen: {message}",
    pasteEmpty: "Plak eerst de kolom met datum-tijden.",
  },
  resultsHeading: "Wat uw log laat zien",
  fromSelection: "{used} {used:contact|contacten} gelezen uit {address}.",
  fromPaste: "{used} {used:contact|contacten} gelezen uit de geplakte kolom.",
  rejectedCount: "{count} {count:waarde kon|waarden konden} niet worden gelezen.",
  headerSkipped: "Kop ‘{header}’ overgeslagen.",
  period: "Van {first} tot {last} ({zone}).",
  share: "{share} van de contacten valt buiten uw openingstijden ({hours}, {days}).",
  hoursMissing: "Vul de openingstijden in (van, tot, dagen) om het aandeel daarbuiten te zien.",
  hoursBackwards:
    "De openingstijden eindigen voordat ze beginnen ({from} tot {until}): corrigeer ze om het aandeel te zien.",
  onHolidays: "{count} {count:contact|contacten} op feestdagen, geteld als buiten openingstijd.",
  heatCaption: "Contacten per uur en dag van de week; openingstijden omkaderd",
  hour: "Uur",
  legend: "Kleurenschaal (contacten per uur)",
  legendOpen: "omkaderd: open",
  busiestHeading: "Drukste uren buiten openingstijd",
  busiestItem: "{day} {from}–{until}: {count} {count:contact|contacten} ({share})",
  busiestNone: "Geen: elk contact viel binnen uw openingstijden.",
  rejectedHeading: "Waarden die niet gelezen konden worden",
  rejectedCaption: "De eerste {shown} van {count}",
  rejectedCaptionAll: "Alle {count}",
  row: "Cel",
  line: "Regel",
  text: "Waarde",
  reason: "Waarom",
  reasons: {
    unreadable: "geen datum en tijd",
    impossible: "die datum of tijd bestaat niet",
    outOfRange: "buiten de datums van Excel (1900–9999)",
    dateOnly: "een datum zonder tijd",
    dutchDate: "een datum met de dag eerst: vink ‘Datums met de dag eerst (dd-mm-jjjj)’ aan",
    excelError: "een foutwaarde van Excel",
  },
  use: "Dit aandeel gebruiken ({share})",
  useNote:
    "Zet het aandeel in ‘{field}’ en het weekrooster op het blad, dat het aandeel daaruit berekent.",
  inUse:
    "In gebruik: het aandeel in het formulier komt uit deze log en volgt de openingstijden. Typt u zelf een aandeel, dan vervangt dat dit aandeel; het blad krijgt dan geen weekrooster.",
  inUseNoGrid:
    "Het blad krijgt het aandeel als getal, zonder weekrooster: het rooster kan de apart getelde contacten op feestdagen niet bevatten.",
  earlierInUse:
    "Het formulier bevat het aandeel van een eerdere lezing van uw log; gebruik dit aandeel om het te vervangen.",
  used: "{share} is nu het aandeel contacten buiten openingstijd.",
  shareNote:
    "Uit uw contactlog: het aandeel van de contacten buiten de huidige openingstijden, afgerond weergegeven.",
  shareError:
    "De openingstijden moeten beginnen voordat ze eindigen om het aandeel uit uw contactlog te berekenen.",
  days: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  daysShort: ["ma", "di", "wo", "do", "vr", "za", "zo"],
  openDays: {
    none: "geen open dagen",
    one: "op maandag",
    range: "maandag tot en met {last}",
    all: "elke dag",
  },
};

export const CONTACT_LOG_TEXT: Readonly<Record<Lang, ContactLogText>> = { en: EN, nl: NL };
