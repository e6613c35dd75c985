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
  readonly stuck: string;
  readonly recalculate: string;
  readonly recalculated: string;
  readonly repairable: string;
  readonly repair: string;
  readonly repaired: string;
  readonly skipped: Readonly<
    Record<"text-cell" | "text-format" | "name-error" | "spill-referenced" | "protected", string>
  >;
  /** Per sheet the user protected: why it is left alone and how to include it. */
  readonly lockedSheet: Readonly<Record<"password" | "options", string>>;
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
  readonly restoring: string;
  readonly progressText: string;
  readonly done: string;
  readonly doneClean: string;
  readonly doneRemaining: string;
  readonly notes: Readonly<Record<"notes" | "comments" | "none" | "failed", string>>;
  readonly failed: string;
  readonly failedNothing: string;
  readonly failedRestored: string;
  readonly failedUnrestored: string;
  readonly failedUnprotect: string;
  readonly stoppedAtBatch: string;
  readonly stoppedAtUnprotect: string;
  readonly stoppedAtProtect: string;
  readonly stillUnprotected: string;
  readonly reprotected: string;
  readonly retryShare: string;
  readonly retryFix: string;
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
    "{count} {count:cell still depends|cells still depend} on the add-in; recipients without it see #NAME? there. Select a cell to go to it:",
  goTo: "Go to {cell}",
  more: "… and {count} more.",
  stuck:
    "{count} {count:cell shows|cells show} #NAME? although the add-in is loaded. Excel sometimes does not calculate CX formulas that were there before the add-in loaded; entering {count:it|them} again fixes that.",
  recalculate: "Recalculate {count} {count:cell|cells}",
  recalculated:
    "Done: the {count:formula|formulas} of {count} {count:cell was|cells were} entered again and {count:calculates|calculate}.",
  repairable:
    "{count} {count:cell uses|cells use} Excel's internal name for a CX function (_xldudf_…), left behind when the add-in did not load. {count:It shows|They show} #NAME? until {count:it is|they are} repaired.",
  repair: "Repair {count} {count:cell|cells}",
  repaired: "Done: {count} {count:cell uses|cells use} CX functions again.",
  skipped: {
    "text-cell":
      "{count} {count:cell holds|cells hold} text that only looks like a CX formula (typed with an apostrophe in front). {count:It is left as it is|They are left as they are}.",
    "text-format":
      "{count} {count:cell with a CX formula is|cells with CX formulas are} formatted as Text. {count:It is left as it is|They are left as they are}: Excel would store a formula written into them as text. Format {count:it|them} as General and run this again.",
    "name-error":
      "{count} {count:cell has|cells have} no ordinary Excel equivalent and {count:shows|show} #NAME?, so there is no value to keep. Recalculate {count:it|them} first (Check sharing), then make the workbook shareable.",
    "spill-referenced":
      "{count} {count:cell spills|cells spill} a table (CX.CASHFLOW) that other formulas refer to with #. {count:It is left as it is|They are left as they are}: as plain values, those references would show #REF!.",
    protected:
      "{count} {count:cell is|cells are} on sheets that were protected by someone other than the add-in. {count:It is left as it is|They are left as they are}; the other sheets are still made shareable:",
  },
  lockedSheet: {
    password:
      "{sheet} ({count} {count:cell|cells}) is protected with a password, and the add-in never unprotects a sheet with a password. To include it: Review > Unprotect Sheet, enter the password, choose Make shareable again, then protect the sheet again.",
    options:
      "{sheet} ({count} {count:cell|cells}) is protected with other settings than the add-in uses, so it was protected by hand and the add-in leaves it alone. To include it: Review > Unprotect Sheet, choose Make shareable again, then protect the sheet again.",
  },
  scan: "Make shareable…",
  scanning: "Reading the workbook…",
  nothingToDo: "Nothing to change: no cell uses the add-in.",
  previewIntro: "Nothing has been changed yet. This is what will change:",
  sheet: "Sheet",
  functionName: "Function",
  calls: "Calls",
  previewTotals:
    "{native} cells get an ordinary Excel formula. {values} cells keep the value they show now, with a note, because their function has no Excel equivalent.",
  confirm: "Rewrite {count} {count:cell|cells}",
  cancel: "Cancel",
  cancelled: "Cancelled. Nothing was changed.",
  progress: "Writing the changes",
  restoring: "Putting back what was changed",
  progressText: "Batch {done} of {total}",
  done: "Done: {native} cells now use ordinary Excel formulas and {values} cells keep their value.",
  doneClean: "No cell depends on the add-in any more.",
  doneRemaining:
    "{count} {count:cell was left as it was and still depends|cells were left as they were and still depend} on the add-in:",
  notes: {
    notes: "Each kept value has a note saying so.",
    comments: "Each kept value has a comment saying so.",
    none: "This version of Excel cannot add notes. The kept values are in: {cells}.",
    failed:
      "Excel refused the notes (a cell may have one already). The kept values are in: {cells}.",
  },
  failed: "Nothing was changed: {message}",
  failedNothing:
    "Nothing was changed. Excel stopped {where} ({message}) before any cell changed. {retry}",
  failedRestored:
    "Nothing was changed in the end. Excel stopped {where} ({message}) after {changed} cells had changed, and all of them were put back as they were. {retry}",
  failedUnrestored:
    "Excel stopped {where} ({message}). {changed} cells had changed: {restored} were put back, and {count} could not be and still hold their new content: {cells}. {retry}",
  failedUnprotect:
    "Nothing was changed. Excel refused to unprotect the sheet {sheet} ({message}): it is probably protected with a password. Trying again will not help: unprotect it yourself (Review > Unprotect Sheet), choose Make shareable again, then protect the sheet again.",
  stoppedAtBatch: "at batch {batch} of {batches}",
  stoppedAtUnprotect: "while unprotecting the sheets the add-in protected",
  stoppedAtProtect: "while protecting the sheets again",
  stillUnprotected:
    "{sheets} could not be protected again: protect it with Review > Protect Sheet.",
  reprotected:
    "{sheets} was unprotected for the rewrite and is protected again with the same settings.",
  retryShare:
    "Choose Make shareable again to finish: it rewrites only the cells that still use the add-in.",
  retryFix: "Try again.",
  noteText:
    "Service ROI: this cell used {functions}, which has no ordinary Excel equivalent. It now holds the value it showed when the workbook was made shareable and no longer recalculates.",
  autoShow: "Open this pane for colleagues who have the add-in",
  autoShowNote:
    "Saved in the workbook. This works where your organisation deploys the add-in centrally or where it was sideloaded, and not in every version of Excel. For the add-in from Microsoft Marketplace it does nothing (since March 2026). Colleagues without the add-in are not asked to install anything, and the workbook never needs this to calculate.",
  autoShowOn: "Saved: the pane opens for colleagues who have the add-in, where Excel allows it.",
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
    "{count} {count:cel hangt|cellen hangen} nog af van de invoegtoepassing; ontvangers zonder die zien daar #NAAM?. Kies een cel om erheen te gaan:",
  goTo: "Ga naar {cell}",
  more: "… en nog {count}.",
  stuck:
    "{count} {count:cel toont|cellen tonen} #NAAM?, hoewel de invoegtoepassing is geladen. Excel berekent CX-formules die er al stonden voordat de invoegtoepassing werd geladen soms niet; opnieuw invoeren verhelpt dat.",
  recalculate: "{count} {count:cel|cellen} herberekenen",
  recalculated:
    "Klaar: de {count:formule|formules} van {count} {count:cel is|cellen zijn} opnieuw ingevoerd en {count:wordt|worden} berekend.",
  repairable:
    "{count} {count:cel gebruikt|cellen gebruiken} de interne Excel-naam van een CX-functie (_xldudf_…), achtergebleven toen de invoegtoepassing niet werd geladen. {count:Die toont|Ze tonen} #NAAM? totdat {count:die is|ze zijn} hersteld.",
  repair: "{count} {count:cel|cellen} herstellen",
  repaired: "Klaar: {count} {count:cel gebruikt|cellen gebruiken} weer CX-functies.",
  skipped: {
    "text-cell":
      "{count} {count:cel bevat|cellen bevatten} tekst die alleen op een CX-formule lijkt (ingetypt met een apostrof ervoor). {count:Die blijft zoals die is|Die blijven zoals ze zijn}.",
    "text-format":
      "{count} {count:cel met een CX-formule heeft|cellen met CX-formules hebben} de opmaak Tekst. {count:Die blijft zoals die is|Die blijven zoals ze zijn}: Excel zou een formule in zo'n cel als tekst opslaan. Geef {count:die|ze} de opmaak Standaard en voer dit opnieuw uit.",
    "name-error":
      "{count} {count:cel heeft|cellen hebben} geen gewone Excel-formule als equivalent en {count:toont|tonen} #NAAM?, dus er is geen waarde om te bewaren. Herbereken {count:die|ze} eerst (Delen controleren) en maak de werkmap daarna deelbaar.",
    "spill-referenced":
      "{count} {count:cel geeft|cellen geven} een overlopende tabel (CX.KASSTROOM) waarnaar andere formules met # verwijzen. {count:Die blijft zoals die is|Die blijven zoals ze zijn}: als vaste waarden zouden die verwijzingen #VERW! tonen.",
    protected:
      "{count} {count:cel staat|cellen staan} op bladen die niet door de invoegtoepassing zijn beveiligd. {count:Die blijft zoals die is|Die blijven zoals ze zijn}; de andere bladen worden wel deelbaar gemaakt:",
  },
  lockedSheet: {
    password:
      "{sheet} ({count} {count:cel|cellen}) is beveiligd met een wachtwoord, en de invoegtoepassing heft nooit de beveiliging van een blad met een wachtwoord op. Om het mee te nemen: Controleren > Beveiliging blad opheffen, voer het wachtwoord in, kies opnieuw Deelbaar maken en beveilig het blad daarna weer.",
    options:
      "{sheet} ({count} {count:cel|cellen}) is beveiligd met andere instellingen dan de invoegtoepassing gebruikt, dus met de hand, en blijft daarom ongemoeid. Om het mee te nemen: Controleren > Beveiliging blad opheffen, kies opnieuw Deelbaar maken en beveilig het blad daarna weer.",
  },
  scan: "Deelbaar maken…",
  scanning: "De werkmap wordt gelezen…",
  nothingToDo: "Niets te wijzigen: geen enkele cel gebruikt de invoegtoepassing.",
  previewIntro: "Er is nog niets gewijzigd. Dit gaat er veranderen:",
  sheet: "Blad",
  functionName: "Functie",
  calls: "Aanroepen",
  previewTotals:
    "{native} cellen krijgen een gewone Excel-formule. {values} cellen houden de waarde die ze nu tonen, met een notitie, omdat hun functie geen Excel-equivalent heeft.",
  confirm: "{count} {count:cel|cellen} herschrijven",
  cancel: "Annuleren",
  cancelled: "Geannuleerd. Er is niets gewijzigd.",
  progress: "De wijzigingen worden geschreven",
  restoring: "De wijzigingen worden teruggezet",
  progressText: "Deel {done} van {total}",
  done: "Klaar: {native} cellen gebruiken nu gewone Excel-formules en {values} cellen houden hun waarde.",
  doneClean: "Geen enkele cel hangt nog af van de invoegtoepassing.",
  doneRemaining:
    "{count} {count:cel is ongewijzigd gebleven en hangt|cellen zijn ongewijzigd gebleven en hangen} nog af van de invoegtoepassing:",
  notes: {
    notes: "Bij elke vastgezette waarde staat een notitie die dat uitlegt.",
    comments: "Bij elke vastgezette waarde staat een opmerking die dat uitlegt.",
    none: "Deze versie van Excel kan geen notities toevoegen. De vastgezette waarden staan in: {cells}.",
    failed:
      "Excel weigerde de notities (een cel heeft er misschien al een). De vastgezette waarden staan in: {cells}.",
  },
  failed: "Er is niets gewijzigd: {message}",
  failedNothing:
    "Er is niets gewijzigd. Excel stopte {where} ({message}) voordat er een cel was gewijzigd. {retry}",
  failedRestored:
    "Per saldo is er niets gewijzigd. Excel stopte {where} ({message}) nadat {changed} cellen waren gewijzigd, en die zijn allemaal teruggezet. {retry}",
  failedUnrestored:
    "Excel stopte {where} ({message}). {changed} cellen waren gewijzigd: {restored} zijn teruggezet, en {count} konden niet worden teruggezet en bevatten nog de nieuwe inhoud: {cells}. {retry}",
  failedUnprotect:
    "Er is niets gewijzigd. Excel weigerde de beveiliging van het blad {sheet} op te heffen ({message}): het is waarschijnlijk beveiligd met een wachtwoord. Opnieuw proberen helpt niet: hef de beveiliging zelf op (Controleren > Beveiliging blad opheffen), kies opnieuw Deelbaar maken en beveilig het blad daarna weer.",
  stoppedAtBatch: "bij deel {batch} van {batches}",
  stoppedAtUnprotect:
    "bij het opheffen van de beveiliging van de bladen die de invoegtoepassing had beveiligd",
  stoppedAtProtect: "bij het opnieuw beveiligen van de bladen",
  stillUnprotected:
    "{sheets} kon niet opnieuw worden beveiligd: beveilig het via Controleren > Blad beveiligen.",
  reprotected:
    "{sheets} is voor het herschrijven onbeveiligd en daarna opnieuw beveiligd met dezelfde instellingen.",
  retryShare:
    "Kies opnieuw Deelbaar maken om het af te ronden: alleen de cellen die de invoegtoepassing nog gebruiken, worden dan herschreven.",
  retryFix: "Probeer het opnieuw.",
  noteText:
    "Service ROI: deze cel gebruikte {functions}, waarvoor geen gewone Excel-formule bestaat. Ze bevat nu de waarde die ze toonde toen de werkmap deelbaar werd gemaakt en rekent niet meer mee.",
  autoShow: "Dit venster openen voor collega's die de invoegtoepassing hebben",
  autoShowNote:
    "Wordt in de werkmap opgeslagen. Dit werkt als uw organisatie de invoegtoepassing centraal beschikbaar stelt of als die via sideloading is toegevoegd, en niet in elke Excel-versie. Voor de invoegtoepassing uit Microsoft Marketplace doet het niets (sinds maart 2026). Collega's zonder de invoegtoepassing hoeven niets te installeren, en de werkmap rekent ook zonder deze instelling.",
  autoShowOn:
    "Opgeslagen: het venster opent voor collega's die de invoegtoepassing hebben, waar Excel dat toestaat.",
  autoShowOff: "Opgeslagen: het venster opent niet meer vanzelf.",
  autoShowFailed: "De instelling kon niet worden opgeslagen.",
  autoShowUnavailable: "Deze versie van Excel biedt geen documentinstellingen.",
};

export const SHARING_TEXT: Readonly<Record<Lang, SharingText>> = { en: EN, nl: NL };
