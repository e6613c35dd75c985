/**
 * What excel-formula-tokenizer cannot be trusted with (test/excel/tokenizer.test.ts pins it),
 * taken out of the formula before it is tokenized and put back afterwards: quoted sheet names
 * (the tokenizer un-doubles their apostrophes), bracket groups of structured and external
 * references (it splits nested ones at the inner comma), the spill operator `#` (it reads it as
 * an error value that swallows the rest of the formula) and error values it does not know
 * (`#SPILL!`, `#CALC!` …). Each becomes one private-use character the tokenizer keeps inside its
 * operand, and `restore` turns it back into the exact source text.
 */

/** Thrown for formula text this layer will not interpret; callers treat it as "cannot parse". */
export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly formula: string,
  ) {
    super(`${message}: ${formula}`);
    this.name = "FormulaSyntaxError";
  }
}

export interface Protected {
  /** The formula body with each protected piece replaced by one placeholder character. */
  readonly text: string;
  /** The source text of placeholder i (`PLACEHOLDER_BASE + i`). */
  readonly pieces: readonly string[];
}

const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_LAST = 0xf8ff;
const PRIVATE_USE = /[\uE000-\uF8FF]/;

/** The error values excel-formula-tokenizer recognises (it matches them exactly). */
const TOKENIZER_ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)/i;
/** A character that can end a reference, so a `#` after it is the spill operator. */
const ENDS_REFERENCE = /[\p{L}\p{N}_.$)\uE000-\uF8FF]/u;

/** End (exclusive) of the quoted run starting at `start`, with `quote` doubled inside. */
function endOfQuoted(body: string, start: number, quote: string, formula: string): number {
  for (let i = start + 1; i < body.length; i++) {
    if (body[i] !== quote) continue;
    if (body[i + 1] === quote) i++;
    else return i + 1;
  }
  throw new FormulaSyntaxError(`unclosed ${quote}`, formula);
}

/** End (exclusive) of the bracket group at `start`: nested brackets, `'` escapes the next one. */
function endOfBrackets(body: string, start: number, formula: string): number {
  let depth = 0;
  for (let i = start; i < body.length; i++) {
    const char = body[i];
    if (char === "'") i++;
    else if (char === "[") depth++;
    else if (char === "]" && --depth === 0) return i + 1;
  }
  throw new FormulaSyntaxError("unclosed [", formula);
}

/** Replaces the pieces the tokenizer mishandles by placeholders. Throws FormulaSyntaxError. */
export function protect(body: string, formula: string = body): Protected {
  const pieces: string[] = [];
  let text = "";
  const hold = (piece: string) => {
    if (PLACEHOLDER_BASE + pieces.length > PLACEHOLDER_LAST)
      throw new FormulaSyntaxError("too many references", formula);
    text += String.fromCharCode(PLACEHOLDER_BASE + pieces.length);
    pieces.push(piece);
  };
  for (let i = 0; i < body.length;) {
    const char = body[i] ?? "";
    let end = i + 1;
    if (char === '"') {
      end = endOfQuoted(body, i, '"', formula);
      text += body.slice(i, end);
    } else if (char === "'") {
      end = endOfQuoted(body, i, "'", formula);
      hold(body.slice(i, end));
    } else if (char === "[") {
      end = endOfBrackets(body, i, formula);
      hold(body.slice(i, end));
    } else if (char === "#") {
      end = i + hashLength(body, i, text, formula);
      const piece = body.slice(i, end);
      if (TOKENIZER_ERRORS.includes(piece)) text += piece;
      else hold(piece);
    } else if (PRIVATE_USE.test(char)) {
      throw new FormulaSyntaxError("private-use character outside text", formula);
    } else {
      text += char;
    }
    i = end;
  }
  return { text, pieces };
}

/** Length of the `#` at `i`: 1 for the spill operator, the whole error value otherwise. */
function hashLength(body: string, i: number, before: string, formula: string): number {
  if (ENDS_REFERENCE.test(before.slice(-1))) return 1;
  const error = ERROR_VALUE.exec(body.slice(i));
  if (error === null) throw new FormulaSyntaxError("unknown # value", formula);
  return error[0].length;
}

/** A token's value with every placeholder replaced by its source text. */
export function restore(value: string, pieces: readonly string[]): string {
  return value.replace(
    /[\uE000-\uF8FF]/g,
    (char) => pieces[char.charCodeAt(0) - PLACEHOLDER_BASE] ?? char,
  );
}

/**
 * The body cut into runs that are literal (text constants, quoted names, bracket groups: copied
 * as they are when a formula is translated) and runs of formula syntax.
 */
export function splitLiterals(
  body: string,
  formula: string = body,
): { text: string; literal: boolean }[] {
  const runs: { text: string; literal: boolean }[] = [];
  let syntax = "";
  for (let i = 0; i < body.length;) {
    const char = body[i] ?? "";
    const end =
      char === '"' || char === "'"
        ? endOfQuoted(body, i, char, formula)
        : char === "["
          ? endOfBrackets(body, i, formula)
          : i + 1;
    if (end === i + 1 && char !== '"' && char !== "'" && char !== "[") {
      syntax += char;
    } else {
      if (syntax !== "") runs.push({ text: syntax, literal: false });
      syntax = "";
      runs.push({ text: body.slice(i, end), literal: true });
    }
    i = end;
  }
  if (syntax !== "") runs.push({ text: syntax, literal: false });
  return runs;
}
