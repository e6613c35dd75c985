/**
 * The guard that keeps non-finite numbers and negative zero out of results: overflow becomes
 * `#NUM!`, −0 becomes 0. Every check of a result or a total in the core goes through it
 * (result.ts `sanitize`, argument totals in args.ts, afterHours.ts, roi.ts).
 */
import { calcError, type CalcError } from "./errors";

export function finiteOrError(value: number): number | CalcError {
  if (!Number.isFinite(value)) return calcError("#NUM!", "tooLarge");
  return value === 0 ? 0 : value;
}
