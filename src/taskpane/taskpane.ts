/*
 * The task pane's entry point. The wizard renders at once in the browser's language as a preview;
 * when office.js reports Excel, it switches to Office's display language and can create sheets.
 * Without Office (a plain browser, or the CDN script failed to load) the preview stays.
 * The sharing section sits below the wizard and follows its language; its code is a chunk of its
 * own (webpack's import(): sharing.js), fetched after the wizard is on screen, so the script the
 * first step needs stays small (bench/budgets.json).
 */
import { functionNames } from "../catalog/describe";
import { DUTCH } from "../excel/dutch";
import { localizeFormula } from "../excel/localize";
import { langFromLocale } from "../i18n/language";
import { readSelectedCells } from "./contactLog/selection";
import { Wizard } from "./wizard";
import { freeSheetName, writeTemplate } from "./writer";

/** Whether the host has ExcelApi `version`; false where Office cannot tell. */
function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** Page layout needs ExcelApi 1.9, protection 1.2 (Microsoft's requirement-set tables). */
function features(protect: boolean) {
  return { pageLayout: supports("1.9"), protection: protect && supports("1.2") };
}

/**
 * Some non-English Excel builds refuse CX formulas through Range.formulas (office-js#6614); the
 * writer then retries once with Range.formulasLocal. Dutch Excel gets its own formula language;
 * other languages keep the single English attempt.
 */
function localizer(): ((formula: string) => string) | undefined {
  const display = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  if (display === undefined || langFromLocale(display) !== "nl") return undefined;
  const addinNames = functionNames("nl");
  return (formula) => localizeFormula(formula, DUTCH, { addinNames });
}

/** The name a new sheet would get: one read of the sheet names. */
async function nameSheet(preferred: string): Promise<string | null> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return freeSheetName(
      preferred,
      sheets.items.map((sheet) => sheet.name),
    );
  });
}

/** The sharing section, loaded as its own chunk and placed after the wizard. */
async function sharingPanel(root: HTMLElement) {
  const [{ SharingPanel }, { capabilities }] = await Promise.all([
    import(/* webpackChunkName: "sharing" */ "./sharing/panel"),
    import(/* webpackChunkName: "sharing" */ "./sharing/read"),
  ]);
  const sharing = new SharingPanel({ run: (batch) => Excel.run(batch), capabilities });
  // Inside <main>, after the wizard: one padded column for both (taskpane.html).
  root.after(sharing.element);
  return sharing;
}

const root = document.getElementById("app");
if (root !== null) {
  const sharing = sharingPanel(root);
  const wizard = new Wizard(
    root,
    langFromLocale(navigator.language),
    false,
    (spec, protect) =>
      writeTemplate(spec, (batch) => Excel.run(batch), {
        features: features(protect),
        protect,
        localize: localizer(),
      }),
    (lang, excel) => void sharing.then((panel) => panel.setHost(excel, lang)),
    nameSheet,
    () => readSelectedCells((batch) => Excel.run(batch)),
  );
  wizard.render();
  // Without office.js the host is known at once: a preview. With it, Office.onReady tells; the
  // preview banner waits for that, so Excel's pane never first says it is outside Excel.
  if (typeof Office === "undefined") wizard.setHost(false, langFromLocale(navigator.language));
  else {
    Office.onReady()
      .then((info) => {
        const excel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
        wizard.setHost(
          excel,
          langFromLocale(Office.context?.displayLanguage ?? navigator.language),
        );
      })
      .catch(() => wizard.setHost(false, langFromLocale(navigator.language)));
  }
}
