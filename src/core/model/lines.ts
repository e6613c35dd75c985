/**
 * From a business case's figures to its cash lines at full effect (domain.md, "What a controller
 * expects of the model"): automated contacts are contacts × standard-question share × the automated
 * share of those (24/7: of the contacts out of hours); freed agent capacity becomes cash only
 * through the realisation share; revenue counts at its contribution margin; retention books each
 * cohort's yearly margin for the years it stays; hidden costs add to the one-off investment, and
 * lost productivity during the transition is an opportunity cost, outside the cash flows.
 */
import { MAX_MONTHS, yearIndex } from "../cashflow";
import type { CaseFigures, Figures } from "./inputs";

/** Benefit lines that grow with adoption (ramp-up), a year at full effect. */
export type RampedBenefitId = "staffSavings" | "revenueMargin" | "operationalSavings";

export interface RetentionLine {
  /** Customers retained a year at full effect (each month's cohort ramps up with adoption). */
  readonly customersPerYear: number;
  /** Margin a retained customer brings a year: CLV ÷ expected lifetime. */
  readonly marginPerCustomerPerYear: number;
  /** How long a cohort stays, in months: 12 × expected lifetime in years. */
  readonly lifetimeMonths: number;
  /** Customer lifetime value: what the article books once per retained customer. */
  readonly lifetimeValue: number;
}

/**
 * Digital: the agent time a resolved contact frees and what it is worth in cash (domain.md, second
 * review: savings at the cost that goes away). Priced at agent time by default: handle time × loaded
 * cost per productive hour (salary × (1 + employer's loading) ÷ productive hours); or, where a user
 * knows only a cost per contact, at its variable share. Overheads count only per FTE removed.
 */
export interface AgentTime {
  /** Loaded agent cost per productive hour: salary × (1 + loading) ÷ productive hours. */
  readonly loadedHourlyCost: number;
  /** Share of the bot's attempts it resolves: 1 − escalation share. */
  readonly resolvedShare: number;
  /** Agent hours one resolved contact frees: its own handle time ÷ 60. */
  readonly hoursPerResolved: number;
  /** What a resolved contact's agent time is worth, before realisation and risk. */
  readonly valuePerResolved: number;
  /** What one bot attempt is worth before realisation: resolved share × (value + overhead per FTE). */
  readonly grossPerAutomated: number;
}

export interface CaseLines {
  /** Automated contacts a year at full effect. */
  readonly automatedPerYear: number;
  /** What one automated contact earns before risk: agent cost × realisation (digital), revenue × margin (24/7). */
  readonly earnedPerAutomated: number;
  /** What one automated contact costs. */
  readonly costPerAutomated: number;
  /** Ramped benefit lines a year at full effect, before risk. */
  readonly rampedBenefits: Readonly<Partial<Record<RampedBenefitId, number>>>;
  /** The ramped benefit line that is automated contacts × what each earns. */
  readonly automatedLine: RampedBenefitId;
  readonly retention: RetentionLine | null;
  /** Digital: what freed agent time is worth and how much of it there is (null for 24/7). */
  readonly agentTime: AgentTime | null;
  /** Automated-contact costs a year at full effect (ramped with adoption). */
  readonly automatedCostPerYear: number;
  /** Licences, maintenance, technology: a year, paid in full from month 1. */
  readonly recurringPerYear: number;
  /** One-off costs before hidden costs. */
  readonly oneOff: number;
  /** Hidden implementation and upkeep costs: one-off × hidden-cost rate. */
  readonly hidden: number;
  /** Paid in month 0: one-off + hidden. */
  readonly initial: number;
  /** Lost productivity in the transition: weekly team cost × weeks × loss. Not cash. */
  readonly opportunityCost: number;
  readonly rampUpMonths: number;
  readonly goLiveShare: number;
  /** Months from contract to go-live: running costs are paid, nothing is realised yet. */
  readonly monthsToGoLive: number;
  /** Contract term in months (0: no renewal); a renewal is paid at the start of each new term. */
  readonly contractTermMonths: number;
  /** Renewal or re-platforming cost, today's prices, paid at each renewal. */
  readonly renewalCost: number;
  /**
   * Yearly indexation of what an automated contact earns: wages for the digital case's agent time;
   * 0 for 24/7 revenue, which stays in today's money.
   */
  readonly earnedIndexation: number;
  /** Yearly indexation of prices: the bot's price, licences, technology, renewals. */
  readonly priceIndexation: number;
  /** Yearly growth of the contact volume, and so of the automated contacts. */
  readonly volumeGrowth: number;
  readonly benefitRisk: number;
  readonly costRisk: number;
  readonly discountRate: number;
}

/**
 * The lines of a business case.
 *
 * @example caseLines({ kind: "digital", figures: articleFigures("digital") }).rampedBenefits
 *   // { staffSavings: 150000, revenueMargin: 50000 }: E1
 */
export function caseLines(input: CaseFigures): CaseLines {
  const f = input.figures;
  const shared = {
    costPerAutomated: f.costPerAutomatedContact,
    hiddenRate: f.hiddenCostRate,
    opportunityCost: f.weeklyTeamCost * f.transitionWeeks * f.productivityLoss,
    rampUpMonths: f.rampUpMonths,
    goLiveShare: f.goLiveShare,
    monthsToGoLive: f.monthsToGoLive,
    contractTermMonths: f.contractTermMonths,
    renewalCost: f.renewalCost,
    // Agent time costs wages; 24/7 revenue per contact is not indexed (a conservative choice).
    earnedIndexation: input.kind === "digital" ? f.wageIndexation : 0,
    priceIndexation: f.priceIndexation,
    volumeGrowth: f.volumeGrowth,
    benefitRisk: f.benefitRisk,
    costRisk: f.costRisk,
    discountRate: f.discountRate,
  };
  const standardAutomated = f.standardQuestionShare * f.automatedShare;
  if (input.kind === "digital") {
    const d = input.figures;
    const automatedPerYear = d.contactsPerMonth * 12 * standardAutomated;
    const time = agentTime(d);
    const earnedPerAutomated = time.grossPerAutomated * d.realisationShare;
    return withCosts(shared, {
      automatedPerYear,
      earnedPerAutomated,
      agentTime: time,
      automatedLine: "staffSavings",
      rampedBenefits: {
        staffSavings: automatedPerYear * earnedPerAutomated,
        revenueMargin: d.extraRevenuePerYear * d.contributionMargin,
      },
      retention: null,
      recurringPerYear: d.recurringCostPerYear,
      oneOff: d.implementationCost + d.trainingCost,
    });
  }
  const r = input.figures;
  const automatedPerYear = r.contactsPerMonth * 12 * r.afterHoursShare * standardAutomated;
  // Only the demand that would otherwise be lost is extra revenue; deferred demand counts nothing.
  const earnedPerAutomated = r.revenuePerServedContact * r.contributionMargin * r.lostDemandShare;
  return withCosts(shared, {
    automatedPerYear,
    earnedPerAutomated,
    agentTime: null,
    automatedLine: "revenueMargin",
    rampedBenefits: {
      revenueMargin: automatedPerYear * earnedPerAutomated,
      operationalSavings: r.operationalSavingsPerYear,
    },
    retention: {
      customersPerYear: r.retainedCustomersPerYear,
      marginPerCustomerPerYear: r.customerLifetimeValue / r.customerLifetimeYears,
      lifetimeMonths: 12 * r.customerLifetimeYears,
      lifetimeValue: r.customerLifetimeValue,
    },
    recurringPerYear: r.technologyCostPerYear,
    oneOff: r.technologyOneOffCost,
  });
}

type Shared = Omit<
  CaseLines,
  | "automatedPerYear"
  | "earnedPerAutomated"
  | "automatedLine"
  | "rampedBenefits"
  | "retention"
  | "agentTime"
  | "automatedCostPerYear"
  | "recurringPerYear"
  | "oneOff"
  | "hidden"
  | "initial"
> & { readonly hiddenRate: number };
type Specific = Pick<
  CaseLines,
  | "automatedPerYear"
  | "earnedPerAutomated"
  | "automatedLine"
  | "rampedBenefits"
  | "retention"
  | "agentTime"
  | "recurringPerYear"
  | "oneOff"
>;

/**
 * The digital case's agent time and its cash value per bot attempt.
 *
 * value per resolved = handle minutes ÷ 60 × loaded hourly cost, or cost per contact × variable share;
 * gross per attempt = (1 − escalation) × (value per resolved + handle minutes ÷ 60 ÷ productive hours ×
 * overhead per FTE removed). Realisation applies to both, so € saved ÷ FTE cashed = salary × (1 +
 * loading) + overhead per FTE on the agent-time basis.
 *
 * @example agentTime(6 min, €40,000 × 1.2 ÷ 1,500 h, no escalation).valuePerResolved === 3.2
 */
export function agentTime(d: Figures<"digital">): AgentTime {
  const loadedHourlyCost =
    (d.agentSalaryPerYear * (1 + d.employerOnCost)) / d.productiveHoursPerFte;
  const hoursPerResolved = d.handleMinutes / 60;
  const valuePerResolved =
    d.priceAtCostPerContact !== 0
      ? d.costPerContact * d.variableCostShare
      : hoursPerResolved * loadedHourlyCost;
  const overheadPerResolved =
    (hoursPerResolved / d.productiveHoursPerFte) * d.overheadPerFteRemoved;
  const resolvedShare = 1 - d.escalationShare;
  return {
    loadedHourlyCost,
    resolvedShare,
    hoursPerResolved,
    valuePerResolved,
    grossPerAutomated: resolvedShare * (valuePerResolved + overheadPerResolved),
  };
}

function withCosts({ hiddenRate, ...shared }: Shared, specific: Specific): CaseLines {
  const hidden = specific.oneOff * hiddenRate;
  return {
    ...shared,
    ...specific,
    automatedCostPerYear: specific.automatedPerYear * shared.costPerAutomated,
    hidden,
    initial: specific.oneOff + hidden,
  };
}

/** Years a case can span: 1..10. */
export const CASE_YEARS = MAX_MONTHS / 12;

/**
 * What one automated contact earns after risk in year `year`, wages and prices indexed.
 *
 * unitValueIn = earned × (1 − benefit risk) × E_y − cost × (1 + cost risk) × P_y,
 * with E_y and P_y the yearly indices (1 + rate)^(y − 1).
 *
 * @example unitValueIn(caseLines(digital with c = 6.5, ρ = 60%, c_auto = 1, risks 10% / 5%), 1) === 2.46
 */
export function unitValueIn(lines: CaseLines, year: number): number {
  return (
    lines.earnedPerAutomated * (1 - lines.benefitRisk) * yearIndex(lines.earnedIndexation, year) -
    lines.costPerAutomated * (1 + lines.costRisk) * yearIndex(lines.priceIndexation, year)
  );
}

/**
 * The ramped cash flow of a month at full effect in year `year`, after risk: what a faster ramp-up
 * brings that month (retention, which a faster ramp-up also raises, comes on top).
 *
 * rampValueIn = automated a year ÷ 12 × G_y × unitValueIn + other ramped a year ÷ 12 × (1 − benefit risk)
 */
export function rampValueIn(lines: CaseLines, year: number): number {
  let other = 0;
  for (const [id, perYear] of Object.entries(lines.rampedBenefits)) {
    if (id !== lines.automatedLine) other += perYear;
  }
  const volume = yearIndex(lines.volumeGrowth, year);
  return (
    (lines.automatedPerYear / 12) * volume * unitValueIn(lines, year) +
    (other / 12) * (1 - lines.benefitRisk)
  );
}

/** The lowest of a yearly value over years 1..10: a guard holds only if it holds every year. */
function worstYear(valueIn: (year: number) => number): number {
  let worst = Infinity;
  for (let year = 1; year <= CASE_YEARS; year++) worst = Math.min(worst, valueIn(year));
  return worst;
}

/**
 * What an automated contact earns after risk in its worst year; more automated contacts raise
 * every month's cash flow only when it is ≥ 0 (scenarios.ts).
 */
export function unitValue(lines: CaseLines): number {
  return worstYear((year) => unitValueIn(lines, year));
}

/** The ramped monthly cash flow in its worst year; a faster ramp-up helps only when it is ≥ 0. */
export function rampValue(lines: CaseLines): number {
  return worstYear((year) => rampValueIn(lines, year));
}
