/** A contact log read into the week grid, and what the pane shows about it. */
export * from "./timestamps";
export * from "./timeZone";
export * from "./grid";
export * from "./analysis";
