export * from "./spec";
export * from "./buildTemplate";
export { nameOf } from "./formulas";
