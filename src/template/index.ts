export * from "./spec";
export * from "./buildTemplate";
export * from "./horizon";
export * from "./results";
export { nameOf, type NamedId } from "./lines";
