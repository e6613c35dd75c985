/**
 * functions-nl.json from functions.json: custom-functions-metadata-plugin generates the English
 * metadata from the JSDoc and does not localize; the Dutch file is the same metadata with the
 * catalog's Dutch names and descriptions. Any difference between the JSDoc and the catalog
 * (a description, a parameter, an optional flag) is reported, and fails the build.
 */
import { catalogDocs, type FunctionDoc } from "./describe";

interface MetadataParam {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly [key: string]: unknown;
}
interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly MetadataParam[];
  readonly [key: string]: unknown;
}
export interface Metadata {
  readonly functions: readonly MetadataFunction[];
  readonly [key: string]: unknown;
}

/** Where the generated English metadata differs from the catalog: one line per difference. */
export function differences(
  metadata: Metadata,
  english: readonly FunctionDoc[] = catalogDocs("en"),
) {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const doc of english) if (!ids.has(doc.id)) problems.push(`${doc.id}: no @customfunction`);
  for (const fn of metadata.functions) {
    const doc = english.find((candidate) => candidate.id === fn.id);
    if (doc === undefined) {
      problems.push(`${fn.id}: not in the catalog`);
      continue;
    }
    if (fn.description !== doc.description) problems.push(`${fn.id}: description differs`);
    const names = fn.parameters.map((param) => param.name).join(",");
    if (names !== doc.params.map((param) => param.name).join(","))
      problems.push(`${fn.id}: parameters ${names}`);
    fn.parameters.forEach((param, i) => {
      const expected = doc.params[i];
      if (expected === undefined) return;
      if (param.description !== expected.description)
        problems.push(`${fn.id}.${param.name}: description differs`);
      if ((param.optional ?? false) !== expected.optional)
        problems.push(`${fn.id}.${param.name}: optional differs`);
    });
  }
  return problems;
}

/** The Dutch metadata: the same functions and types, Dutch names and descriptions. */
export function dutchMetadata(
  metadata: Metadata,
  dutch: readonly FunctionDoc[] = catalogDocs("nl"),
): Metadata {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const doc = dutch.find((candidate) => candidate.id === fn.id);
      if (doc === undefined) return fn;
      return {
        ...fn,
        name: doc.name,
        description: doc.description,
        parameters: fn.parameters.map((param, i) => ({
          ...param,
          name: doc.params[i]?.name ?? param.name,
          description: doc.params[i]?.description ?? param.description,
        })),
      };
    }),
  };
}
