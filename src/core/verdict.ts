/** "When is it worth it?" (article 000): thresholds on volume and on the share of standard questions. */

/** At least this many contacts a month make automation worth considering. */
export const WORTH_IT_MIN_CONTACTS = 500;
/** From this many contacts a month the relief is felt at once. */
export const IMMEDIATE_RELIEF_CONTACTS = 1000;
/** Automation is very profitable when standard questions are more than this share of all contacts. */
export const HIGH_STANDARD_SHARE = 0.4;

export type VerdictLevel = "veryProfitable" | "worthIt" | "maybe" | "notYet";

export interface Verdict {
  readonly kind: "verdict";
  readonly level: VerdictLevel;
  /** 1,000+ contacts a month: the team feels the relief at once. */
  readonly immediateRelief: boolean;
}

/**
 * Enough volume (≥ 500 contacts a month, or a regularly overloaded team) and many standard
 * questions (> 40%) → very profitable; volume alone → worth it; standard questions alone → maybe;
 * neither → not yet.
 *
 * @example worthIt(1200, 0.55, false) → { level: "veryProfitable", immediateRelief: true }
 */
export function worthIt(
  contactsPerMonth: number,
  standardQuestionShare: number,
  teamOverloaded: boolean,
): Verdict {
  const enoughVolume = contactsPerMonth >= WORTH_IT_MIN_CONTACTS || teamOverloaded;
  const manyStandardQuestions = standardQuestionShare > HIGH_STANDARD_SHARE;
  const level: VerdictLevel = enoughVolume
    ? manyStandardQuestions
      ? "veryProfitable"
      : "worthIt"
    : manyStandardQuestions
      ? "maybe"
      : "notYet";
  return { kind: "verdict", level, immediateRelief: contactsPerMonth >= IMMEDIATE_RELIEF_CONTACTS };
}
