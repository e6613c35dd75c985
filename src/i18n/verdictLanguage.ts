/** Which language a WORTH_IT verdict shown in a cell is written in. */
import { LANGS, type Lang } from "./language";
import { VERDICTS } from "./results";

/**
 * The language of a verdict text, so that "make shareable" rewrites WORTH_IT to a native form
 * that shows the same words; undefined for any other value.
 */
export function verdictLanguage(value: unknown): Lang | undefined {
  if (typeof value !== "string") return undefined;
  return LANGS.find((lang) =>
    Object.values(VERDICTS[lang]).some((text) => text.trim() !== "" && value.startsWith(text)),
  );
}

/** The words "make shareable" and the template's native forms write, in `lang` (WORTH_IT's verdicts). */
export function nativeWords(lang: Lang) {
  return { verdicts: VERDICTS[lang] };
}
