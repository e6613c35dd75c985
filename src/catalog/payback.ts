/** Payback with ramp-up, discounted payback, and the monthly cash-flow table they are read from. */
import { MAX_MONTHS, monthlyCashFlow, paybackMonths } from "../core/cashflow";
import { DEFAULTS } from "../core/defaults";
import { discountedPayback } from "../core/discounting";
import { calcError, isCalcError } from "../core/errors";
import { CASHFLOW_COLUMNS } from "../core/result";
import { nativeDiscountedPayback, nativePayback } from "./native/payback";
import { discountRate } from "./returns";
import { vector } from "./vector";
import { runtime, type FunctionText } from "./types";

const months = { min: 0, max: MAX_MONTHS, whole: true } as const;
/** Share of the full benefit at go-live; 0 keeps the original ramp min(1, m / ramp_up_months). */
const goLiveShare = {
  name: "go_live_share",
  nl: "aandeel_bij_livegang",
  kind: "number",
  default: 0,
  min: 0,
  max: 1,
  rate: true,
} as const;
const rampUp = {
  name: "ramp_up_months",
  nl: "aanloopmaanden",
  kind: "number",
  default: 0,
  ...months,
} as const;

export const PAYBACK_MONTHS = runtime(
  [
    { name: "investment", nl: "investering", kind: "amount", min: 0 },
    { name: "monthly_net_benefit", nl: "netto_baat_per_maand", kind: "cells" },
    rampUp,
    { name: "monthly_cost", nl: "kosten_per_maand", kind: "number", default: 0, min: 0 },
    goLiveShare,
  ] as const,
  (investment, monthlyNet, ramp, monthlyCost, goLive) => {
    if (monthlyNet.rows === 1 && monthlyNet.columns === 1) {
      return paybackMonths(investment, monthlyNet.values[0] ?? 0, ramp, monthlyCost, goLive);
    }
    const series = vector(monthlyNet, "monthly_net_benefit");
    if (isCalcError(series)) return series;
    return paybackMonths(investment, series, ramp, monthlyCost, goLive);
  },
);

export const PAYBACK_MONTHS_TEXT: FunctionText<typeof PAYBACK_MONTHS.params> = {
  nlName: "TERUGVERDIENTIJD_MAANDEN",
  description: {
    en: "Months until the cumulative cash flow, from −investment, turns non-negative after being negative; with ramp-up, interpolated inside the month.",
    nl: "Maanden tot de cumulatieve kasstroom, vanaf −investering, na negatief te zijn geweest niet meer negatief is; met aanloop, binnen de maand geïnterpoleerd.",
  },
  params: {
    investment: {
      en: "One-off investment in month 0 (an amount or a range, summed).",
      nl: "Eenmalige investering in maand 0 (bedrag of bereik, opgeteld).",
    },
    monthly_net_benefit: {
      en: "Net benefit a month at full adoption: one number, or one row/column of months 1..n.",
      nl: "Netto baat per maand bij volledig gebruik: één getal, of één rij/kolom met maand 1..n.",
    },
    ramp_up_months: {
      en: "months to full effect; month m realises min(1, g + (1 − g) × m/ramp-up) of the benefit.",
      nl: "maanden tot het volle effect; in maand m telt min(1, g + (1 − g) × m/aanloop) van de baat.",
    },
    monthly_cost: {
      en: "recurring cost a month, paid in full from month 1 (not ramped).",
      nl: "terugkerende kosten per maand, vanaf maand 1 volledig betaald (zonder aanloop).",
    },
    go_live_share: {
      en: "share g of the full benefit at go-live (published deployments: 20–40%).",
      nl: "aandeel g van de volle baat bij livegang (gepubliceerde implementaties: 20–40%).",
    },
  },
  native: nativePayback,
};

/**
 * Discounted payback has no Excel function of its own (IRR has: the model sheet uses Excel's IRR
 * directly on the yearly flows, so there is no CX.IRR). The flows are the month's net cash flow,
 * already ramped and risk-adjusted, as the model sheet's monthly table holds them.
 */
export const DISCOUNTED_PAYBACK = runtime(
  [
    { name: "investment", nl: "investering", kind: "amount", min: 0 },
    { name: "monthly_net_flows", nl: "netto_kasstromen_per_maand", kind: "cells" },
    discountRate,
  ] as const,
  (investment, flows, rate) => {
    const series = vector(flows, "monthly_net_flows");
    if (isCalcError(series)) return series;
    const months = discountedPayback(investment, series, rate);
    return months ?? calcError("#N/A", "noPaybackWithin", { months: series.length });
  },
);

export const DISCOUNTED_PAYBACK_TEXT: FunctionText<typeof DISCOUNTED_PAYBACK.params> = {
  nlName: "VERDISCONTEERDE_TERUGVERDIENTIJD",
  description: {
    en: "Discounted payback in months: as PAYBACK_MONTHS on monthly net flows, month m discounted at its year's factor 1/(1+r)^⌈m/12⌉ (TEI).",
    nl: "Verdisconteerde terugverdientijd in maanden: als TERUGVERDIENTIJD_MAANDEN op netto kasstromen per maand, maand m verdisconteerd met de factor van zijn jaar 1/(1+r)^⌈m/12⌉ (TEI).",
  },
  params: {
    investment: {
      en: "One-off investment in month 0, not discounted (an amount or a range, summed).",
      nl: "Eenmalige investering in maand 0, niet verdisconteerd (bedrag of bereik, opgeteld).",
    },
    monthly_net_flows: {
      en: "Net cash flow of months 1..n: one row or column.",
      nl: "Netto kasstroom van maand 1..n: één rij of kolom.",
    },
    discount_rate: {
      en: "discount rate a year (Forrester TEI uses 10%).",
      nl: "disconteringsvoet per jaar (Forrester TEI gebruikt 10%).",
    },
  },
  native: nativeDiscountedPayback,
};

export const CASHFLOW = runtime(
  [
    { name: "investment", nl: "investering", kind: "amount", min: 0 },
    { name: "monthly_benefit", nl: "baat_per_maand", kind: "number", min: 0 },
    { name: "monthly_cost", nl: "kosten_per_maand", kind: "number", default: 0, min: 0 },
    {
      name: "months",
      nl: "maanden",
      kind: "number",
      default: DEFAULTS.horizonMonths.value,
      ...months,
      min: 1,
    },
    rampUp,
    goLiveShare,
  ] as const,
  (investment, monthlyBenefit, monthlyCost, horizon, rampUpMonths, goLive) => ({
    kind: "table",
    columns: CASHFLOW_COLUMNS,
    rows: monthlyCashFlow({
      investment,
      monthlyBenefit,
      monthlyCost,
      months: horizon,
      rampUpMonths,
      goLiveShare: goLive,
    }).map((row) => [row.month, row.benefit, row.cost, row.net, row.cumulative]),
  }),
);

export const CASHFLOW_TEXT: FunctionText<typeof CASHFLOW.params> = {
  nlName: "KASSTROOM",
  description: {
    en: "Monthly cash-flow table (spills): a header, then months 0..n with benefit, cost, net and cumulative net.",
    nl: "Kasstroomtabel per maand (loopt over): een kop, dan maand 0..n met baten, kosten, netto en cumulatief netto.",
  },
  params: {
    investment: {
      en: "One-off investment in month 0 (an amount or a range, summed).",
      nl: "Eenmalige investering in maand 0 (bedrag of bereik, opgeteld).",
    },
    monthly_benefit: {
      en: "Benefit a month at full adoption.",
      nl: "Baat per maand bij volledig gebruik.",
    },
    monthly_cost: { en: "recurring cost a month.", nl: "terugkerende kosten per maand." },
    months: { en: `number of months, 1..${MAX_MONTHS}.`, nl: `aantal maanden, 1..${MAX_MONTHS}.` },
    ramp_up_months: { en: "months to full effect.", nl: "maanden tot het volle effect." },
    go_live_share: {
      en: "share of the full benefit at go-live (published deployments: 20–40%).",
      nl: "aandeel van de volle baat bij livegang (gepubliceerde implementaties: 20–40%).",
    },
  },
  native: {
    none: {
      en: "A spilled table has no single native formula: the values are kept.",
      nl: "Een overlopende tabel heeft geen enkele gewone formule: de waarden blijven staan.",
    },
  },
};
