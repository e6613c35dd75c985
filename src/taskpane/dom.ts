/**
 * The one way the pane makes elements. Text always goes in as text nodes (`textContent` / string
 * children), never as HTML: labels, figures and Excel's messages cannot inject markup.
 */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (key === "class") element.className = String(value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/**
 * Fills `{name}` placeholders of a pane text, and `{name:one|other}` with the word that agrees
 * with the count `name` ("{count} {count:cell|cells}"). English and Dutch both use the singular
 * for exactly 1 and the plural otherwise, also for 0 (CLDR plural rules, "one" = 1 for en and nl).
 */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, key: string, one: string, other: string) =>
      values[key] === undefined ? whole : String(values[key]) === "1" ? one : other,
    )
    .replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

/** Children without the empty ones, for `replaceChildren`. */
export function present(...children: Child[]): (Node | string)[] {
  return children.filter(
    (child): child is Node | string => child !== null && child !== undefined && child !== false,
  );
}
