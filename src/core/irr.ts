/**
 * Internal rate of return, found as Excel documents its IRR: Newton's method from a guess of 10%,
 * on end-of-period flows with the first at time 0, giving up after a bounded number of tries
 * (Excel: "If IRR can't find a result that works after 20 tries, the #NUM! error value is
 * returned"). The core follows HyperFormula's iteration step for step (50 tries, 1e-10 on the value
 * and on the step), so where an engine finds a rate the core finds the same one, and where a rate
 * is out of reach (an IRR of 10⁹ on a €0.03 outlay) both say so.
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
 * The rate r at which Σ flow_t / (1 + r)^t = 0, or null where there is none to find: the flows
 * never change sign (all costs or all returns), or the iteration does not settle.
 *
 * @example irr([-70000, 12000, 15000, 18000, 21000, 26000]) ≈ 0.0866 // Excel's IRR documentation: 8.7%
 */
export function irr(flows: readonly number[], guess = 0.1): number | null {
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
