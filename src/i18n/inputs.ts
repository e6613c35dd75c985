/**
 * What the sheet and the wizard say about each input, in English and Dutch: label, unit, and the
 * note naming where the value comes from — a source by its title, with its own qualifier ("can run
 * up to", "at least"), or "assumption", or "example value: replace it with your own figure".
 */
import type { Lang } from "./language";

type Texts<K extends string> = Readonly<Record<K, string>>;

/**
 * The same words in English and Dutch: the Dutch names exactly the keys the English names. The
 * keys are the core's ids (inputs, units, sections, sources); i18n imports nothing (design.md,
 * layers), so the layers that index these with a core id are where a missing word fails to
 * compile, and test/i18n/words.test.ts checks no word is left over.
 */
function bilingual<K extends string>(en: Texts<K>, nl: Texts<NoInfer<K>>): Record<Lang, Texts<K>> {
  return { en, nl };
}

export const INPUT_LABELS = bilingual(
  {
    contactsPerMonth: "Customer contacts a month",
    standardQuestionShare: "Share of standard questions",
    teamOverloaded: "Team regularly overloaded (1 = yes, 0 = no)",
    afterHoursShare: "Share of contacts outside opening hours",
    afterHoursFitThreshold: "Out-of-hours share that counts as “many customers”",
    urgentSupport: "Support is urgent: critical product, fast decisions (1 = yes)",
    multipleTimeZones: "Customers in several time zones (1 = yes)",
    automatedShare: "Standard questions resolved by automation",
    handleMinutes: "Handling time of a contact with an agent",
    costPerContact: "Cost of a contact with an agent",
    costPerAutomatedContact: "Cost of an automated contact",
    realisationShare: "Share of freed agent capacity that becomes cash",
    productiveHoursPerFte: "Productive hours per FTE a year",
    extraRevenuePerYear: "Extra revenue from better service a year",
    revenuePerServedContact: "Revenue per contact served out of hours",
    contributionMargin: "Contribution margin on extra revenue",
    retainedCustomersPerYear: "Customers retained a year by 24/7 service",
    customerLifetimeValue: "Customer lifetime value (margin over the whole relationship)",
    customerLifetimeYears: "Expected customer lifetime",
    operationalSavingsPerYear: "Operational savings a year (cash)",
    implementationCost: "Set-up, implementation and integration (one-off)",
    trainingCost: "Training and consultancy (one-off)",
    recurringCostPerYear: "Licences, maintenance, optimisation, support a year",
    technologyOneOffCost: "Technology set-up and integration (one-off)",
    technologyCostPerYear: "24/7 technology (chatbot, voice bot, telephony) a year",
    hiddenCostRate: "Hidden costs, share of the one-off costs",
    weeklyTeamCost: "Team staff cost a week",
    transitionWeeks: "Weeks of reduced productivity",
    productivityLoss: "Productivity lost in those weeks",
    rampUpMonths: "Ramp-up to full effect",
    goLiveShare: "Share of full effect at go-live",
    discountRate: "Discount rate a year",
    benefitRisk: "Risk adjustment of benefits",
    costRisk: "Risk adjustment of costs",
    openFrom: "Opening hours today: from",
    openUntil: "Opening hours today: until",
    openDays: "Open days a week (from Monday)",
    publicHolidaysPerYear: "Public holidays on weekdays a year",
    hourlySalary: "Staffing alternative: gross hourly salary",
    employerOnCost: "Employer on-cost on salary",
    staffPerShift: "Staff on each shift",
    contractHoursPerWeek: "Contract hours of a full-time week",
    surcharge_night: "Surcharge weekdays 00–06",
    surcharge_earlyMorning: "Surcharge weekdays 06–08",
    surcharge_evening: "Surcharge weekdays 18–22",
    surcharge_lateEvening: "Surcharge weekdays 22–24",
    surcharge_weekend: "Surcharge Saturday and Sunday",
    surcharge_holiday: "Surcharge public holidays",
    cap_night: "Cap per hour, weekdays 00–06",
    cap_earlyMorning: "Cap per hour, weekdays 06–08",
    cap_evening: "Cap per hour, weekdays 18–22",
    cap_lateEvening: "Cap per hour, weekdays 22–24",
    cap_weekend: "Cap per hour, Saturday and Sunday",
    cap_holiday: "Cap per hour, public holidays",
  },
  {
    contactsPerMonth: "Klantcontacten per maand",
    standardQuestionShare: "Aandeel standaardvragen",
    teamOverloaded: "Team regelmatig overbelast (1 = ja, 0 = nee)",
    afterHoursShare: "Aandeel contacten buiten openingstijd",
    afterHoursFitThreshold: "Aandeel buiten openingstijd dat telt als ‘veel klanten’",
    urgentSupport: "Support is urgent: kritisch product, snelle beslissingen (1 = ja)",
    multipleTimeZones: "Klanten in meerdere tijdzones (1 = ja)",
    automatedShare: "Standaardvragen opgelost door automatisering",
    handleMinutes: "Afhandeltijd van een contact met een medewerker",
    costPerContact: "Kosten van een contact met een medewerker",
    costPerAutomatedContact: "Kosten van een geautomatiseerd contact",
    realisationShare: "Deel van de vrijgekomen capaciteit dat in geld wordt verzilverd",
    productiveHoursPerFte: "Productieve uren per fte per jaar",
    extraRevenuePerYear: "Extra omzet door betere service per jaar",
    revenuePerServedContact: "Omzet per contact geholpen buiten openingstijd",
    contributionMargin: "Dekkingsbijdrage op extra omzet",
    retainedCustomersPerYear: "Klanten per jaar behouden door 24/7 service",
    customerLifetimeValue: "Klantwaarde (marge over de hele klantrelatie)",
    customerLifetimeYears: "Verwachte duur van de klantrelatie",
    operationalSavingsPerYear: "Operationele besparingen per jaar (kasbasis)",
    implementationCost: "Inrichting, implementatie en integratie (eenmalig)",
    trainingCost: "Training en advies (eenmalig)",
    recurringCostPerYear: "Licenties, onderhoud, optimalisatie, support per jaar",
    technologyOneOffCost: "Inrichting en integratie technologie (eenmalig)",
    technologyCostPerYear: "24/7 technologie (chatbot, voicebot, telefonie) per jaar",
    hiddenCostRate: "Verborgen kosten, deel van de eenmalige kosten",
    weeklyTeamCost: "Personeelskosten van het team per week",
    transitionWeeks: "Weken verminderde productiviteit",
    productivityLoss: "Productiviteitsverlies in die weken",
    rampUpMonths: "Aanloop tot volledig effect",
    goLiveShare: "Deel van het volle effect bij livegang",
    discountRate: "Disconteringsvoet per jaar",
    benefitRisk: "Risicocorrectie op baten",
    costRisk: "Risicocorrectie op kosten",
    openFrom: "Openingstijden nu: vanaf",
    openUntil: "Openingstijden nu: tot",
    openDays: "Open dagen per week (vanaf maandag)",
    publicHolidaysPerYear: "Feestdagen op werkdagen per jaar",
    hourlySalary: "Alternatief met personeel: bruto uurloon",
    employerOnCost: "Werkgeverslasten op het loon",
    staffPerShift: "Medewerkers per dienst",
    contractHoursPerWeek: "Contracturen van een voltijdweek",
    surcharge_night: "Toeslag werkdagen 00–06",
    surcharge_earlyMorning: "Toeslag werkdagen 06–08",
    surcharge_evening: "Toeslag werkdagen 18–22",
    surcharge_lateEvening: "Toeslag werkdagen 22–24",
    surcharge_weekend: "Toeslag zaterdag en zondag",
    surcharge_holiday: "Toeslag feestdagen",
    cap_night: "Maximum per uur, werkdagen 00–06",
    cap_earlyMorning: "Maximum per uur, werkdagen 06–08",
    cap_evening: "Maximum per uur, werkdagen 18–22",
    cap_lateEvening: "Maximum per uur, werkdagen 22–24",
    cap_weekend: "Maximum per uur, zaterdag en zondag",
    cap_holiday: "Maximum per uur, feestdagen",
  },
);

export const UNITS = bilingual(
  {
    currency: "€",
    currencyPerYear: "€ a year",
    currencyPerWeek: "€ a week",
    currencyPerHour: "€ an hour",
    contactsPerMonth: "contacts a month",
    customersPerYear: "customers a year",
    percent: "%",
    months: "months",
    weeks: "weeks",
    years: "years",
    minutes: "minutes",
    hour: "hour (0–24)",
    days: "days",
    daysPerYear: "days a year",
    hoursPerWeek: "hours a week",
    hoursPerYear: "hours a year",
    people: "people",
    flag: "1 / 0",
  },
  {
    currency: "€",
    currencyPerYear: "€ per jaar",
    currencyPerWeek: "€ per week",
    currencyPerHour: "€ per uur",
    contactsPerMonth: "contacten per maand",
    customersPerYear: "klanten per jaar",
    percent: "%",
    months: "maanden",
    weeks: "weken",
    years: "jaar",
    minutes: "minuten",
    hour: "uur (0–24)",
    days: "dagen",
    daysPerYear: "dagen per jaar",
    hoursPerWeek: "uur per week",
    hoursPerYear: "uur per jaar",
    people: "personen",
    flag: "1 / 0",
  },
);

export const SECTION_NAMES = bilingual(
  {
    volume: "Volume and situation",
    automation: "Automation and freed capacity",
    revenue: "Revenue and retention",
    costs: "Costs",
    transition: "Transition (opportunity cost, not cash)",
    timing: "Ramp-up, discounting and risk",
    staffing: "Staffing alternative (CAO Rijk §7.1)",
  },
  {
    volume: "Volume en situatie",
    automation: "Automatisering en vrijgekomen capaciteit",
    revenue: "Omzet en klantbehoud",
    costs: "Kosten",
    transition: "Overgang (gemiste productiviteit, geen kasstroom)",
    timing: "Aanloop, disconteren en risico",
    staffing: "Alternatief met personeel (CAO Rijk §7.1)",
  },
);

/** The note for an input without a note of its own: by where its value comes from. */
export const SOURCE_NOTES = bilingual(
  {
    figure: "Your figure (example value: replace it with your own).",
    digitalArticle:
      "Source: the article “Wat is de ROI van digitale klantenservice?” (Sound of Data).",
    reachabilityArticle:
      "Source: the article “Wat is de ROI van 24/7 bereikbaarheid?” (Sound of Data).",
    forresterTei: "Forrester Total Economic Impact (TEI) practice.",
    caoRijk:
      "CAO Rijk §7.1 (caorijk.nl, Hoofdstuk 7. Variabele beloning); use your own collective agreement's figure.",
    vendorFigures: "Indicative Dutch vendor figures; use your own.",
    publishedDeployments: "Published deployments.",
    publicHolidays: "Dutch public holidays falling on a weekday.",
    assumption: "Assumption: not in the sources. Edit it.",
  },
  {
    figure: "Uw cijfer (voorbeeldwaarde: vervang door uw eigen cijfer).",
    digitalArticle:
      "Bron: het artikel ‘Wat is de ROI van digitale klantenservice?’ (Sound of Data).",
    reachabilityArticle:
      "Bron: het artikel ‘Wat is de ROI van 24/7 bereikbaarheid?’ (Sound of Data).",
    forresterTei: "Praktijk van Forrester Total Economic Impact (TEI).",
    caoRijk:
      "CAO Rijk §7.1 (caorijk.nl, Hoofdstuk 7. Variabele beloning); vul het cijfer van uw eigen cao in.",
    vendorFigures: "Indicatieve Nederlandse cijfers van leveranciers; vul uw eigen cijfer in.",
    publishedDeployments: "Gepubliceerde implementaties.",
    publicHolidays: "Nederlandse feestdagen die op een werkdag vallen.",
    assumption: "Aanname: staat niet in de bronnen. Pas aan.",
  },
);

/** Notes of their own, where the source says more than its name. */
/** An input as i18n names it (the core's InputId, checked where the two meet). */
export type InputWord = keyof (typeof INPUT_LABELS)["en"];
type SourceWord = keyof (typeof SOURCE_NOTES)["en"];

export const INPUT_NOTES: Readonly<Record<Lang, Partial<Texts<InputWord>>>> = {
  en: {
    contactsPerMonth:
      "Your figure (example value). The digital article: worth it from 500 contacts a month; from 1,000 the relief is felt at once.",
    standardQuestionShare:
      "Your figure (example value). The digital article: with more than 40% standard questions automation is very profitable.",
    teamOverloaded: "Your figure. The digital article: an overloaded team is a reason on its own.",
    afterHoursShare:
      "Your figure (example value): from your contact log (Use my contact log in the pane) or your own count of contacts by hour.",
    afterHoursFitThreshold:
      "Assumption: the 24/7 article says 24/7 pays when many customers are active out of hours, without a number.",
    urgentSupport:
      "Your figure. The 24/7 article: it pays when the product is critical or decisions are fast.",
    multipleTimeZones: "Your figure. The 24/7 article: it pays when customers span time zones.",
    automatedShare:
      "Share of the standard questions. The 24/7 article: automation can handle up to 80% of standard questions; count resolved, not just contained.",
    handleMinutes: "Your figure (example value): average handling time, for the FTE view.",
    costPerContact:
      "Indicative Dutch vendor figures: phone €7–15, chat €4–9, e-mail €3–6 a contact.",
    costPerAutomatedContact: "Indicative Dutch vendor figures: self-service €0.50–2 a contact.",
    realisationShare:
      "Assumption: freed capacity is cash only through fewer hires, attrition not replaced, or overtime and temps avoided.",
    productiveHoursPerFte: "Assumption: contract hours less holidays, leave and absence.",
    contributionMargin:
      "Assumption: revenue is not profit; TEI counts revenue at its margin. The article preset uses 100%, as the article does.",
    customerLifetimeYears:
      "Assumption: each cohort brings CLV ÷ lifetime a year for the years it stays, inside the horizon.",
    operationalSavingsPerYear:
      "Your figure (example value): count only savings that reduce cash costs.",
    hiddenCostRate:
      "The digital article: hidden costs in implementation and upkeep “can run up to 30–50%” of the initial investment — a ceiling, not a typical value.",
    transitionWeeks:
      "The digital article: count on “at least 2–4 weeks of reduced productivity” during the transition.",
    productivityLoss: "Assumption: the article does not say how much productivity is lost.",
    rampUpMonths:
      "Published deployments: full effect after 6–18 months. The digital article: simple chatbots 3–6 months, omnichannel 9–18.",
    goLiveShare: "Published deployments: 20–40% of full deflection at go-live.",
    discountRate: "Forrester TEI discounts year t by 1.1^t (10% a year).",
    benefitRisk: "Assumption: TEI lowers each benefit by its risk.",
    costRisk: "Assumption: TEI raises each cost by its risk.",
    publicHolidaysPerYear:
      "Dutch public holidays on weekdays in 2027 (Algemene termijnenwet art. 3 and Bevrijdingsdag): 6. They are staffed 24 hours at the holiday rate; if your CAO gives 5 May off only in lustrum years, count one fewer.",
    hourlySalary: "Your figure (example value): gross salary, the base of CAO surcharges.",
    employerOnCost: "Indicative: loaded employer cost is about 30–40% above gross wage.",
    staffPerShift: "Assumption.",
    contractHoursPerWeek: "CAO Rijk: a full-time week of 36 hours.",
  },
  nl: {
    contactsPerMonth:
      "Uw cijfer (voorbeeldwaarde). Het artikel over digitale klantenservice: loont vanaf 500 contacten per maand; vanaf 1.000 is de ontlasting direct merkbaar.",
    standardQuestionShare:
      "Uw cijfer (voorbeeldwaarde). Het artikel over digitale klantenservice: bij meer dan 40% standaardvragen is automatisering zeer rendabel.",
    teamOverloaded:
      "Uw cijfer. Het artikel over digitale klantenservice: een overbelast team is op zich al een reden.",
    afterHoursShare:
      "Uw cijfer (voorbeeldwaarde): uit uw contactlog (Gebruik mijn contactlog in het deelvenster) of uw eigen telling van contacten per uur.",
    afterHoursFitThreshold:
      "Aanname: het artikel over 24/7 zegt dat 24/7 loont als veel klanten buiten kantoortijd actief zijn, zonder getal.",
    urgentSupport:
      "Uw cijfer. Het artikel over 24/7: het loont bij een kritisch product of snelle beslissingen.",
    multipleTimeZones:
      "Uw cijfer. Het artikel over 24/7: het loont als klanten in meerdere tijdzones zitten.",
    automatedShare:
      "Deel van de standaardvragen. Het artikel over 24/7: automatisering kan tot 80% van de standaardvragen afhandelen; tel opgelost, niet alleen afgevangen.",
    handleMinutes:
      "Uw cijfer (voorbeeldwaarde): gemiddelde afhandeltijd, voor de berekening in fte.",
    costPerContact:
      "Indicatieve Nederlandse cijfers van leveranciers: telefoon €7–15, chat €4–9, e-mail €3–6 per contact.",
    costPerAutomatedContact:
      "Indicatieve Nederlandse cijfers van leveranciers: selfservice €0,50–2 per contact.",
    realisationShare:
      "Aanname: vrijgekomen capaciteit levert alleen geld op via minder werving, natuurlijk verloop of minder overwerk en inhuur.",
    productiveHoursPerFte: "Aanname: contracturen min vakantie, verlof en verzuim.",
    contributionMargin:
      "Aanname: omzet is geen winst; TEI telt omzet tegen de marge. De voorinstelling uit het artikel gebruikt 100%, zoals het artikel.",
    customerLifetimeYears:
      "Aanname: elk cohort levert klantwaarde ÷ duur per jaar op zolang het blijft, binnen de horizon.",
    operationalSavingsPerYear:
      "Uw cijfer (voorbeeldwaarde): tel alleen besparingen die kasuitgaven verlagen.",
    hiddenCostRate:
      "Het artikel over digitale klantenservice: verborgen kosten in implementatie en onderhoud ‘kunnen oplopen tot 30–50%’ van de initiële investering — een bovengrens, geen gangbare waarde.",
    transitionWeeks:
      "Het artikel over digitale klantenservice: reken op ‘minimaal 2-4 weken verminderde productiviteit’ tijdens de overgang.",
    productivityLoss: "Aanname: het artikel zegt niet hoeveel productiviteit verloren gaat.",
    rampUpMonths:
      "Gepubliceerde implementaties: volledig effect na 6–18 maanden. Het artikel over digitale klantenservice: eenvoudige chatbots 3–6 maanden, omnichannel 9–18.",
    goLiveShare: "Gepubliceerde implementaties: 20–40% van het volle effect bij livegang.",
    discountRate: "Forrester TEI verdisconteert jaar t met 1,1^t (10% per jaar).",
    benefitRisk: "Aanname: TEI verlaagt elke baat met het risico.",
    costRisk: "Aanname: TEI verhoogt elke kostenpost met het risico.",
    publicHolidaysPerYear:
      "Nederlandse feestdagen op werkdagen in 2027 (Algemene termijnenwet art. 3 en Bevrijdingsdag): 6. Die worden 24 uur bezet tegen het feestdagtarief; geeft uw cao 5 mei alleen in lustrumjaren vrij, tel er dan één minder.",
    hourlySalary: "Uw cijfer (voorbeeldwaarde): brutoloon, de basis van de cao-toeslagen.",
    employerOnCost: "Indicatief: werkgeverslasten liggen ongeveer 30–40% boven het brutoloon.",
    staffPerShift: "Aanname.",
    contractHoursPerWeek: "CAO Rijk: een voltijdweek van 36 uur.",
  },
};

/** The note an input carries in the sheet and the wizard. */
export function inputNote(lang: Lang, id: InputWord, source: SourceWord): string {
  return INPUT_NOTES[lang][id] ?? SOURCE_NOTES[lang][source];
}
