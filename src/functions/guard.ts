/*
 * Imported first by functions.ts, so it runs before anything else in the functions bundle.
 * custom-functions-metadata-plugin's loader appends `CustomFunctions.associate("ROI", roi)` and
 * friends to the end of functions.ts (node_modules/custom-functions-metadata-plugin/lib/loader.js).
 * Outside Excel's custom-functions runtime (the pane opened in a browser as a preview, a page
 * without office.js) there is no `CustomFunctions` global, and those calls threw
 * "CustomFunctions is not defined" on every load. Where the runtime is absent, registration
 * becomes a no-op; inside Excel the real object is left untouched.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: (): void => undefined };
}

export {};
