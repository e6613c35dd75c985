/**
 * i18n imports nothing (design.md, layers), so its word lists are keyed by their own strings: these
 * checks tie them to the core's ids. A missing word already fails to compile where a layer looks
 * one up by a core id; here a word left over, or a Dutch list that differs from the English one,
 * fails too (the type checks at compile time, the key lists when the test runs).
 */
import {
  INPUT_RULES,
  type InputId,
  type Section,
  type SourceKind,
  type Unit,
} from "../../src/core";
import {
  INPUT_LABELS,
  INPUT_NOTES,
  SECTION_NAMES,
  SOURCE_NOTES,
  UNITS,
} from "../../src/i18n/inputs";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SAME_KEYS: [
  Same<keyof typeof INPUT_LABELS.en, InputId>,
  Same<keyof typeof UNITS.en, Unit>,
  Same<keyof typeof SECTION_NAMES.en, Section>,
  Same<keyof typeof SOURCE_NOTES.en, SourceKind>,
] = [true, true, true, true];

describe("the input words name exactly the core's inputs", () => {
  const ids = Object.keys(INPUT_RULES).sort();
  it("labels, in both languages", () => {
    expect(SAME_KEYS).toEqual([true, true, true, true]);
    expect(Object.keys(INPUT_LABELS.en).sort()).toEqual(ids);
    expect(Object.keys(INPUT_LABELS.nl).sort()).toEqual(ids);
  });
  it("notes of their own belong to inputs that exist", () => {
    for (const notes of [INPUT_NOTES.en, INPUT_NOTES.nl])
      expect(Object.keys(notes).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
