/**
 * The README's function reference, from the catalog: one row per function with its English and
 * Dutch name, its arguments (optional ones in brackets with their defaults) and what it returns.
 * test/catalog/readme.test.ts checks the README holds exactly this table.
 */
import { CATALOG, FUNCTION_IDS } from "./index";
import { formatDefault } from "./describe";
import { CATALOG_TEXT } from "./text";
import type { CatalogParam } from "./types";

function argument(param: CatalogParam): string {
  const fallback = formatDefault(param, "en");
  return fallback === null ? param.name : `[${param.name} = ${fallback}]`;
}

/** The markdown table, header included. */
export function readmeFunctionTable(): string {
  const rows = FUNCTION_IDS.map((id) => {
    const params: readonly CatalogParam[] = CATALOG[id].params;
    const text = CATALOG_TEXT[id];
    const native = typeof text.native === "function" ? "yes" : "keeps its value";
    return `| \`${id}\` / \`${text.nlName}\` | ${params.map(argument).join(", ")} | ${text.description.en} | ${native} |`;
  });
  return [
    "| function (English / Dutch) | arguments | result | plain-Excel form when shared |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}
