/** Labels of the calculation lines and the cash-flow lines, in English and Dutch. */
import type { Lang } from "./language";

const CALC_EN = {
  loadedHourlyCost: "Loaded agent cost per productive hour: salary × (1 + on-cost) ÷ hours",
  valuePerResolved: "Cash value of the agent time a resolved contact frees, before realisation",
  grossPerAutomated:
    "Per bot attempt: resolved share × (that value + overheads per FTE removed), before realisation",
  unitValue: "What an automated contact earns after risk, in its worst year",
  rampValue: "Benefits with a ramp-up: a month at full effect, after risk, in the worst year",
  automatedPerYear: "Automated contacts a year (contacts × standard share × automated share)",
  earnedPerAutomated:
    "Earned per automated contact, before risk (digital: agent time at the realisation share; 24/7: lost sales only, at margin)",
  automatedBenefitPerYear: "Automated contacts × earned each, a year at full effect",
  otherRampedPerYear: "Other ramped benefits a year at full effect",
  rampedBenefitsPerYear: "Ramped benefits a year at full effect",
  retentionPerCohortMonth: "Retention: margin a month that each month's retained customers add",
  lifetimeMonths: "Months a retained cohort stays",
  automatedCostPerYear: "Cost of automated contacts a year at full effect",
  recurringPerYear: "Recurring costs a year",
  oneOffCosts: "One-off costs",
  hiddenCosts: "Hidden costs",
  initial: "Investment at the start (one-off + hidden)",
  initialAfterRisk: "Investment at the start, after risk",
  opportunityCost: "Lost productivity in the transition (not cash)",
  articleBenefits: "Article method: a year's benefits at full effect",
  articleCosts: "Article method: one-off + a year's costs",
  articleRoi: "Article method: ROI",
  hoursFreedPerYear: "Agent hours freed a year",
  fteFreed: "Agent capacity freed (FTE)",
  fteRealised: "Of which becomes cash (FTE)",
  cashPerFte: "Staff savings ÷ FTE cashed: the loaded cost of an FTE (+ overheads); 0 without FTE",
  staffSavings: "Staff-cost savings that become cash",
  revenueMargin: "Margin on extra revenue",
  operationalSavings: "Operational savings",
  retention: "Retention: margin of retained customers",
  initialCosts: "Investment (one-off + hidden)",
  automatedContacts: "Cost of automated contacts",
  recurring: "Recurring costs",
  renewal: "Contract renewal or re-platforming",
};
export type CalcLabelKey = keyof typeof CALC_EN;

export const CALC_LABELS: Readonly<Record<Lang, Readonly<Record<CalcLabelKey, string>>>> = {
  en: CALC_EN,
  nl: {
    loadedHourlyCost:
      "Medewerkerskosten per productief uur, met lasten: loon × (1 + lasten) ÷ uren",
    valuePerResolved:
      "Waarde in geld van de medewerkerstijd die een opgelost contact vrijmaakt, vóór realisatie",
    grossPerAutomated:
      "Per botgesprek: deel opgelost × (die waarde + overhead per vervallen fte), vóór realisatie",
    unitValue: "Wat een geautomatiseerd contact oplevert na risico, in het slechtste jaar",
    rampValue: "Baten met aanloop: een maand bij volledig effect, na risico, in het slechtste jaar",
    automatedPerYear:
      "Geautomatiseerde contacten per jaar (contacten × deel standaard × deel geautomatiseerd)",
    earnedPerAutomated:
      "Opbrengst per geautomatiseerd contact, vóór risico (digitaal: medewerkerstijd naar rato van de realisatie; 24/7: alleen anders verloren verkoop, tegen dekkingsbijdrage)",
    automatedBenefitPerYear:
      "Geautomatiseerde contacten × opbrengst per stuk, per jaar bij volledig effect",
    otherRampedPerYear: "Overige baten met aanloop per jaar bij volledig effect",
    rampedBenefitsPerYear: "Baten met aanloop per jaar bij volledig effect",
    retentionPerCohortMonth:
      "Klantbehoud: maandmarge van de klanten die in één maand behouden blijven",
    lifetimeMonths: "Maanden dat een behouden cohort blijft",
    automatedCostPerYear: "Kosten van geautomatiseerde contacten per jaar bij volledig effect",
    recurringPerYear: "Terugkerende kosten per jaar",
    oneOffCosts: "Eenmalige kosten",
    hiddenCosts: "Verborgen kosten",
    initial: "Investering bij de start (eenmalig + verborgen)",
    initialAfterRisk: "Investering bij de start, na risico",
    opportunityCost: "Gemiste productiviteit tijdens de overgang (geen kasstroom)",
    articleBenefits: "Methode van het artikel: baten van een jaar bij volledig effect",
    articleCosts: "Methode van het artikel: eenmalig + kosten van een jaar",
    articleRoi: "Methode van het artikel: ROI",
    hoursFreedPerYear: "Vrijgekomen uren van medewerkers per jaar",
    fteFreed: "Vrijgekomen capaciteit (fte)",
    fteRealised: "Waarvan omgezet in kostenbesparing (fte)",
    cashPerFte:
      "Personeelsbesparing ÷ omgezette fte: de kosten van een fte met lasten (+ overhead); 0 zonder fte",
    staffSavings: "Besparing op personeelskosten, verzilverd in geld",
    revenueMargin: "Marge op extra omzet",
    operationalSavings: "Operationele besparingen",
    retention: "Klantbehoud: marge van behouden klanten",
    initialCosts: "Investering (eenmalig + verborgen)",
    automatedContacts: "Kosten van geautomatiseerde contacten",
    recurring: "Terugkerende kosten",
    renewal: "Contractverlenging of nieuw platform",
  },
};

/** The present-value weights below the TEI table. */
const WEIGHT_EN = {
  weightRamped: "PV of €1 a year at full effect, with ramp-up",
  weightAutomatedBenefit:
    "PV of €1 a year saved or earned by automated contacts, with ramp-up, volume growth (and wage indexation, digital)",
  weightAutomatedCost:
    "PV of €1 a year of automated-contact costs, with ramp-up, volume growth and price indexation",
  weightRecurring: "PV of €1 a year of running costs from month 1, price indexation included",
  weightWages: "PV of €1 a year of wages from month 1, wage indexation included",
  weightCohorts: "PV weight of the retained cohorts (€1 a month per cohort while it stays)",
  weightRampedLow: "PV of €1 a year with the short ramp-up",
  weightRampedHigh: "PV of €1 a year with the long ramp-up",
  weightAutomatedBenefitLow: "PV of €1 a year saved or earned by automated contacts, short ramp-up",
  weightAutomatedBenefitHigh: "PV of €1 a year saved or earned by automated contacts, long ramp-up",
  weightAutomatedCostLow: "PV of €1 a year of automated-contact costs, short ramp-up",
  weightAutomatedCostHigh: "PV of €1 a year of automated-contact costs, long ramp-up",
  weightCohortsLow: "PV weight of the retained cohorts, short ramp-up",
  weightCohortsHigh: "PV weight of the retained cohorts, long ramp-up",
};
export type WeightLabelKey = keyof typeof WEIGHT_EN;

export const WEIGHT_LABELS: Readonly<Record<Lang, Readonly<Record<WeightLabelKey, string>>>> = {
  en: WEIGHT_EN,
  nl: {
    weightRamped: "CW van €1 per jaar bij volledig effect, met aanloop",
    weightAutomatedBenefit:
      "CW van €1 per jaar besparing of opbrengst van geautomatiseerde contacten, met aanloop, volumegroei (en loonindexatie, digitaal)",
    weightAutomatedCost:
      "CW van €1 per jaar kosten van geautomatiseerde contacten, met aanloop, volumegroei en prijsindexatie",
    weightRecurring: "CW van €1 per jaar lopende kosten vanaf maand 1, inclusief prijsindexatie",
    weightWages: "CW van €1 per jaar loonkosten vanaf maand 1, inclusief loonindexatie",
    weightCohorts:
      "CW-gewicht van de behouden cohorten (€1 per maand per cohort zolang het blijft)",
    weightRampedLow: "CW van €1 per jaar met de korte aanloop",
    weightRampedHigh: "CW van €1 per jaar met de lange aanloop",
    weightAutomatedBenefitLow:
      "CW van €1 per jaar besparing of opbrengst van geautomatiseerde contacten, korte aanloop",
    weightAutomatedBenefitHigh:
      "CW van €1 per jaar besparing of opbrengst van geautomatiseerde contacten, lange aanloop",
    weightAutomatedCostLow:
      "CW van €1 per jaar kosten van geautomatiseerde contacten, korte aanloop",
    weightAutomatedCostHigh:
      "CW van €1 per jaar kosten van geautomatiseerde contacten, lange aanloop",
    weightCohortsLow: "CW-gewicht van de behouden cohorten, korte aanloop",
    weightCohortsHigh: "CW-gewicht van de behouden cohorten, lange aanloop",
  },
};

/** Driver names in the tornado, and the break-even rows. */
const DRIVER_EN = {
  contacts: "Contacts a month (±20%)",
  automatedShare: "Automated share of standard questions (±20%, at most 80%)",
  afterHoursShare: "Share of contacts out of hours (±20%)",
  valuePerResolved: "Cash value of a resolved contact: agent cost or cost per contact (±20%)",
  lostDemandShare: "Share of out-of-hours demand otherwise lost (±10 points)",
  realisationShare: "Realisation share (±20 points)",
  revenuePerServedContact: "Revenue per contact served out of hours (±20%)",
  contributionMargin: "Contribution margin (±20%)",
  investment: "One-off costs (±20%)",
  recurringCost: "Recurring costs (±20%)",
  rampUp: "Ramp-up (6 to 18 months)",
  breakEvenAutomatedShare: "Automated share of standard questions",
  breakEvenContacts: "Contacts a month",
  breakEvenOneOff: "One-off costs (before hidden costs)",
  slope: "NPV change per unit (shares: per point)",
};
export type DriverLabelKey = keyof typeof DRIVER_EN;

export const DRIVER_LABELS: Readonly<Record<Lang, Readonly<Record<DriverLabelKey, string>>>> = {
  en: DRIVER_EN,
  nl: {
    contacts: "Contacten per maand (±20%)",
    automatedShare: "Geautomatiseerd deel van de standaardvragen (±20%, hoogstens 80%)",
    afterHoursShare: "Aandeel contacten buiten openingstijd (±20%)",
    valuePerResolved:
      "Waarde van een opgelost contact: medewerkerskosten of kosten per contact (±20%)",
    lostDemandShare:
      "Deel van de vraag buiten openingstijd dat anders verloren gaat (±10 procentpunt)",
    realisationShare: "Realisatiedeel (±20 procentpunt)",
    revenuePerServedContact: "Omzet per buiten openingstijd geholpen contact (±20%)",
    contributionMargin: "Dekkingsbijdrage (±20%)",
    investment: "Eenmalige kosten (±20%)",
    recurringCost: "Terugkerende kosten (±20%)",
    rampUp: "Aanloop (6 tot 18 maanden)",
    breakEvenAutomatedShare: "Geautomatiseerd deel van de standaardvragen",
    breakEvenContacts: "Contacten per maand",
    breakEvenOneOff: "Eenmalige kosten (vóór verborgen kosten)",
    slope: "NCW-verandering per eenheid (percentages: per procentpunt)",
  },
};
