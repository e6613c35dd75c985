/** The calculation core: pure, no Excel, no DOM. Everything a user sees is computed here once. */
export * from "./errors";
export * from "./args";
export * from "./result";
export * from "./cashflow";
export * from "./costs";
export * from "./benefits";
export * from "./afterHours";
export * from "./contactLog";
export * from "./holidays";
export * from "./discounting";
export * from "./roi";
export * from "./verdict";
export * from "./defaults";
export { finiteOrError } from "./numbers";
export * from "./irr";
export * from "./model";
