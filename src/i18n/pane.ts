/**
 * What the task pane wizard says, in English and Dutch. Sheet words (input labels, units, result
 * labels, scenario names) live in template.ts and are shared with the sheet, so the pane and the
 * sheet it builds use the same words.
 */
import type { Lang } from "./language";

export interface PaneText {
  readonly appTitle: string;
  readonly intro: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<Lang, string>>;
  readonly progress: string;
  readonly stepOf: string;
  readonly steps: readonly [string, string, string, string];
  readonly back: string;
  readonly next: string;
  readonly templateLegend: string;
  readonly templates: Readonly<Record<"digital" | "reachability", { name: string; about: string }>>;
  readonly settings: string;
  readonly preset: string;
  readonly presetNote: string;
  readonly horizon: string;
  readonly horizonNote: string;
  readonly formulaMode: string;
  readonly native: string;
  readonly nativeNote: string;
  readonly addin: string;
  readonly addinNote: string;
  readonly figures: string;
  readonly percentHint: string;
  readonly yes: string;
  readonly notNumber: string;
  /** "3.000" in English: {typed}, {large} (3000) and {small} (3). */
  readonly ambiguousGrouping: string;
  /** "0,5" in English: {fixed} is the text with the language's decimal sign. */
  readonly decimalSign: string;
  /** After leaving a field whose reading differs from the text: {value}. */
  readonly readAs: string;
  readonly fixFirst: string;
  readonly liveHeadline: string;
  readonly reviewNote: string;
  readonly articleNote: string;
  readonly result: string;
  readonly convention: string;
  readonly reviewCaption: string;
  readonly scenariosCaption: string;
  readonly sections: string;
  readonly protect: string;
  readonly protectNote: string;
  readonly skipped: Readonly<Record<"pageLayout" | "protection", string>>;
  readonly value: string;
  readonly months: string;
  readonly createIntro: string;
  readonly sheetName: string;
  readonly create: string;
  readonly creating: string;
  readonly needsExcel: string;
  readonly needsExcelNote: string;
  readonly created: string;
  readonly failed: string;
  readonly previewBanner: string;
  readonly previewHeading: string;
  readonly previewNote: string;
  readonly previewRow: string;
  readonly previewGap: string;
}

const EN: PaneText = {
  appTitle: "Service ROI",
  intro:
    "Build the business case for digital customer service or 24/7 reachability: enter your figures, check the result, and get a ready model sheet.",
  language: "Language",
  languageNames: { en: "English", nl: "Nederlands" },
  progress: "Progress",
  stepOf: "Step {step} of 4",
  steps: ["Choose a template", "Enter your figures", "Review the results", "Create the sheet"],
  back: "Back",
  next: "Next",
  templateLegend: "Which business case?",
  templates: {
    digital: {
      name: "Digital customer service",
      about:
        "Chatbot, voice bot or omnichannel: savings on agent contacts and extra revenue against set-up and running costs.",
    },
    reachability: {
      name: "24/7 reachability",
      about:
        "Reachable outside office hours: revenue, retained customers and savings against 24/7 technology, compared with staffing the off-hours.",
    },
  },
  settings: "Scenario and settings",
  preset: "Start from",
  presetNote:
    "Fills in the fields below. Any field you change afterwards counts as your figure. The sheet derives the conservative and optimistic scenarios from your figures.",
  horizon: "Horizon",
  horizonNote: "How far ahead the sheet calculates; Forrester TEI uses 36 months.",
  formulaMode: "Formulas in the sheet",
  native: "Plain Excel formulas",
  nativeNote: "Works for everyone you share the file with, also without the add-in.",
  addin: "CX add-in functions",
  addinNote: "Shorter formulas; recipients need the Service ROI add-in.",
  figures: "Your figures",
  percentHint: "Percentages: type 40 or 40% for 40%.",
  yes: "Yes",
  notNumber: "This is not a number.",
  ambiguousGrouping:
    "“{typed}” could mean {large} or {small}. Type {large} without the dot, or {small}.",
  decimalSign: "Use a decimal point: type {fixed}.",
  readAs: "Read as {value}.",
  fixFirst: "Correct the marked fields first ({count}). Nothing has been written.",
  liveHeadline: "Live result",
  reviewNote:
    "Computed by the same model as the sheet, in the same order. The headline figures are risk-adjusted and discounted (Forrester TEI); the article method is shown for reference.",
  articleNote:
    "Article example: the row “ROI, article method” gives the article's own figure. The headline figures follow the model's conventions (discounting, a horizon, customer value earned over the customer's lifetime rather than at once), so they can tell a different story.",
  result: "Result",
  convention: "Convention",
  reviewCaption: "The decision, as the sheet's summary shows it",
  scenariosCaption: "Scenarios side by side",
  sections: "Sections",
  protect: "Protect the formulas (no password)",
  protectNote:
    "Your figures (yellow), the scenario and the horizon stay editable. To change a formula: Review → Unprotect Sheet.",
  skipped: {
    pageLayout:
      "This version of Excel cannot set up printing from an add-in: set the print area yourself if you need it.",
    protection:
      "This version of Excel cannot protect the sheet from an add-in: the sheet is not protected.",
  },
  value: "Value",
  months: "{months} months",
  createIntro:
    "Creates a new sheet: the decision on top, what drives it, the scenarios side by side, your figures, the calculation, the cash flows by year and by month, and two charts. Existing sheets are never changed.",
  sheetName: "New sheet",
  create: "Create sheet",
  creating: "Creating the sheet…",
  needsExcel: "Create sheet (needs Excel)",
  needsExcelNote:
    "This page is open outside Excel, so it cannot create a sheet. Open the Service ROI add-in in Excel; below is a preview of the sheet it would build.",
  created: "Created the sheet “{sheet}”. It is now the active sheet.",
  failed: "The sheet could not be created: {message}",
  previewBanner:
    "Preview: opened outside Excel. You can try the wizard; creating the sheet needs Excel.",
  previewHeading: "Preview of the sheet",
  previewNote: "The first {rows} rows and the results, as formulas. Excel calculates them.",
  previewRow: "Row",
  previewGap: "…",
};

const NL: PaneText = {
  appTitle: "Service ROI",
  intro:
    "Bouw de business case voor digitale klantenservice of 24/7-bereikbaarheid: vul uw cijfers in, bekijk de uitkomst en u krijgt een kant-en-klaar modelblad.",
  language: "Taal",
  languageNames: { en: "English", nl: "Nederlands" },
  progress: "Voortgang",
  stepOf: "Stap {step} van 4",
  steps: ["Kies een sjabloon", "Vul uw cijfers in", "Bekijk de uitkomsten", "Maak het blad"],
  back: "Vorige",
  next: "Volgende",
  templateLegend: "Welke business case?",
  templates: {
    digital: {
      name: "Digitale klantenservice",
      about:
        "Chatbot, voicebot of omnichannel: besparing op contacten met medewerkers en extra omzet tegenover inrichtings- en gebruikskosten.",
    },
    reachability: {
      name: "24/7-bereikbaarheid",
      about:
        "Bereikbaar buiten kantoortijd: omzet, behouden klanten en besparingen tegenover 24/7-technologie, vergeleken met personeel buiten kantoortijd.",
    },
  },
  settings: "Scenario en instellingen",
  preset: "Uitgaan van",
  presetNote:
    "Vult de velden hieronder in. Een veld dat u daarna wijzigt, telt als uw eigen cijfer. Het blad leidt het voorzichtige en het optimistische scenario af van uw cijfers.",
  horizon: "Horizon",
  horizonNote: "Hoe ver vooruit het blad rekent; Forrester TEI gebruikt 36 maanden.",
  formulaMode: "Formules in het blad",
  native: "Gewone Excel-formules",
  nativeNote: "Werkt voor iedereen met wie u het bestand deelt, ook zonder de invoegtoepassing.",
  addin: "CX-functies van de invoegtoepassing",
  addinNote: "Kortere formules; ontvangers hebben de invoegtoepassing Service ROI nodig.",
  figures: "Uw cijfers",
  percentHint: "Percentages: typ 40 of 40% voor 40%. Decimalen met een komma: 0,5.",
  yes: "Ja",
  notNumber: "Dit is geen getal.",
  ambiguousGrouping:
    "“{typed}” kan {large} of {small} betekenen. Typ {large} zonder komma, of {small}.",
  decimalSign: "Gebruik een komma voor decimalen: typ {fixed}.",
  readAs: "Gelezen als {value}.",
  fixFirst: "Verbeter eerst de gemarkeerde velden ({count}). Er is niets geschreven.",
  liveHeadline: "Uitkomst",
  reviewNote:
    "Berekend met hetzelfde model als het blad, in dezelfde volgorde. De kerncijfers zijn voor risico gecorrigeerd en verdisconteerd (Forrester TEI); de methode van het artikel staat ter vergelijking.",
  articleNote:
    "Voorbeeld uit het artikel: de regel ‘ROI volgens de methode van het artikel’ geeft het cijfer uit het artikel. De kerncijfers volgen de grondslagen van het model (verdiscontering, een horizon, klantwaarde verdiend over de looptijd van de klantrelatie in plaats van in één keer) en kunnen dus een ander beeld geven.",
  result: "Uitkomst",
  convention: "Grondslag",
  reviewCaption: "Het besluit, zoals in de samenvatting op het blad",
  scenariosCaption: "Scenario's naast elkaar",
  sections: "Onderdelen",
  protect: "Formules beveiligen (zonder wachtwoord)",
  protectNote:
    "Uw cijfers (geel), het scenario en de horizon blijven bewerkbaar. Een formule wijzigen: Controleren → Beveiliging blad opheffen.",
  skipped: {
    pageLayout:
      "Deze versie van Excel laat een invoegtoepassing het afdrukken niet instellen: stel het afdrukbereik zo nodig zelf in.",
    protection:
      "Deze versie van Excel laat een invoegtoepassing het blad niet beveiligen: het blad is niet beveiligd.",
  },
  value: "Waarde",
  months: "{months} maanden",
  createIntro:
    "Maakt een nieuw blad: het besluit bovenaan, wat het bepaalt, de scenario's naast elkaar, uw cijfers, de berekening, de kasstromen per jaar en per maand, en twee grafieken. Bestaande bladen worden nooit gewijzigd.",
  sheetName: "Nieuw blad",
  create: "Blad maken",
  creating: "Het blad wordt gemaakt…",
  needsExcel: "Blad maken (alleen in Excel)",
  needsExcelNote:
    "Deze pagina is buiten Excel geopend en kan dus geen blad maken. Open de invoegtoepassing Service ROI in Excel; hieronder ziet u een voorbeeld van het blad.",
  created: "Het blad “{sheet}” is gemaakt en is nu het actieve blad.",
  failed: "Het blad kon niet worden gemaakt: {message}",
  previewBanner:
    "Voorbeeld: buiten Excel geopend. U kunt de wizard uitproberen; het blad maken kan alleen in Excel.",
  previewHeading: "Voorbeeld van het blad",
  previewNote: "De eerste {rows} rijen en de uitkomsten, als formules. Excel rekent ze uit.",
  previewRow: "Rij",
  previewGap: "…",
};

export const PANE_TEXT: Readonly<Record<Lang, PaneText>> = { en: EN, nl: NL };
