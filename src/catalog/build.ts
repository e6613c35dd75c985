/**
 * Entry point the build evaluates (scripts/functions-nl-plugin.cjs): the catalog's checks of the
 * generated functions.json and the Dutch metadata. Never shipped.
 */
export { differences, dutchMetadata } from "./metadata";
