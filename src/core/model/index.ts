/** The business-case model behind both templates: inputs, scenarios, lines, flows, results, drivers. */
export * from "./inputs";
export * from "./examples";
export * from "./scenarios";
export * from "./lines";
export * from "./flows";
export * from "./staffing";
export * from "./businessCase";
export * from "./drivers";
