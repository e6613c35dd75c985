/*
 * The task pane's entry point. The wizard renders at once in the browser's language as a preview;
 * when office.js reports Excel, it switches to Office's display language and can create sheets.
 * Without Office (a plain browser, or the CDN script failed to load) the preview stays.
 * The sharing section sits below the wizard and follows its language.
 */
import { langFromLocale } from "../i18n/language";
import { SharingPanel } from "./sharing/panel";
import { capabilities } from "./sharing/workbook";
import { Wizard } from "./wizard";
import { writeTemplate } from "./writer";

const root = document.getElementById("app");
if (root !== null) {
  const sharing = new SharingPanel({ run: (batch) => Excel.run(batch), capabilities });
  root.after(sharing.element);
  const wizard = new Wizard(
    root,
    langFromLocale(navigator.language),
    false,
    (spec) => writeTemplate(spec),
    (lang, excel) => sharing.setHost(excel, lang),
  );
  wizard.render();
  if (typeof Office !== "undefined") {
    Office.onReady()
      .then((info) => {
        const excel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
        wizard.setHost(
          excel,
          langFromLocale(Office.context?.displayLanguage ?? navigator.language),
        );
      })
      .catch(() => undefined);
  }
}
