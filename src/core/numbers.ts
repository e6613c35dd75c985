/**
 * The one place that keeps non-finite numbers and negative zero out of results (HyperFormula
 * does the same in one spot): overflow becomes `#NUM!`, −0 becomes 0.
 */
import { calcError, type CalcError } from "./errors";

export function finiteOrError(value: number): number | CalcError {
  if (!Number.isFinite(value)) return calcError("#NUM!", "tooLarge");
  return value === 0 ? 0 : value;
}
