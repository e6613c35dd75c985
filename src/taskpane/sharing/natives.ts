/**
 * Native Excel equivalents of the CX functions, written in the core's order of operations so that
 * Excel computes the same value to the last digit for valid input, and the same error where the
 * core documents one (#DIV/0! for a zero total, #N/A when payback is not reached). Arguments arrive
 * as formula text; amounts (a number or a range, summed) become SUM(…). What the native forms do
 * not repeat is the add-in's argument checking (#VALUE! for text, out-of-range rates, wrong shapes):
 * docs/sharing.md lists each difference. `null` means: no native form, keep the value instead.
 */
import { CATALOG, DEFAULTS, type FunctionId } from "../../core";
import type { Lang } from "../../i18n/language";
import { VERDICTS } from "../../i18n/results";

/** One argument of a CX call, already rewritten (nested CX calls replaced). */
export interface CallArg {
  readonly text: string;
  /** omitted: nothing written; number: a numeric constant; reference: one cell, range or name. */
  readonly kind: "omitted" | "number" | "reference" | "expression";
  /** No range, name or array can hide in it: it is one value (a single cell at most). */
  readonly scalar: boolean;
}

export interface NativeForm {
  readonly text: string;
  /** A single function call (IF(…), SUM(…)): safe anywhere without parentheses. */
  readonly atomic: boolean;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const wrap = (arg: CallArg) =>
  arg.kind === "number" || arg.kind === "reference" ? arg.text : `(${arg.text})`;

/** Thrown by the helpers below when a required argument is left out: the call keeps its value. */
const MISSING = new Error("a required argument is omitted");
function orDefault(fallback: number | undefined): string {
  if (fallback === undefined) throw MISSING;
  return `${fallback}`;
}

/** An amount: a number or a range of any shape, summed (blank cells skipped). */
function amount(arg: CallArg | undefined, fallback?: number): string {
  if (arg === undefined || arg.kind === "omitted") return orDefault(fallback);
  return arg.kind === "number" ? arg.text : `SUM(${arg.text})`;
}

/** One value; a blank cell or an omitted argument takes the default, as the add-in does. */
function value(arg: CallArg | undefined, fallback?: number): string {
  if (arg === undefined || arg.kind === "omitted") return orDefault(fallback);
  if (fallback !== undefined && arg.kind === "reference")
    return `IF(${arg.text}&""="",${fallback},${arg.text})`;
  return wrap(arg);
}

/** A logical argument (default FALSE): a blank cell is FALSE in IF and OR, as in the add-in. */
function logical(arg: CallArg | undefined): string {
  return arg === undefined || arg.kind === "omitted" ? "FALSE()" : wrap(arg);
}

type Builder = (args: readonly CallArg[], lang: Lang) => NativeForm | null;

const form = (text: string, atomic = false): NativeForm => ({ text, atomic });

/** Payback for a constant monthly benefit M with ramp-up R (core paybackMonths, closed form). */
function paybackConstant(i: string, m: string, r: string): string {
  // Month k of the ramp realises M·k/R; the cumulative M·k(k+1)/(2R) first covers I in month K.
  const k = `MIN(${r},MAX(1,CEILING((SQRT(1+8*${r}*${i}/${m})-1)/2,1)))`;
  const inRamp = `${k}-1+(${i}-${m}*(${k}-1)*${k}/(2*${r}))/(${m}*(${k}/${r}))`;
  const afterRamp = `${r}+(${i}-${m}*(${r}+1)/2)/${m}`;
  return (
    `IF(${m}<0,NA(),IF(${i}<=0,0,IF(${m}=0,NA(),IF(${r}<=0,${i}/${m},` +
    `IF(${i}>${m}*(${r}+1)/2,${afterRamp},${inRamp})))))`
  );
}

const BUILDERS: Readonly<Record<FunctionId, Builder>> = {
  ROI: ([b, c]) => {
    const [benefits, costs] = [amount(b), amount(c)];
    return form(`(${benefits}-${costs})/${costs}`);
  },
  NET_BENEFIT: ([b, c]) => form(`${amount(b)}-${amount(c)}`),
  PAYBACK_MONTHS: (args) => {
    const [i, m, r] = args;
    // A series of months (a range) has no short native form: the cell keeps its value.
    if (m === undefined || m.kind === "omitted" || !m.scalar) return null;
    // Monthly cost and go-live share have no native form yet: keep the value when given.
    if (args.length > 3 && args.slice(3).some((arg) => arg.kind !== "omitted")) return null;
    const [investment, monthly] = [amount(i), wrap(m)];
    if (r === undefined || r.kind === "omitted" || (r.kind === "number" && Number(r.text) === 0))
      return form(
        `IF(${monthly}<0,NA(),IF(${investment}<=0,0,IF(${monthly}=0,NA(),${investment}/${monthly})))`,
        true,
      );
    return form(paybackConstant(investment, monthly, value(r, 0)), true);
  },
  HIDDEN_COSTS: ([i, rate, weekly, weeks, loss]) =>
    form(
      `${amount(i)}*${value(rate, DEFAULTS.hiddenCostRate.value)}+` +
        `${value(weekly, 0)}*${value(weeks, DEFAULTS.transitionWeeks.value)}*` +
        `${value(loss, DEFAULTS.productivityLoss.value)}`,
    ),
  AUTOMATION_SAVINGS: ([c, rate, cost, automated]) =>
    form(`${amount(c)}*${value(rate)}*(${value(cost)}-${value(automated, 0)})`),
  COST_PER_CONTACT: ([t, c]) => form(`${amount(t)}/${amount(c)}`),
  RETENTION_VALUE: ([r, clv]) => form(`${amount(r)}*${value(clv)}`),
  STAFF_COST: ([hours, hourly, surcharge, staff]) => {
    if (hours === undefined || hours.kind === "omitted") return null;
    const rate =
      surcharge === undefined || surcharge.kind === "omitted" ? "" : `*(1+${wrap(surcharge)})`;
    // SUMPRODUCT evaluates its argument as an array in every Excel version: one product per shift.
    return form(`SUMPRODUCT(${wrap(hours)}*${value(hourly)}${rate}*${value(staff, 1)})`, true);
  },
  AFTER_HOURS_SHARE: () => null,
  DISCOUNTED_ROI: ([b, c, rate, initial]) => {
    if (b === undefined || c === undefined || b.kind === "omitted" || c.kind === "omitted")
      return null;
    const r = value(rate, DEFAULTS.discountRate.value);
    const presentCosts = `(${amount(initial, 0)}+NPV(${r},${c.text}))`;
    return form(`(NPV(${r},${b.text})-${presentCosts})/${presentCosts}`);
  },
  RISK_ADJUST: ([a, risk, isCost]) => {
    const [total, r] = [amount(a), value(risk)];
    if (isCost === undefined || isCost.kind === "omitted") return form(`${total}*(1-${r})`);
    return form(`IF(${logical(isCost)},${total}*(1+${r}),${total}*(1-${r}))`, true);
  },
  CASHFLOW: () => null,
  WORTH_IT: ([c, share, overloaded], lang) => {
    const texts = VERDICTS[lang];
    const [contacts, s] = [amount(c), value(share)];
    const enough = `OR(${contacts}>=500,${logical(overloaded)})`;
    const many = `${s}>0.4`;
    return form(
      `IF(${enough},IF(${many},${quoted(texts.veryProfitable)},${quoted(texts.worthIt)}),` +
        `IF(${many},${quoted(texts.maybe)},${quoted(texts.notYet)}))` +
        `&IF(${contacts}>=1000,${quoted(texts.immediateRelief)},"")`,
    );
  },
};

/**
 * The native form of one CX call, or `null` when the function has none (a spill, a 7 × 24 grid,
 * a series of months) or when the call leaves out an argument the add-in requires (it shows
 * #VALUE! today: the value is kept). Arguments beyond the catalog's count also keep the value.
 */
export function nativeForm(
  id: FunctionId,
  args: readonly CallArg[],
  lang: Lang,
): NativeForm | null {
  if (args.length > CATALOG[id].params.length) return null;
  try {
    return BUILDERS[id](args, lang);
  } catch (error) {
    if (error === MISSING) return null;
    throw error;
  }
}
