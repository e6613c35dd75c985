/*
 * The task pane's entry point. The wizard renders at once in the browser's language as a preview;
 * when office.js reports Excel, it switches to Office's display language and can create sheets.
 * Without Office (a plain browser, or the CDN script failed to load) the preview stays.
 */
import { langFromLocale } from "../i18n/language";
import { Wizard } from "./wizard";
import { writeTemplate } from "./writer";

const root = document.getElementById("app");
if (root !== null) {
  const wizard = new Wizard(root, langFromLocale(navigator.language), false, (spec) =>
    writeTemplate(spec),
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
