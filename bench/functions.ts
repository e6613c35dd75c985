/**
 * The custom functions' cost per call through the path Excel uses: the JSDoc wrappers in
 * src/functions/functions.ts → run() → the core → toExcel(), with a stub CustomFunctions global.
 * Arguments are shaped as Excel passes them (ranges as 2-D arrays, omitted optionals as null).
 */
import { FUNCTION_IDS, type FunctionId } from "../src/catalog";
import { installCustomFunctionsStub } from "../test/support/customFunctionsStub";
import { interleave, median } from "./stats";

const week = Array.from({ length: 7 }, (_, day) =>
  Array.from({ length: 24 }, (_, hour) => (day * 24 + hour) % 13),
);
const ARGUMENTS: Record<FunctionId, unknown[]> = {
  ROI: [[[200000]], [[100000]]],
  NET_BENEFIT: [[[200000, 15000]], [[100000]]],
  PAYBACK_MONTHS: [[[100000]], [[200000 / 12]], 3],
  DISCOUNTED_PAYBACK: [[[100000]], Array.from({ length: 36 }, () => [5000]), 0.1],
  HIDDEN_COSTS: [[[100000]], 0.5, 10000, 4, 0.25],
  AUTOMATION_SAVINGS: [[[60000]], 0.3, 6.5, 0.5],
  COST_PER_CONTACT: [[[300000]], [[48000]]],
  RETENTION_VALUE: [[[120]], 2500],
  STAFF_COST: [[[10], [8], [6]], 32, [[0.5], [0.25], [0]], 2],
  AFTER_HOURS_SHARE: [week, 9, 17, 5],
  DISCOUNTED_ROI: [[[15000, 15000, 15000]], [[5000, 5000, 5000]], 0.1, [[10000]]],
  RISK_ADJUST: [[[100000]], 0.1, false],
  CASHFLOW: [[[100000]], 16667, 2000, 36, 3],
  WORTH_IT: [[[4000]], 0.5, true],
  // A day of contacts, one every ten minutes, as Excel date-time serials (2026-03-02 is a Monday).
  CONTACT_GRID: [Array.from({ length: 144 }, (_, i) => [46083 + i / 144]), null],
};

type Wrapper = (...args: unknown[]) => unknown;

export interface CallCost {
  readonly id: FunctionId;
  /** Median over the rounds of the mean time of one call, in microseconds. */
  readonly microseconds: number;
}

export async function timeFunctions(calls: number, rounds: number): Promise<CallCost[]> {
  installCustomFunctionsStub();
  const wrappers = (await import("../src/functions/functions")) as unknown as Record<
    string,
    Wrapper
  >;
  const wrapperOf = (id: FunctionId) =>
    wrappers[id.toLowerCase().replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase())]!;
  let sink = 0;
  const contenders = Object.fromEntries(
    FUNCTION_IDS.map((id) => {
      const wrapper = wrapperOf(id);
      const args = ARGUMENTS[id];
      wrapper(...args); // throws here, not in the loop, if the arguments are wrong
      return [
        id,
        () => {
          for (let call = 0; call < calls; call++) if (wrapper(...args) === sink) sink += 1;
        },
      ];
    }),
  ) as Record<FunctionId, () => void>;
  const times = interleave(contenders, rounds);
  return FUNCTION_IDS.map((id) => ({ id, microseconds: (median(times[id]) * 1000) / calls }));
}
