/**
 * "Open for colleagues": the document setting that makes Office open this task pane when a
 * recipient who has the add-in opens the workbook (the manifest's TaskpaneId is
 * Office.AutoShowTaskpaneWithDocument). It installs nothing for anyone.
 */
export const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";

function settings(): Office.Settings | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.document?.settings;
  } catch {
    return undefined;
  }
}

/** Whether the document is tagged now; `undefined` when Office offers no document settings. */
export function autoShowEnabled(): boolean | undefined {
  const store = settings();
  return store === undefined ? undefined : store.get(AUTO_SHOW) === true;
}

/** Tags (or untags) the document and saves the setting into it. */
export function setAutoShow(enabled: boolean): Promise<boolean> {
  const store = settings();
  if (store === undefined) return Promise.resolve(false);
  if (enabled) store.set(AUTO_SHOW, true);
  else store.remove(AUTO_SHOW);
  return new Promise((resolve) =>
    store.saveAsync((result) => resolve(result.status === Office.AsyncResultStatus.Succeeded)),
  );
}
