/** The sharing tools' view of the catalog's native forms (src/catalog/resolver.ts). */
export { catalogResolver, isKnownFunction, rewriteOptions } from "../../catalog/resolver";
