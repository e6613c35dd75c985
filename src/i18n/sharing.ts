/** What the task pane's sharing section says, in English and Dutch. */
import type { Lang } from "./language";

export interface SharingText {
  readonly heading: string;
  readonly intro: string;
  readonly needsExcel: string;
  readonly check: string;
  readonly checking: string;
  readonly clean: string;
  readonly dependent: string;
  readonly goTo: string;
  readonly more: string;
  readonly scan: string;
  readonly scanning: string;
  readonly nothingToDo: string;
  readonly previewIntro: string;
  readonly sheet: string;
  readonly functionName: string;
  readonly calls: string;
  readonly previewTotals: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly progress: string;
  readonly progressText: string;
  readonly done: string;
  readonly notes: Readonly<Record<"notes" | "comments" | "none" | "failed", string>>;
  readonly failed: string;
  readonly noteText: string;
  readonly autoShow: string;
  readonly autoShowNote: string;
  readonly autoShowOn: string;
  readonly autoShowOff: string;
  readonly autoShowFailed: string;
  readonly autoShowUnavailable: string;
}

const EN: SharingText = {
  heading: "Share this workbook",
  intro:
    "Colleagues without the Service ROI add-in see #NAME? in cells that use CX functions. Check the workbook before you send it, or make it shareable: CX formulas become ordinary Excel formulas.",
  needsExcel: "Available in Excel only.",
  check: "Check sharing",
  checking: "Checking the workbook…",
  clean: "Ready to share: no cell depends on the add-in.",
  dependent:
    "{count} cells still depend on the add-in; recipients without it see #NAME? there. Select a cell to go to it:",
  goTo: "Go to {cell}",
  more: "… and {count} more.",
  scan: "Make shareable…",
  scanning: "Reading the workbook…",
  nothingToDo: "Nothing to change: no cell uses the add-in.",
  previewIntro: "Nothing has been changed yet. This is what will change:",
  sheet: "Sheet",
  functionName: "Function",
  calls: "Calls",
  previewTotals:
    "{native} cells get an ordinary Excel formula. {values} cells keep the value they show now, with a note, because their function has no Excel equivalent.",
  confirm: "Rewrite {count} cells",
  cancel: "Cancel",
  cancelled: "Cancelled. Nothing was changed.",
  progress: "Writing the changes",
  progressText: "Batch {done} of {total}",
  done: "Done: {native} cells now use ordinary Excel formulas and {values} cells keep their value. No cell depends on the add-in any more.",
  notes: {
    notes: "Each kept value has a note saying so.",
    comments: "Each kept value has a comment saying so.",
    none: "This version of Excel cannot add notes. The kept values are in: {cells}.",
    failed:
      "Excel refused the notes (a cell may have one already). The kept values are in: {cells}.",
  },
  failed: "The workbook could not be changed: {message}",
  noteText:
    "Service ROI: this cell used {functions}, which has no ordinary Excel equivalent. It now holds the value it showed when the workbook was made shareable and no longer recalculates.",
  autoShow: "Open this pane for colleagues who have the add-in",
  autoShowNote:
    "Saved in the workbook. Colleagues without the add-in are not asked to install anything.",
  autoShowOn: "Saved: the pane opens for colleagues who have the add-in.",
  autoShowOff: "Saved: the pane no longer opens by itself.",
  autoShowFailed: "The setting could not be saved.",
  autoShowUnavailable: "This version of Excel does not offer document settings.",
};

const NL: SharingText = {
  heading: "Deze werkmap delen",
  intro:
    "Collega's zonder de invoegtoepassing Service ROI zien #NAAM? in cellen met CX-functies. Controleer de werkmap voordat u hem verstuurt, of maak hem deelbaar: CX-formules worden gewone Excel-formules.",
  needsExcel: "Alleen beschikbaar in Excel.",
  check: "Delen controleren",
  checking: "De werkmap wordt gecontroleerd…",
  clean: "Klaar om te delen: geen enkele cel hangt af van de invoegtoepassing.",
  dependent:
    "{count} cellen hangen nog af van de invoegtoepassing; ontvangers zonder die zien daar #NAAM?. Kies een cel om erheen te gaan:",
  goTo: "Ga naar {cell}",
  more: "… en nog {count}.",
  scan: "Deelbaar maken…",
  scanning: "De werkmap wordt gelezen…",
  nothingToDo: "Niets te wijzigen: geen enkele cel gebruikt de invoegtoepassing.",
  previewIntro: "Er is nog niets gewijzigd. Dit gaat er veranderen:",
  sheet: "Blad",
  functionName: "Functie",
  calls: "Aanroepen",
  previewTotals:
    "{native} cellen krijgen een gewone Excel-formule. {values} cellen houden de waarde die ze nu tonen, met een notitie, omdat hun functie geen Excel-equivalent heeft.",
  confirm: "{count} cellen herschrijven",
  cancel: "Annuleren",
  cancelled: "Geannuleerd. Er is niets gewijzigd.",
  progress: "De wijzigingen worden geschreven",
  progressText: "Deel {done} van {total}",
  done: "Klaar: {native} cellen gebruiken nu gewone Excel-formules en {values} cellen houden hun waarde. Geen enkele cel hangt nog af van de invoegtoepassing.",
  notes: {
    notes: "Bij elke vastgezette waarde staat een notitie die dat uitlegt.",
    comments: "Bij elke vastgezette waarde staat een opmerking die dat uitlegt.",
    none: "Deze versie van Excel kan geen notities toevoegen. De vastgezette waarden staan in: {cells}.",
    failed:
      "Excel weigerde de notities (een cel heeft er misschien al een). De vastgezette waarden staan in: {cells}.",
  },
  failed: "De werkmap kon niet worden gewijzigd: {message}",
  noteText:
    "Service ROI: deze cel gebruikte {functions}, waarvoor geen gewone Excel-formule bestaat. Ze bevat nu de waarde die ze toonde toen de werkmap deelbaar werd gemaakt en rekent niet meer mee.",
  autoShow: "Dit venster openen voor collega's die de invoegtoepassing hebben",
  autoShowNote:
    "Wordt in de werkmap opgeslagen. Collega's zonder de invoegtoepassing hoeven niets te installeren.",
  autoShowOn: "Opgeslagen: het venster opent voor collega's die de invoegtoepassing hebben.",
  autoShowOff: "Opgeslagen: het venster opent niet meer vanzelf.",
  autoShowFailed: "De instelling kon niet worden opgeslagen.",
  autoShowUnavailable: "Deze versie van Excel biedt geen documentinstellingen.",
};

export const SHARING_TEXT: Readonly<Record<Lang, SharingText>> = { en: EN, nl: NL };
