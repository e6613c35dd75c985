/**
 * The figures a new user starts from (example values the sheet labels as such) and the article
 * presets that reproduce the articles' worked examples exactly: E1 = 100% (digital customer service)
 * and E2 = 30% (24/7 reachability) in the article-method row.
 */
import { LEGAL_HOLIDAYS, weekdayHolidayCount } from "../holidays";
import type { CaseFigures, Figures, TemplateKind } from "./inputs";

/** The year whose weekday public holidays the 24/7 example staffs (named in the input's note). */
export const EXAMPLE_HOLIDAY_YEAR = 2027;

/** Timing, risk and transition figures shared by both examples. */
const TIMING = {
  hiddenCostRate: 0.3, // the digital article: hidden costs can run up to 30–50% of the investment
  pricesContracted: 0, // your figure: mark it when the bot price and licences are signed
  weeklyTeamCost: 8000,
  transitionWeeks: 3, // the digital article: at least 2–4 weeks of reduced productivity
  productivityLoss: 0.25, // assumption: the article gives no share
  rampUpMonths: 12, // published deployments: full effect after 6–18 months
  goLiveShare: 0.3, // published deployments: 20–40% of full deflection at go-live
  discountRate: 0.1, // Forrester TEI: 10% a year
  benefitRisk: 0.1, // assumption (TEI risk adjustment)
  costRisk: 0.05, // assumption (TEI risk adjustment)
  // Assumptions, 0 until the user plans them: no build before go-live, no contract renewal, wages,
  // prices and volumes as today (the articles give none of these).
  monthsToGoLive: 0,
  contractTermMonths: 0,
  renewalCost: 0,
  wageIndexation: 0,
  priceIndexation: 0,
  volumeGrowth: 0,
} as const;

const DIGITAL_EXAMPLE: Figures<"digital"> = {
  ...TIMING,
  contactsPerMonth: 6000,
  standardQuestionShare: 0.5,
  teamOverloaded: 0,
  automatedShare: 0.6,
  handleMinutes: 6, // a standard question, the kind a bot resolves
  otherHandleMinutes: 9, // the rest take longer (volume is not workload)
  escalationShare: 0.1, // assumption: attempts the bot does not resolve
  agentSalaryPerYear: 35500,
  employerOnCost: 0.35, // practice: loaded cost is about 30–40% above gross wage
  productiveHoursPerFte: 1500, // assumption
  overheadPerFteRemoved: 0, // assumption: no seat or licence goes with a fraction of an FTE
  priceAtCostPerContact: 0, // savings at agent time, the cost that goes away
  costPerContact: 6.5, // vendor figures: chat €4–9 per contact
  variableCostShare: 0.5, // assumption: the rest is overhead that stays
  costPerAutomatedContact: 1, // vendor figures: self-service €0.50–2
  realisationShare: 0.6, // assumption
  extraRevenuePerYear: 30000,
  contributionMargin: 0.4, // assumption
  implementationCost: 50000,
  trainingCost: 10000,
  recurringCostPerYear: 18000,
};

/**
 * E1: 100,000 invested; 150,000 staff-cost savings + 50,000 extra revenue in one year. The savings
 * are 6,250 contacts × 12 × 50% standard questions × 80% automated × €5, priced as the article does:
 * the whole cost per contact, all of it cash, nothing escalated (figures derived so the article's
 * total holds); revenue counts in full, as in the article.
 */
const DIGITAL_ARTICLE: Figures<"digital"> = {
  ...DIGITAL_EXAMPLE,
  contactsPerMonth: 6250,
  standardQuestionShare: 0.5,
  automatedShare: 0.8,
  costPerContact: 5,
  priceAtCostPerContact: 1,
  variableCostShare: 1,
  escalationShare: 0,
  costPerAutomatedContact: 0,
  realisationShare: 1,
  extraRevenuePerYear: 50000,
  contributionMargin: 1,
  implementationCost: 100000,
  trainingCost: 0,
  recurringCostPerYear: 0,
  hiddenCostRate: 0,
  weeklyTeamCost: 0,
  rampUpMonths: 0,
  benefitRisk: 0,
  costRisk: 0,
};

/** CAO Rijk §7.1 irregular-hours surcharges (share of hourly salary) and their caps per hour. */
const CAO_RIJK = {
  surcharge_night: 0.4, // Monday–Friday 00–06
  surcharge_earlyMorning: 0.2, // 06–08, for shifts starting before 07:00
  surcharge_evening: 0.2, // 18–22, for shifts ending after 20:00
  surcharge_lateEvening: 0.4, // 22–24
  surcharge_weekend: 0.7, // Saturday and Sunday
  surcharge_holiday: 1, // public holidays
  cap_night: 8.1,
  cap_earlyMorning: 4.05,
  cap_evening: 4.05,
  cap_lateEvening: 8.1,
  cap_weekend: 14.17,
  cap_holiday: 20.24,
  contractHoursPerWeek: 36, // CAO Rijk: a full-time week of 36 hours
} as const;

const REACHABILITY_EXAMPLE: Figures<"reachability"> = {
  ...TIMING,
  ...CAO_RIJK,
  contactsPerMonth: 3000,
  standardQuestionShare: 0.5,
  afterHoursShare: 0.25,
  afterHoursFitThreshold: 0.2, // assumption: the article gives no threshold
  urgentSupport: 0,
  multipleTimeZones: 0,
  automatedShare: 0.6,
  costPerAutomatedContact: 0.5,
  revenuePerServedContact: 25,
  // Assumption, on the low side: most out-of-hours questions come back the next working day.
  lostDemandShare: 0.2,
  contributionMargin: 0.4,
  retainedCustomersPerYear: 60,
  customerLifetimeValue: 500,
  customerLifetimeYears: 5, // assumption
  operationalSavingsPerYear: 10000,
  technologyOneOffCost: 15000,
  technologyCostPerYear: 18000,
  weeklyTeamCost: 4000,
  openFrom: 9,
  openUntil: 17,
  openDays: 5,
  // Sourced, not typed: the law's list (Algemene termijnenwet art. 3, 5 May every year) on
  // weekdays in 2027, the first full year a case built now runs in: 6 (Christmas and Boxing Day
  // fall on the weekend). A fixed year, so the example does not change with the clock.
  publicHolidaysPerYear: weekdayHolidayCount(EXAMPLE_HOLIDAY_YEAR, LEGAL_HOLIDAYS),
  hourlySalary: 20,
  employerOnCost: 0.35, // practice: loaded cost is about 30–40% above gross wage
  staffPerShift: 1,
  productiveHoursPerFte: 1500,
};

/**
 * E2: 50,000 a year on 24/7 automation; 30,000 revenue (2,000 contacts × 12 × 25% out of hours ×
 * 50% standard × 80% automated × €12.50, in full) + 25,000 retention (50 × 500, the article's
 * CLV × customers retained) + 10,000 operational savings.
 */
const REACHABILITY_ARTICLE: Figures<"reachability"> = {
  ...REACHABILITY_EXAMPLE,
  contactsPerMonth: 2000,
  afterHoursShare: 0.25,
  standardQuestionShare: 0.5,
  automatedShare: 0.8,
  costPerAutomatedContact: 0,
  revenuePerServedContact: 12.5,
  lostDemandShare: 1, // the article counts every out-of-hours sale as extra
  contributionMargin: 1,
  retainedCustomersPerYear: 50,
  customerLifetimeValue: 500,
  operationalSavingsPerYear: 10000,
  technologyOneOffCost: 0,
  technologyCostPerYear: 50000,
  hiddenCostRate: 0,
  weeklyTeamCost: 0,
  rampUpMonths: 0,
  benefitRisk: 0,
  costRisk: 0,
};

/** The example figures a new user starts from (each labelled "example value" in the product). */
export function exampleFigures<K extends TemplateKind>(kind: K): Figures<K> {
  return (kind === "digital" ? DIGITAL_EXAMPLE : REACHABILITY_EXAMPLE) as Figures<K>;
}

/** The figures of the article's worked example (E1 or E2). */
export function articleFigures<K extends TemplateKind>(kind: K): Figures<K> {
  return (kind === "digital" ? DIGITAL_ARTICLE : REACHABILITY_ARTICLE) as Figures<K>;
}

/** A kind with its figures as one CaseFigures, without a cast at each caller. */
export function caseOf<K extends TemplateKind>(kind: K, figures: Figures<K>): CaseFigures {
  return { kind, figures } as CaseFigures;
}

/** The example case a new user starts from. */
export const exampleCase = (kind: TemplateKind): CaseFigures => caseOf(kind, exampleFigures(kind));
