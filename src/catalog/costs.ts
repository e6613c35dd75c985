/** Hidden implementation costs and the staff cost of shifts with irregular-hours surcharges. */
import { hiddenCosts, staffCost } from "../core/costs";
import { DEFAULTS } from "../core/defaults";
import { WEEKS_PER_YEAR } from "../core/model/inputs";
import { amount, form, isGiven, operand, value } from "./native/args";
import { runtime, type FunctionText } from "./types";

export const HIDDEN_COSTS = runtime(
  [
    { name: "initial_investment", nl: "initiele_investering", kind: "amount", min: 0 },
    {
      name: "hidden_cost_rate",
      nl: "percentage_verborgen_kosten",
      kind: "number",
      default: DEFAULTS.hiddenCostRate.value,
      min: 0,
      max: 1,
      rate: true,
    },
    { name: "weekly_team_cost", nl: "teamkosten_per_week", kind: "number", default: 0, min: 0 },
    {
      name: "transition_weeks",
      nl: "overgangsweken",
      kind: "number",
      default: DEFAULTS.transitionWeeks.value,
      min: 0,
      max: WEEKS_PER_YEAR,
    },
    {
      name: "productivity_loss",
      nl: "productiviteitsverlies",
      kind: "number",
      default: DEFAULTS.productivityLoss.value,
      min: 0,
      max: 1,
      rate: true,
    },
  ] as const,
  hiddenCosts,
);

export const HIDDEN_COSTS_TEXT: FunctionText<typeof HIDDEN_COSTS.params> = {
  nlName: "VERBORGEN_KOSTEN",
  description: {
    en: "Hidden costs of implementation and upkeep: investment × rate + weekly team cost × transition weeks × productivity loss.",
    nl: "Verborgen kosten van implementatie en onderhoud: investering × percentage + teamkosten per week × overgangsweken × productiviteitsverlies.",
  },
  params: {
    initial_investment: {
      en: "The initial investment (an amount or a range, summed).",
      nl: "De initiële investering (bedrag of bereik, opgeteld).",
    },
    hidden_cost_rate: {
      en: "hidden costs as a share of the initial investment; they can run up to 30–50% (What is the ROI of digital customer service?).",
      nl: "verborgen kosten als deel van de initiële investering; die kunnen oplopen tot 30–50% (Wat is de ROI van digitale klantenservice?).",
    },
    weekly_team_cost: {
      en: "the team's staff cost a week.",
      nl: "personeelskosten van het team per week.",
    },
    transition_weeks: {
      en: "weeks of reduced productivity; at least 2–4 weeks (What is the ROI of digital customer service?).",
      nl: "weken verminderde productiviteit; minimaal 2–4 weken (Wat is de ROI van digitale klantenservice?).",
    },
    productivity_loss: {
      en: "share of productivity lost in those weeks (assumption: not in the source).",
      nl: "deel van de productiviteit dat in die weken verloren gaat (aanname: staat niet in de bron).",
    },
  },
  native: ([i, rate, weekly, weeks, loss]) => {
    const share = `${amount(i)}*${value(rate, DEFAULTS.hiddenCostRate.value)}`;
    // Without a weekly team cost the second term is 0 × … = 0: leave it out.
    if (!isGiven(weekly)) return form(share);
    return form(
      `${share}+${operand(weekly)}*${value(weeks, DEFAULTS.transitionWeeks.value)}*` +
        value(loss, DEFAULTS.productivityLoss.value),
    );
  },
};

export const STAFF_COST = runtime(
  [
    { name: "hours", nl: "uren", kind: "cells", min: 0 },
    { name: "hourly_cost", nl: "kosten_per_uur", kind: "number", min: 0 },
    // Surcharges run to 100% for public holidays in CAO Rijk; some agreements pay more, so up to 200%.
    { name: "surcharge", nl: "toeslag", kind: "cells", default: 0, min: 0, max: 2, rate: true },
    { name: "staff", nl: "medewerkers", kind: "number", default: 1, min: 0 },
  ] as const,
  staffCost,
);

export const STAFF_COST_TEXT: FunctionText<typeof STAFF_COST.params> = {
  nlName: "PERSONEELSKOSTEN",
  description: {
    en: "Staff cost of shifts: Σ hours × hourly cost × (1 + surcharge) × staff; one row per shift type.",
    nl: "Personeelskosten van diensten: Σ uren × kosten per uur × (1 + toeslag) × medewerkers; één rij per soort dienst.",
  },
  params: {
    hours: {
      en: "Hours per shift type (a number or a range).",
      nl: "Uren per soort dienst (getal of bereik).",
    },
    hourly_cost: { en: "Cost per hour.", nl: "Kosten per uur." },
    surcharge: {
      en: "irregular-hours surcharge, one rate or a range shaped like hours (0% to 200%).",
      nl: "toeslag onregelmatige uren, één percentage of een bereik zo groot als uren (0% tot 200%).",
    },
    staff: { en: "number of staff on each shift.", nl: "aantal medewerkers per dienst." },
  },
  native: ([hours, hourly, surcharge, staff]) => {
    if (!isGiven(hours)) return null;
    const rate = isGiven(surcharge) ? `*(1+${operand(surcharge)})` : "";
    // SUMPRODUCT evaluates its argument as an array in every Excel version: one product per shift.
    return form(`SUMPRODUCT(${operand(hours)}*${value(hourly)}${rate}*${value(staff, 1)})`, true);
  },
};
