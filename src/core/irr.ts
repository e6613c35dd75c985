/**
 * Internal rate of return, found as Excel documents its IRR: Newton's method from a guess, on
 * end-of-period flows with the first at time 0, giving up after a bounded number of tries (Excel:
 * "If IRR can't find a result that works after 20 tries, the #NUM! error value is returned"). The
 * core follows HyperFormula's iteration step for step (50 tries, 1e-10 on the value and on the
 * step), so where an engine finds a rate the core finds the same one, and where a rate is out of
 * reach (an IRR of 10⁹ on a €0.03 outlay) both say so.
 *
 * The guess is not Excel's default 10% but `irrGuess(flows)`, which the sheet's IRR formula
 * computes too. From 10%, Excel and LibreOffice (20 tries, no safeguard) overshoot past −100% on a
 * case that loses money, e.g. one year of −81,900 then 24,523 (IRR −70%), and show no IRR where
 * HyperFormula and the core (which halve such a step back towards −1) find one: on the model's
 * flows of 600 random cases, of 8,220 rows with one IRR from −99% to 10,000%, LibreOffice and the
 * core disagreed on 5% and neither found the IRR on 8%. From irrGuess: 17 and 13 rows, all with
 * IRRs below −55% after years of heavy losses (test/libreoffice/irr.test.ts keeps it so).
 */

const MAX_TRIES = 50;
const EPSILON = 1e-10;

/** Net present value at `rate` of flows at t = 0, 1, …, and its derivative with respect to the rate. */
function valueAndSlope(flows: readonly number[], rate: number): [number, number] {
  let value = 0;
  let slope = 0;
  flows.forEach((flow, t) => {
    const factor = (1 + rate) ** t;
    value += flow / factor;
    if (t > 0) slope -= (t * flow) / (factor * (1 + rate));
  });
  return [value, slope];
}

/**
 * Where Newton's method starts: the rate at which the positive flows P, gathered at their
 * value-weighted mean time tP, repay the negative flows N gathered at theirs, tN:
 * (P / N)^(1 / (tP − tN)) − 1. Exact for one outlay and one return; for an outlay at time 0 and
 * returns after it, at or below the IRR whenever the IRR is ≥ 0 (Jensen's inequality), where the
 * net present value is convex and falling, so Newton's method climbs to the IRR without
 * overshooting. Excel's default 10% when the flows do not change sign or the returns do not come
 * after the outlays on average. The sheet's IRR formula computes the same (template/blocks/scenarios.ts).
 *
 * @example irrGuess([-81900, 24523]) ≈ -0.7006 // the IRR itself
 */
export function irrGuess(flows: readonly number[]): number {
  let [positive, negative, positiveTime, negativeTime] = [0, 0, 0, 0];
  flows.forEach((flow, t) => {
    if (flow > 0) [positive, positiveTime] = [positive + flow, positiveTime + t * flow];
    if (flow < 0) [negative, negativeTime] = [negative - flow, negativeTime - t * flow];
  });
  if (positive === 0 || negative === 0) return 0.1;
  const apart = positiveTime / positive - negativeTime / negative;
  return apart > 0 ? (positive / negative) ** (1 / apart) - 1 : 0.1;
}

/**
 * The rate r at which Σ flow_t / (1 + r)^t = 0, or null where there is none to find: the flows
 * never change sign (all costs or all returns), or the iteration does not settle.
 *
 * @example irr([-70000, 12000, 15000, 18000, 21000, 26000]) ≈ 0.0866 // Excel's IRR documentation: 8.7%
 */
export function irr(flows: readonly number[], guess = irrGuess(flows)): number | null {
  if (!flows.some((flow) => flow > 0) || !flows.some((flow) => flow < 0)) return null;
  let rate = guess;
  for (let iteration = 0; iteration < MAX_TRIES; iteration++) {
    const [value, slope] = valueAndSlope(flows, rate);
    if (!Number.isFinite(value) || !Number.isFinite(slope)) return null;
    if (Math.abs(value) < EPSILON) return rate;
    if (Math.abs(slope) < EPSILON) return null;
    let next = rate - value / slope;
    if (!Number.isFinite(next)) return null;
    // An overshoot past −100% is halved back towards −1.
    if (next <= -1) next = (rate - 1) / 2;
    if (Math.abs(next - rate) < EPSILON) return next;
    rate = next;
  }
  return null;
}
