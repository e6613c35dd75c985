/**
 * How calls to the add-in's functions look in formula text. Excel shows `CX.ROI(…)` while the
 * add-in is loaded; a workbook opened without it (or before it registers) shows `_xldudf_CX_ROI(…)`
 * (office-js#3558), and other add-ins' load failures can leave a link prefix in front of that,
 * `[2]!_xldudf_CX_ROI(…)` or `Book.xla!_xldudf_CX_ROI(…)` (office-js#2051, #2568, #3872).
 */

/** The custom functions' namespace (manifest.xml, `CustomFunctions.Namespace`). */
export const NAMESPACE = "CX";

/** namespace: `CX.ROI`; udf: `_xldudf_CX_ROI`; linked-udf: `[2]!_xldudf_CX_ROI` and the like. */
export type AddinCallForm = "namespace" | "udf" | "linked-udf";

export interface AddinCall {
  /** The function id, upper case (`ROI`); not checked against the catalog here. */
  readonly id: string;
  readonly form: AddinCallForm;
  /** The function name as written. */
  readonly name: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const compiled = new Map<string, ReturnType<typeof compile>>();
function patterns(namespace: string): ReturnType<typeof compile> {
  const known = compiled.get(namespace);
  if (known !== undefined) return known;
  const fresh = compile(namespace);
  compiled.set(namespace, fresh);
  return fresh;
}

function compile(namespace: string) {
  const udf = `_xldudf_${escape(namespace.replace(/\./g, "_"))}_`;
  return {
    namespace: new RegExp(`^${escape(namespace)}\\.(.+)$`, "i"),
    udf: new RegExp(`^${udf}(.+)$`, "i"),
    linked: new RegExp(`^.+!${udf}(.+)$`, "i"),
    mention: new RegExp(`(?:^|[^\\p{L}\\p{N}_.])(?:${escape(namespace)}\\.|${udf})`, "iu"),
  };
}

/**
 * The add-in call a function name makes, `undefined` for any other function.
 * @example addinCallOf("cx.roi") // { id: "ROI", form: "namespace", name: "cx.roi" }
 * @example addinCallOf("[2]!_xldudf_CX_ROI") // { id: "ROI", form: "linked-udf", … }
 */
export function addinCallOf(name: string, namespace = NAMESPACE): AddinCall | undefined {
  const p = patterns(namespace);
  for (const [form, pattern] of [
    ["namespace", p.namespace],
    ["udf", p.udf],
    ["linked-udf", p.linked],
  ] as const) {
    const id = pattern.exec(name)?.[1];
    if (id !== undefined) return { id: id.toUpperCase(), form, name };
  }
  return undefined;
}

/**
 * Whether text names the namespace anywhere (`CX.…` or `_xldudf_CX_…`), in any case: the cheap
 * test before parsing. It also matches inside text constants, so it is a "maybe".
 */
export function mentionsAddin(text: string, namespace = NAMESPACE): boolean {
  return patterns(namespace).mention.test(text);
}

/** The call's name as the add-in registers it: `CX.ROI`. */
export function addinName(id: string, namespace = NAMESPACE): string {
  return `${namespace}.${id}`;
}
