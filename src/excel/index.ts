/** Pure Excel formula text (design.md, layers): what the rest of the add-in imports from here. */
export * from "./a1";
export * from "./addin";
export * from "./constant";
export { describeArg, isScalar, referenceInfo, type ArgOptions, type ReferenceInfo } from "./args";
export { DUTCH } from "./dutch";
export * from "./localize";
export type { CallArg, NativeForm } from "./nativeForm";
export * from "./rewrite";
export { ENGLISH, FormulaSyntaxError, parse, print, solid, walk } from "./tree";
export type { ArrayNode, CallNode, FormulaNode, GroupNode, PrintStyle, TokenNode } from "./tree";
