/** The model sheet's lines, declared once each with typed ids (see each file). */
export * from "./calc";
export * from "./engine";
export * from "./names";
export * from "./staffing";
export * from "./tei";
