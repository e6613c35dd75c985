/**
 * A small, strict XML reader for the manifest tests: enough to prove well-formedness and walk the
 * tree in order (the schema test validates structure; these helpers read values).
 */
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (!whole.endsWith(";")) throw new Error(`bare '&' in ${where}`);
    if (ref in named) return named[ref] as string;
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!num) throw new Error(`unknown entity &${ref}; in ${where}`);
    return String.fromCodePoint(parseInt(num[1] ?? (num[2] as string), num[1] ? 16 : 10));
  });
}

function parseAttrs(source: string, tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "y");
  let pos = 0;
  while (pos < source.length) {
    if (/^\s*$/.test(source.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(source);
    if (!m) throw new Error(`malformed attributes in <${tag}>: ${source.slice(pos, pos + 40)}`);
    const name = m[1] as string;
    if (name in attrs) throw new Error(`duplicate attribute ${name} in <${tag}>`);
    attrs[name] = decode(m[2] ?? m[3] ?? "", `<${tag} ${name}>`);
    pos = re.lastIndex;
  }
  return attrs;
}

export function parseXml(xml: string): El {
  const token = new RegExp(
    `<\\?[\\s\\S]*?\\?>|<!--([\\s\\S]*?)-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<!|` +
      `</(${NAME})\\s*>|<(${NAME})((?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>|<|[^<]+`,
    "g",
  );
  const stack: El[] = [];
  let root: El | undefined;
  for (const m of xml.matchAll(token)) {
    const [whole, comment, endName, startName, attrSource, selfClose] = m;
    const top = stack[stack.length - 1];
    if (whole === "<" || whole === "<!") throw new Error(`stray markup at offset ${m.index}`);
    if (comment !== undefined && comment.includes("--")) throw new Error("'--' inside a comment");
    if (whole.startsWith("<?") || comment !== undefined) {
      if (whole.startsWith("<?xml") && m.index !== 0) throw new Error("XML declaration not first");
    } else if (whole.startsWith("<![CDATA[")) {
      if (!top) throw new Error("CDATA outside the root element");
      top.text += whole.slice(9, -3);
    } else if (endName !== undefined) {
      if (!top || top.name !== endName) {
        throw new Error(`</${endName}> does not close <${top?.name ?? "nothing"}>`);
      }
      stack.pop();
    } else if (startName !== undefined) {
      const el: El = {
        name: startName,
        attrs: parseAttrs(attrSource ?? "", startName),
        children: [],
        text: "",
      };
      if (top) top.children.push(el);
      else if (root) throw new Error(`second root element <${startName}>`);
      else root = el;
      if (!selfClose) stack.push(el);
    } else if (top) {
      if (whole.includes("]]>")) throw new Error("']]>' in text");
      top.text += decode(whole, `<${top.name}> text`);
    } else if (/\S/.test(whole)) {
      throw new Error(`text outside the root element: ${whole.trim().slice(0, 40)}`);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.map((e) => e.name).join("> <")}>`);
  if (!root) throw new Error("no root element");
  return root;
}

// Tree helpers

export const kids = (el: El | undefined, name: string): El[] =>
  el ? el.children.filter((c) => c.name === name) : [];
export const kid = (el: El | undefined, name: string): El | undefined => kids(el, name)[0];
export const dig = (el: El | undefined, ...names: string[]): El | undefined =>
  names.reduce<El | undefined>((cur, n) => kid(cur, n), el);
export const walk = (el: El): El[] => [el, ...el.children.flatMap(walk)];
