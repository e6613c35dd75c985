/**
 * The native Excel form of `CX.PAYBACK_MONTHS(investment, monthly_net_benefit, [ramp_up_months=0],
 * [monthly_cost=0], [go_live_share=0])`: the core's `paybackMonths` (src/core/cashflow.ts) as one
 * cell's formula text, for a constant monthly benefit and for a series of months.
 *
 * realised_m = B_m × min(1, g + (1 − g)·m/R) − C (R = 0: factor 1); the cumulative starts at −I;
 * payback is the first month the cumulative turns non-negative after being negative, interpolated
 * inside that month: (m − 1) + (−cum_{m−1}) / realised_m. 0 when it is never negative; #N/A when
 * it is negative and never recovered.
 */
import { DEFAULTS } from "../../core/defaults";
import type { CallArg, NativeForm } from "../../excel/nativeForm";
import {
  MAX_FORMULA_LENGTH,
  amount,
  isGiven,
  keepValueOn,
  literal,
  literalRange,
  operand,
  sequence,
  value,
  type LiteralRange,
} from "./args";

/** The arguments as formula text, with whichever are known constants. */
interface PaybackTerms {
  readonly I: string;
  readonly R: string;
  readonly C: string;
  readonly g: string;
  readonly rampIsZero: boolean;
  readonly costIsZero: boolean;
  readonly shareIsZero: boolean;
}

/**
 * Constant monthly benefit B, closed form. During the ramp-up (months 0..R) the cumulative is the
 * quadratic cum_m = −I + b·m + a·m², a = B(1 − g)/(2R), b = Bg − C + a, so realised_m = b + a(2m − 1).
 * For B > 0 the realised flows never fall, so the cumulative is convex: it is negative on one run
 * of months and non-negative after, and the first crossing inside the ramp is the first whole
 * month past the positive root x₊ = 2I / (b + √(b² + 4aI)) (b ≥ 0; the cancellation-free form) or
 * (√(b² + 4aI) − b)/(2a) (b < 0, a dip below zero). With k full months before it:
 * payback = k + (I − k(b + ak)) / (b + a(2k + 1)). Past the ramp every month earns B − C:
 * payback = R + (−cum_R)/(B − C), cum_R = −I + B(Rg + (1 − g)(R + 1)/2) − CR; #N/A when B − C ≤ 0.
 * B ≤ 0 never recovers: the cumulative only falls (#N/A), or stays at 0 when B = C = I = 0.
 *
 * @example I = 100000, B = 200000/12, R = 3: cum_3 = −100000 + 2B = −66,666.67 < 0, so the
 *   crossing is after the ramp: 3 + 66,666.67 / 16,666.67 = 7
 */
function paybackConstant(B: string, t: PaybackTerms): string {
  const { I, R, C, g } = t;
  const minusC = t.costIsZero ? "" : `-${C}`;
  const steady = t.costIsZero ? B : `(${B}-${C})`;
  // With R = 0 the loop of months is empty: cum_0 = −I, then B − C a month.
  const afterStart = `IF(${steady}<=0,NA(),${I}/${steady})`;
  if (t.rampIsZero) return `IF(AND(${I}<=0,${steady}>=0),0,${afterStart})`;

  const gB = t.shareIsZero ? "" : `${B}*${g}`;
  const a = t.shareIsZero ? `(${B}/(2*${R}))` : `(${B}*(1-${g})/(2*${R}))`;
  const b = gB === "" && t.costIsZero ? a : `(${gB}${minusC}+${a})`;
  const disc = `(${b}^2+4*${a}*${I})`;
  const root = `IF(${b}>=0,2*${I}/(${b}+SQRT(${disc})),(SQRT(${disc})-${b})/(2*${a}))`;
  // Without an investment month 1 cannot be the crossing (nothing was negative before it), so at
  // least one full month precedes it: this keeps a net₁ that rounds to −0.0000000000001 in the
  // core but to 0 in a + b from dividing 0 by 0.
  const k = `MIN(${R}-1,MAX((${I}<=0)*1,ROUNDUP(${root},0)-1))`;
  const inRamp = `${k}+(${I}-${k}*(${b}+${a}*${k}))/(${b}+${a}*(2*${k}+1))`;
  // Month 1 exactly as the core computes it, so "never negative" is decided on the same number;
  // the net moves monotonically from month 1 to the steady month, so both ends decide it (a
  // benefit of −5e-324 rounds to 0 in month 1 but not later).
  const factor1 = t.shareIsZero ? `1/${R}` : `${g}+(1-${g})*1/${R}`;
  const first = `${B}*IF(${R}<=0,1,MIN(1,${factor1}))${minusC}`;
  const rampSum = t.shareIsZero
    ? `(${R}+1)/2*(${R}>0)`
    : `(${R}*${g}+(1-${g})*(${R}+1)/2*(${R}>0))`;
  const cumR = `(-${I}+${B}*${rampSum}${t.costIsZero ? "" : `-${C}*${R}`})`;
  const afterRamp = `IF(${steady}<=0,NA(),${R}+(-${cumR})/${steady})`;
  return `IF(AND(${I}<=0,${first}>=0,${steady}>=0),0,IF(OR(${R}<=0,${cumR}<0),${afterRamp},${inRamp}))`;
}

/**
 * A series of n months in one row or column, as ONE cell's formula (the sharing rewrite changes
 * that cell only). With k = {1;…;n} in the series' orientation and j = {1,…,n} across it:
 *   r = B_k × f_k − C,      f_k = 1 − (1 − g)(1 − k/R)·(k < R)   (= min(1, g + (1 − g)k/R))
 *   Q = MMULT(--(k ≥ j), r) the cumulative without the investment: cum_k = Q_k − I
 *   z = MMULT((k > j) − (n+1)(k = j), --(Q < I)) + (I > 0)
 * z_k counts the negative months before k (and month 0 when I > 0) and is ≤ −1 when month k is
 * itself negative, so the first crossing is the first k with z_k ≥ 1 (MATCH), and
 * payback = k − (Q_k − I)/r_k there (INDEX; the division only matters at that k). No crossing:
 * #N/A when the series ends negative (Σr < I), else 0 (never negative).
 * Every range-valued part sits inside SUMPRODUCT or MMULT, which evaluate their arguments as
 * arrays without Ctrl+Shift+Enter even in Excel 2016/2019, and LibreOffice only evaluates INDEX's
 * array argument as an array inside SUMPRODUCT (a bare INDEX(1/(A1:A4-2),3) is #VALUE! there).
 * MMULT needs numbers (a blank or text cell is #VALUE!: Microsoft's MMULT page), so r is always
 * arithmetic on the range, which reads a blank as 0.
 */
function paybackSeries(S: string, shape: LiteralRange, t: PaybackTerms): string {
  const { I, R, C, g } = t;
  const n = shape.rows * shape.columns;
  const column = shape.columns === 1;
  const k = sequence(1, n, column ? "column" : "row");
  const across = sequence(1, n, column ? "row" : "column");
  const keep = t.shareIsZero ? "" : `(1-${g})*`;
  const ramp = t.rampIsZero ? "" : `*(1-${keep}(1-${k}/(${R}+(${R}<=0)))*(${k}<${R}))`;
  const r = `(${S}${ramp === "" && t.costIsZero ? "+0" : ramp}${t.costIsZero ? "" : `-${C}`})`;
  const upTo = column ? `--(${k}>=${across})` : `--(${across}<=${k})`;
  const cumulative = column ? `MMULT(${upTo},${r})` : `MMULT(${r},${upTo})`;
  const before = column
    ? `(${k}>${across})-${n + 1}*(${k}=${across})`
    : `(${across}<${k})-${n + 1}*(${across}=${k})`;
  const negative = `--(${cumulative}<${I})`;
  const counts = column ? `MMULT(${before},${negative})` : `MMULT(${negative},${before})`;
  const month = `MATCH(1,--(${counts}+(${I}>0)>=1),0)`;
  const at = column ? `${month},1` : `1,${month}`;
  const crossing = `SUMPRODUCT(INDEX(${k}-(${cumulative}-${I})/${r},${at}))`;
  return `IFNA(${crossing},IF(SUMPRODUCT(${r})<${I},NA(),0))`;
}

/**
 * `CX.DISCOUNTED_PAYBACK(investment, monthly_net_flows, [discount_rate])` as native Excel: the
 * series form above on the flows each discounted at its year's factor, month k ×
 * (1 + r)^−⌈k/12⌉ (ROUNDUP(k/12, 0)); null where PAYBACK_MONTHS' series has none.
 *
 * @example nativeDiscountedPayback([I, {text:"B2:B37",kind:"reference",scalar:false}, r])
 *   // { text: "IFNA(SUMPRODUCT(INDEX(…)),…)", atomic: true } with B2:B37*(1+r)^(-ROUNDUP({1;…;36}/12,0))
 */
export function nativeDiscountedPayback(args: readonly CallArg[]): NativeForm | null {
  const [investment, flows, rate, ...extra] = args;
  if (extra.length > 0 || !isGiven(flows) || flows.kind !== "reference") return null;
  const shape = literalRange(flows.text);
  if (shape === null || (shape.rows !== 1 && shape.columns !== 1)) return null;
  return keepValueOn(() => {
    const terms: PaybackTerms = {
      I: amount(investment),
      R: "0",
      C: "0",
      g: "0",
      rampIsZero: true,
      costIsZero: true,
      shareIsZero: true,
    };
    const k = sequence(1, shape.rows * shape.columns, shape.columns === 1 ? "column" : "row");
    const r = value(rate, DEFAULTS.discountRate.value);
    const discounted = `${flows.text}*(1+${r})^(-ROUNDUP(${k}/12,0))`;
    const text = paybackSeries(discounted, shape, terms);
    return text.length < MAX_FORMULA_LENGTH ? { text, atomic: true } : null;
  });
}

/**
 * `CX.PAYBACK_MONTHS` as native Excel: the closed form for a constant monthly benefit, a single-cell
 * array formula for a literal row or column range; null (keep the value) when an argument has no
 * native reading (a named or two-dimensional series, a range where one value belongs) or the text
 * would pass Excel's 8,192-character limit.
 *
 * @example nativePayback([{text:"100000",kind:"number",scalar:true},{text:"B2",kind:"reference",scalar:true}])
 *   // { text: "IF(AND(100000<=0,B2>=0),0,IF(B2<=0,NA(),100000/B2))", atomic: true }
 */
export function nativePayback(args: readonly CallArg[]): NativeForm | null {
  const [investment, benefit, ramp, cost, share, ...extra] = args;
  if (extra.length > 0 || !isGiven(benefit)) return null;
  return keepValueOn(() => {
    const terms: PaybackTerms = {
      I: amount(investment),
      R: value(ramp, 0),
      C: value(cost, 0),
      g: value(share, 0),
      rampIsZero: literal(ramp, 0) === 0,
      costIsZero: literal(cost, 0) === 0,
      shareIsZero: literal(share, 0) === 0,
    };
    const shape = benefit.kind === "reference" ? literalRange(benefit.text) : null;
    let text: string;
    if (benefit.scalar || (shape !== null && shape.rows * shape.columns === 1)) {
      text = paybackConstant(operand(benefit), terms);
    } else if (shape !== null && (shape.rows === 1 || shape.columns === 1)) {
      text = paybackSeries(benefit.text, shape, terms);
    } else {
      return null;
    }
    return text.length < MAX_FORMULA_LENGTH ? { text, atomic: true } : null;
  });
}
