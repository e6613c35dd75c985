/** A cells argument that must be one row or one column. */
import { isVector, vectorValues, type Cells } from "../core/args";
import { invalid, type CalcError } from "../core/errors";

/** The block's values in order (blanks as 0), or #VALUE! naming the parameter when it is not a vector. */
export function vector(cells: Cells, name: string): number[] | CalcError {
  return isVector(cells) ? vectorValues(cells) : invalid(name, "notVector");
}
