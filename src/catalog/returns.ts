/** ROI, net benefit, TEI's discounted ROI and its risk adjustment per line item. */
import { isCalcError, invalid } from "../core/errors";
import { DEFAULTS } from "../core/defaults";
import { discountedRoi, riskAdjust } from "../core/discounting";
import { netBenefit, roi } from "../core/roi";
import { amount, form, isGiven, logical, value } from "./native/args";
import { vector } from "./vector";
import { runtime, type FunctionText } from "./types";

const benefitsAndCosts = [
  { name: "benefits", nl: "baten", kind: "amount" },
  { name: "costs", nl: "kosten", kind: "amount", min: 0 },
] as const;

export const ROI = runtime(benefitsAndCosts, (benefits, costs) => roi(benefits, costs));

export const ROI_TEXT: FunctionText<typeof ROI.params> = {
  nlName: "ROI",
  description: {
    en: "Return on investment: (total benefits − total costs) / total costs. Format the cell as a percentage: 1 = 100%.",
    nl: "Rendement op investering: (totale baten − totale kosten) / totale kosten. Opmaak als percentage: 1 = 100%.",
  },
  params: {
    benefits: {
      en: "Benefits: an amount or a range, summed (blank cells skipped).",
      nl: "Baten: een bedrag of een bereik dat wordt opgeteld (lege cellen tellen niet mee).",
    },
    costs: {
      en: "Costs: an amount or a range, summed; must add up to more than zero.",
      nl: "Kosten: een bedrag of een bereik dat wordt opgeteld; samen groter dan nul.",
    },
  },
  native: ([b, c]) => {
    const [benefits, costs] = [amount(b), amount(c)];
    return form(`(${benefits}-${costs})/${costs}`);
  },
};

export const NET_BENEFIT = runtime(benefitsAndCosts, (benefits, costs) =>
  netBenefit(benefits, costs),
);

export const NET_BENEFIT_TEXT: FunctionText<typeof NET_BENEFIT.params> = {
  nlName: "NETTO_OPBRENGST",
  description: {
    en: "Net benefit: total benefits − total costs.",
    nl: "Netto opbrengst: totale baten − totale kosten.",
  },
  params: {
    benefits: {
      en: "Benefits: an amount or a range, summed.",
      nl: "Baten: een bedrag of een bereik dat wordt opgeteld.",
    },
    costs: {
      en: "Costs: an amount or a range, summed.",
      nl: "Kosten: een bedrag of een bereik dat wordt opgeteld.",
    },
  },
  native: ([b, c]) => form(`${amount(b)}-${amount(c)}`),
};

/** TEI's yearly discount rate, as DISCOUNTED_ROI and DISCOUNTED_PAYBACK take it. */
export const discountRate = {
  name: "discount_rate",
  nl: "disconteringsvoet",
  kind: "number",
  default: DEFAULTS.discountRate.value,
  min: 0,
  max: 1,
  rate: true,
} as const;

export const DISCOUNTED_ROI = runtime(
  [
    { name: "yearly_benefits", nl: "baten_per_jaar", kind: "cells" },
    { name: "yearly_costs", nl: "kosten_per_jaar", kind: "cells", min: 0 },
    discountRate,
    { name: "initial_costs", nl: "initiele_kosten", kind: "amount", default: 0, min: 0 },
  ] as const,
  (benefitCells, costCells, rate, initialCosts) => {
    const benefits = vector(benefitCells, "yearly_benefits");
    if (isCalcError(benefits)) return benefits;
    const costs = vector(costCells, "yearly_costs");
    if (isCalcError(costs)) return costs;
    if (costs.length !== benefits.length)
      return invalid("yearly_costs", "sameLength", { other: "yearly_benefits" });
    return discountedRoi(benefits, costs, rate, initialCosts);
  },
);

export const DISCOUNTED_ROI_TEXT: FunctionText<typeof DISCOUNTED_ROI.params> = {
  nlName: "GEDISCONTEERDE_ROI",
  description: {
    en: "ROI on present values (Forrester TEI style): (PV benefits − PV costs) / PV costs; year t discounted by (1+r)^t.",
    nl: "ROI op contante waarden (zoals Forrester TEI): (CW baten − CW kosten) / CW kosten; jaar t verdisconteerd met (1+r)^t.",
  },
  params: {
    yearly_benefits: {
      en: "Benefits for years 1..n: one row or column.",
      nl: "Baten voor jaar 1..n: één rij of kolom.",
    },
    yearly_costs: {
      en: "Costs for years 1..n: as many cells as the benefits.",
      nl: "Kosten voor jaar 1..n: evenveel cellen als de baten.",
    },
    discount_rate: {
      en: "discount rate a year (Forrester TEI uses 10%).",
      nl: "disconteringsvoet per jaar (Forrester TEI gebruikt 10%).",
    },
    initial_costs: {
      en: "one-off costs at time 0, not discounted.",
      nl: "eenmalige kosten op moment 0, niet verdisconteerd.",
    },
  },
  native: ([b, c, rate, initial]) => {
    if (!isGiven(b) || !isGiven(c)) return null;
    const r = value(rate, DEFAULTS.discountRate.value);
    const presentCosts = `(${amount(initial, 0)}+NPV(${r},${c.text}))`;
    return form(`(NPV(${r},${b.text})-${presentCosts})/${presentCosts}`);
  },
};

export const RISK_ADJUST = runtime(
  [
    { name: "amount", nl: "bedrag", kind: "amount", min: 0 },
    { name: "risk", nl: "risico", kind: "number", min: 0, max: 1, rate: true },
    { name: "is_cost", nl: "is_kosten", kind: "logical", default: false },
  ] as const,
  riskAdjust,
);

export const RISK_ADJUST_TEXT: FunctionText<typeof RISK_ADJUST.params> = {
  nlName: "RISICOCORRECTIE",
  description: {
    en: "Risk adjustment per line item: a benefit × (1 − risk), or a cost × (1 + risk).",
    nl: "Risicocorrectie per post: een baat × (1 − risico), of een kostenpost × (1 + risico).",
  },
  params: {
    amount: {
      en: "The amount (or a range, summed).",
      nl: "Het bedrag (of een bereik, opgeteld).",
    },
    risk: { en: "Risk percentage, 0% to 100%.", nl: "Risicopercentage, 0% tot 100%." },
    is_cost: {
      en: "TRUE when the amount is a cost.",
      nl: "WAAR als het bedrag een kostenpost is.",
    },
  },
  native: ([a, risk, isCost]) => {
    const [total, r] = [amount(a), value(risk)];
    if (!isGiven(isCost)) return form(`${total}*(1-${r})`);
    return form(`IF(${logical(isCost)},${total}*(1+${r}),${total}*(1-${r}))`, true);
  },
};
