/**
 * Two different statements, never mixed (domain.md, "One verdict, from the money"):
 * - the verdict: does the case pay? From the money only — the risk-adjusted NPV and the payback;
 * - the fit: does the situation match the articles' criteria? From volumes and circumstances.
 */

/** From this many contacts a month digital service is worth it (the digital article). */
export const WORTH_IT_MIN_CONTACTS = 500;
/** From this many contacts a month the relief is felt at once (the digital article). */
export const IMMEDIATE_RELIEF_CONTACTS = 1000;
/** Above this share of standard questions automation is very profitable (the digital article). */
export const HIGH_STANDARD_SHARE = 0.4;

export type VerdictLevel = "veryProfitable" | "worthIt" | "notYet";

/** The digital article's criteria, as `CX.WORTH_IT` answers them. */
export interface Verdict {
  readonly kind: "verdict";
  readonly level: VerdictLevel;
  /** 1,000+ contacts a month: the team feels the relief at once. */
  readonly immediateRelief: boolean;
}

/**
 * The digital article, literally: worth it with at least 500 contacts a month, OR many repetitive
 * questions, OR a regularly overloaded team; with more than 40% standard questions automation is
 * very profitable. (Many repetitive questions = more than 40% standard questions.)
 *
 * @example worthIt(400, 0.9, false) → { level: "veryProfitable", immediateRelief: false }
 */
export function worthIt(
  contactsPerMonth: number,
  standardQuestionShare: number,
  teamOverloaded: boolean,
): Verdict {
  const level: VerdictLevel =
    standardQuestionShare > HIGH_STANDARD_SHARE
      ? "veryProfitable"
      : contactsPerMonth >= WORTH_IT_MIN_CONTACTS || teamOverloaded
        ? "worthIt"
        : "notYet";
  return { kind: "verdict", level, immediateRelief: contactsPerMonth >= IMMEDIATE_RELIEF_CONTACTS };
}

/**
 * The 24/7 article's criteria: 24/7 pays when many customers are active out of hours, support is
 * urgent (a critical product, fast decisions) or customers span time zones; less when customers
 * only deal in office hours and support is rarely urgent. "Many" is a threshold the user sets.
 *
 * @example reachabilityFits(0.25, 0.2, false, false) === true
 */
export function reachabilityFits(
  afterHoursShare: number,
  threshold: number,
  urgentSupport: boolean,
  multipleTimeZones: boolean,
): boolean {
  return afterHoursShare >= threshold || urgentSupport || multipleTimeZones;
}

export type MoneyVerdict = "pays" | "doesNotPay";

/**
 * The verdict from the money: it pays when the risk-adjusted NPV is not negative and the
 * risk-adjusted cash flow is paid back within the horizon. A positive verdict therefore never
 * stands beside a negative risk-adjusted NPV.
 *
 * @example moneyVerdict(-104210, null) === "doesNotPay"
 */
export function moneyVerdict(riskAdjustedNpv: number, payback: number | null): MoneyVerdict {
  return riskAdjustedNpv >= 0 && payback !== null ? "pays" : "doesNotPay";
}
