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
    handleMinutes: "Agent handling time of a standard question",
    otherHandleMinutes: "Agent handling time of the other contacts",
    escalationShare: "Share of bot attempts that still reach an agent",
    agentSalaryPerYear: "Gross salary of an agent FTE a year",
    overheadPerFteRemoved: "Overheads that go with each FTE removed (seat, licences)",
    priceAtCostPerContact:
      "Value savings at the variable share of the cost per contact instead of agent time (1 = yes)",
    costPerContact: "Cost of a contact with an agent, overheads included",
    variableCostShare: "Share of that cost that falls with agent time",
    costPerAutomatedContact: "Cost of an automated contact",
    realisationShare: "Share of freed agent capacity that becomes cash",
    productiveHoursPerFte: "Productive hours per FTE a year",
    extraRevenuePerYear: "Extra revenue from better service a year",
    revenuePerServedContact: "Revenue per contact served out of hours",
    lostDemandShare: "Share of that demand that would otherwise be lost",
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
    pricesContracted: "Bot price and licences are contracted (1 = yes)",
    hiddenCostRate: "Hidden costs, share of the one-off costs",
    weeklyTeamCost: "Team staff cost a week",
    transitionWeeks: "Weeks of reduced productivity",
    productivityLoss: "Productivity lost in those weeks",
    rampUpMonths: "Ramp-up to full effect",
    goLiveShare: "Share of full effect at go-live",
    discountRate: "Discount rate a year",
    benefitRisk: "Risk adjustment of benefits",
    costRisk: "Risk adjustment of costs",
    monthsToGoLive: "Months from contract to go-live",
    contractTermMonths: "Contract term (0 = no renewal)",
    renewalCost: "Renewal or re-platforming cost, at each new term",
    wageIndexation: "Yearly indexation of wages",
    priceIndexation: "Yearly indexation of prices and licences",
    volumeGrowth: "Yearly growth of the contact volume",
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
    urgentSupport: "Snelle hulp is essentieel: kritisch product, snelle beslissingen (1 = ja)",
    multipleTimeZones: "Klanten in meerdere tijdzones (1 = ja)",
    automatedShare: "Standaardvragen opgelost door automatisering",
    handleMinutes: "Afhandeltijd van een standaardvraag door een medewerker",
    otherHandleMinutes: "Afhandeltijd van de overige contacten",
    escalationShare: "Deel van de botgesprekken dat alsnog bij een medewerker komt",
    agentSalaryPerYear: "Brutoloon van een fte klantenservice per jaar",
    overheadPerFteRemoved: "Overheadkosten die per vervallen fte wegvallen (werkplek, licenties)",
    priceAtCostPerContact:
      "Besparing waarderen tegen het variabele deel van de kosten per contact in plaats van tegen medewerkerstijd (1 = ja)",
    costPerContact: "Kosten van een contact met een medewerker, inclusief overhead",
    variableCostShare: "Deel van die kosten dat meebeweegt met medewerkerstijd",
    costPerAutomatedContact: "Kosten van een geautomatiseerd contact",
    realisationShare: "Deel van de vrijgekomen capaciteit dat in geld wordt verzilverd",
    productiveHoursPerFte: "Productieve uren per fte per jaar",
    extraRevenuePerYear: "Extra omzet door betere service per jaar",
    revenuePerServedContact: "Omzet per buiten openingstijd geholpen contact",
    lostDemandShare: "Deel van die vraag dat anders verloren zou gaan",
    contributionMargin: "Dekkingsbijdrage op extra omzet",
    retainedCustomersPerYear: "Klanten per jaar behouden door 24/7-service",
    customerLifetimeValue: "Klantwaarde (marge over de hele klantrelatie)",
    customerLifetimeYears: "Verwachte duur van de klantrelatie",
    operationalSavingsPerYear: "Operationele besparingen per jaar (kasbasis)",
    implementationCost: "Inrichting, implementatie en integratie (eenmalig)",
    trainingCost: "Training en advies (eenmalig)",
    recurringCostPerYear: "Licenties, onderhoud, optimalisatie, support per jaar",
    technologyOneOffCost: "Inrichting en integratie technologie (eenmalig)",
    technologyCostPerYear: "24/7-technologie (chatbot, voicebot, telefonie) per jaar",
    pricesContracted: "Botprijs en licenties liggen contractueel vast (1 = ja)",
    hiddenCostRate: "Verborgen kosten, deel van de eenmalige kosten",
    weeklyTeamCost: "Personeelskosten van het team per week",
    transitionWeeks: "Weken verminderde productiviteit",
    productivityLoss: "Productiviteitsverlies in die weken",
    rampUpMonths: "Aanloop tot volledig effect",
    goLiveShare: "Deel van het volle effect bij livegang",
    discountRate: "Disconteringsvoet per jaar",
    benefitRisk: "Risicocorrectie op baten",
    costRisk: "Risicocorrectie op kosten",
    monthsToGoLive: "Maanden van contract tot livegang",
    contractTermMonths: "Contractduur (0 = geen verlenging)",
    renewalCost: "Kosten van verlenging of nieuw platform, per nieuwe termijn",
    wageIndexation: "Jaarlijkse loonindexatie",
    priceIndexation: "Jaarlijkse indexatie van prijzen en licenties",
    volumeGrowth: "Jaarlijkse groei van het aantal contacten",
    openFrom: "Huidige openingstijden: van",
    openUntil: "Huidige openingstijden: tot",
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
    life: "Go-live and life of the investment",
    staffing: "Staffing alternative (CAO Rijk §7.1)",
  },
  {
    volume: "Volume en situatie",
    automation: "Automatisering en vrijgekomen capaciteit",
    revenue: "Omzet en klantbehoud",
    costs: "Kosten",
    transition: "Overgang (gemiste productiviteit, geen kasstroom)",
    timing: "Aanloop, disconteren en risico",
    life: "Livegang en looptijd van de investering",
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
      "CAO Rijk §7.1, the collective labour agreement of the Dutch central government (caorijk.nl, chapter 7, variable pay); use your own collective agreement's figure.",
    vendorFigures:
      "Assumption: indicative Dutch vendor figures, no single named source; use your own.",
    publishedDeployments:
      "Assumption: what published deployments commonly report, no single named source.",
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
    vendorFigures:
      "Aanname: indicatieve Nederlandse cijfers van leveranciers, geen enkele benoemde bron; vul uw eigen cijfer in.",
    publishedDeployments:
      "Aanname: wat gepubliceerde implementaties doorgaans melden, geen enkele benoemde bron.",
    publicHolidays: "Nederlandse feestdagen die op een werkdag vallen.",
    assumption: "Aanname (niet uit de bronnen): pas dit aan.",
  },
);

/** Notes of their own, where the source says more than its name. */
/** An input as i18n names it (the core's InputId, checked where the two meet). */
export type InputWord = keyof (typeof INPUT_LABELS)["en"];
type SourceWord = keyof (typeof SOURCE_NOTES)["en"];

export const INPUT_NOTES: Readonly<Record<Lang, Partial<Texts<InputWord>>>> = {
  en: {
    contactsPerMonth:
      "Your figure (example value). “Wat is de ROI van digitale klantenservice?” (Sound of Data): worth it from 500 contacts a month; from 1,000 the relief is felt at once.",
    standardQuestionShare:
      "Your figure (example value). “Wat is de ROI van digitale klantenservice?” (Sound of Data): with more than 40% standard questions automation is very profitable.",
    teamOverloaded:
      "Your figure. “Wat is de ROI van digitale klantenservice?” (Sound of Data): an overloaded team is a reason on its own.",
    afterHoursShare:
      "Your figure (example value): from your contact log (Use my contact log in the pane) or your own count of contacts by hour.",
    afterHoursFitThreshold:
      "Assumption: “Wat is de ROI van 24/7 bereikbaarheid?” (Sound of Data) says 24/7 pays when many customers are active out of hours, without a number.",
    urgentSupport:
      "Your figure. “Wat is de ROI van 24/7 bereikbaarheid?” (Sound of Data): it pays when the product is critical or decisions are fast.",
    multipleTimeZones:
      "Your figure. “Wat is de ROI van 24/7 bereikbaarheid?” (Sound of Data): it pays when customers span time zones.",
    automatedShare:
      "Share of the standard questions. “Wat is de ROI van 24/7 bereikbaarheid?” (Sound of Data): automation can handle up to 80% of standard questions; count resolved, not just contained.",
    handleMinutes:
      "Your figure (example value): the handling time of the questions a bot resolves, usually the short ones. Hours freed come from this time, not the average.",
    otherHandleMinutes:
      "Your figure (example value): the contacts that stay with agents usually take longer, so workload falls less than volume.",
    escalationShare:
      "Assumption: contained is not resolved. An attempt that escalates costs the bot's contact and still an agent's, and frees no time.",
    agentSalaryPerYear:
      "Your figure (example value): staff savings are valued at agent time, salary × (1 + employer on-cost) ÷ productive hours: the cost that goes away when agent hours do.",
    employerOnCost: "Indicative: loaded employer cost is about 30–40% above gross wage.",
    overheadPerFteRemoved:
      "Assumption: overheads (floor space, management, IT, telephony) do not fall with a fraction of an FTE; count them here only per FTE really removed.",
    priceAtCostPerContact:
      "Your choice: 0 values freed time at agent cost; 1 at the cost per contact × its variable share, when that is all you know.",
    costPerContact:
      "Assumption from indicative Dutch vendor figures (no single named source): phone €7–15, chat €4–9, e-mail €3–6 a contact, overheads included. Used only when savings are valued at the cost per contact.",
    variableCostShare:
      "Assumption: the share of the cost per contact that falls when agent hours fall; the rest (overheads) stays.",
    costPerAutomatedContact:
      "Assumption from indicative Dutch vendor figures (no single named source): self-service €0.50–2 a contact.",
    realisationShare:
      "Assumption: freed capacity is cash only through fewer hires, attrition not replaced, or overtime and temps avoided.",
    productiveHoursPerFte: "Assumption: contract hours less holidays, leave and absence.",
    contributionMargin:
      "Assumption: revenue is not profit; TEI counts revenue at its margin. The article preset uses 100%, as the article does.",
    lostDemandShare:
      "Assumption, on the low side: most out-of-hours questions come back the next working day; only sales that would otherwise be lost are extra. The article preset counts them all, as the article does.",
    extraRevenuePerYear:
      "Your figure (example value): only sales that would not happen without the digital service (new customers, orders otherwise lost), not sales that move channel.",
    customerLifetimeYears:
      "Assumption: each cohort brings CLV ÷ lifetime a year for the years it stays, inside the horizon.",
    operationalSavingsPerYear:
      "Your figure (example value): count only savings that reduce cash costs.",
    pricesContracted:
      "Your figure: contracted prices are not uncertain, so the conservative and optimistic scenarios leave the bot price and the licences as entered.",
    hiddenCostRate:
      "“Wat is de ROI van digitale klantenservice?” (Sound of Data): hidden costs in implementation and upkeep “can run up to 30–50%” of the initial investment — a ceiling, not a typical value.",
    transitionWeeks:
      "“Wat is de ROI van digitale klantenservice?” (Sound of Data): count on “at least 2–4 weeks of reduced productivity” during the transition.",
    productivityLoss: "Assumption: the article does not say how much productivity is lost.",
    rampUpMonths:
      "Assumption from published deployments (no single named source): full effect after 6–18 months. “Wat is de ROI van digitale klantenservice?” (Sound of Data): simple chatbots often within 3–6 months, complex omnichannel platforms 9–18 months.",
    goLiveShare:
      "Assumption from published deployments (no single named source): 20–40% of full deflection at go-live.",
    discountRate: "Forrester TEI discounts year t by 1.1^t (10% a year).",
    benefitRisk: "Assumption: TEI lowers each benefit by its risk.",
    costRisk: "Assumption: TEI raises each cost by its risk.",
    monthsToGoLive:
      "Assumption (0: live at once): during the build licences and running costs are paid and nothing is realised; the first month after go-live realises the go-live share.",
    contractTermMonths:
      "Assumption (0: one contract for the whole horizon): at the start of each new term the renewal cost below is paid.",
    renewalCost:
      "Assumption: what renewing, re-tendering or moving to a new platform costs at each new term, in today's prices (indexed with prices).",
    wageIndexation:
      "Assumption (0: today's wages): raises wages each year, as collective agreements do: the value of the agent time freed (digital), the staffing alternative's pay (24/7).",
    priceIndexation:
      "Assumption (0: today's prices): raises the bot's price per contact, licences, technology and renewals each year.",
    volumeGrowth:
      "Assumption (0: today's volume): changes the automated contacts, and what they save and cost, each year; negative for shrinking volume.",
    publicHolidaysPerYear:
      "Dutch public holidays on weekdays in 2027 (Algemene termijnenwet art. 3 and Bevrijdingsdag): 6. They are staffed 24 hours at the holiday rate; if your CAO gives 5 May off only in lustrum years, count one fewer.",
    hourlySalary: "Your figure (example value): gross salary, the base of CAO surcharges.",
    staffPerShift: "Assumption.",
    contractHoursPerWeek: "CAO Rijk: a full-time week of 36 hours.",
    surcharge_earlyMorning:
      "CAO Rijk §7.1: 20% for 06–08, only for a shift that starts before 07:00. A round-the-clock rota's early shift does; set 0% if yours does not.",
    surcharge_evening:
      "CAO Rijk §7.1: 20% for 18–22, only for a shift that ends after 20:00. A round-the-clock rota's evening shift does; set 0% if yours does not.",
  },
  nl: {
    contactsPerMonth:
      "Uw cijfer (voorbeeldwaarde). ‘Wat is de ROI van digitale klantenservice?’ (Sound of Data): loont vanaf 500 contacten per maand; vanaf 1.000 is de ontlasting direct merkbaar.",
    standardQuestionShare:
      "Uw cijfer (voorbeeldwaarde). ‘Wat is de ROI van digitale klantenservice?’ (Sound of Data): bij meer dan 40% standaardvragen is automatisering zeer rendabel.",
    teamOverloaded:
      "Uw cijfer. ‘Wat is de ROI van digitale klantenservice?’ (Sound of Data): een overbelast team is op zich al een reden.",
    afterHoursShare:
      "Uw cijfer (voorbeeldwaarde): uit uw contactlog (Gebruik mijn contactlog in het deelvenster) of uw eigen telling van contacten per uur.",
    afterHoursFitThreshold:
      "Aanname: ‘Wat is de ROI van 24/7 bereikbaarheid?’ (Sound of Data) zegt dat 24/7 loont als veel klanten buiten kantoortijd actief zijn, zonder getal.",
    urgentSupport:
      "Uw cijfer. ‘Wat is de ROI van 24/7 bereikbaarheid?’ (Sound of Data): het loont bij een kritisch product of snelle beslissingen.",
    multipleTimeZones:
      "Uw cijfer. ‘Wat is de ROI van 24/7 bereikbaarheid?’ (Sound of Data): het loont als klanten in meerdere tijdzones zitten.",
    automatedShare:
      "Deel van de standaardvragen. ‘Wat is de ROI van 24/7 bereikbaarheid?’ (Sound of Data): automatisering kan tot 80% van de standaardvragen afhandelen; tel opgelost, niet alleen afgevangen.",
    handleMinutes:
      "Uw cijfer (voorbeeldwaarde): de afhandeltijd van de vragen die een bot oplost, meestal de korte. De vrijgekomen uren komen uit deze tijd, niet uit het gemiddelde.",
    otherHandleMinutes:
      "Uw cijfer (voorbeeldwaarde): de contacten die bij medewerkers blijven duren meestal langer; de werklast daalt dus minder dan het volume.",
    escalationShare:
      "Aanname: afgevangen is niet opgelost. Een gesprek dat doorgaat naar een medewerker kost het botcontact én een medewerkerscontact, en bespaart geen tijd.",
    agentSalaryPerYear:
      "Uw cijfer (voorbeeldwaarde): de besparing wordt gewaardeerd tegen medewerkerstijd, loon × (1 + werkgeverslasten) ÷ productieve uren: de kosten die wegvallen als er uren wegvallen.",
    employerOnCost: "Indicatief: werkgeverslasten liggen ongeveer 30–40% boven het brutoloon.",
    overheadPerFteRemoved:
      "Aanname: overhead (huisvesting, management, IT, telefonie) daalt niet met een deel van een fte; tel die hier alleen per fte dat echt vervalt.",
    priceAtCostPerContact:
      "Uw keuze: 0 waardeert vrijgekomen tijd tegen medewerkerskosten; 1 tegen de kosten per contact × het variabele deel, als u alleen die kent.",
    costPerContact:
      "Aanname op basis van indicatieve Nederlandse cijfers van leveranciers (geen enkele benoemde bron): telefoon €7–15, chat €4–9, e-mail €3–6 per contact, inclusief overhead. Alleen gebruikt als de besparing tegen de kosten per contact wordt gewaardeerd.",
    variableCostShare:
      "Aanname: het deel van de kosten per contact dat daalt als er medewerkersuren wegvallen; de rest (overhead) blijft.",
    costPerAutomatedContact:
      "Aanname op basis van indicatieve Nederlandse cijfers van leveranciers (geen enkele benoemde bron): selfservice €0,50–2 per contact.",
    realisationShare:
      "Aanname: vrijgekomen capaciteit levert alleen geld op via minder werving, natuurlijk verloop of minder overwerk en inhuur.",
    productiveHoursPerFte: "Aanname: contracturen min vakantie, verlof en verzuim.",
    contributionMargin:
      "Aanname: omzet is geen winst; TEI telt omzet tegen de dekkingsbijdrage. De voorinstelling uit het artikel gebruikt 100%, zoals het artikel.",
    lostDemandShare:
      "Aanname, aan de voorzichtige kant: de meeste vragen buiten openingstijd komen de volgende werkdag terug; alleen verkopen die anders verloren gaan zijn extra. De voorinstelling uit het artikel telt ze allemaal, zoals het artikel.",
    extraRevenuePerYear:
      "Uw cijfer (voorbeeldwaarde): alleen verkopen die zonder de digitale service niet zouden plaatsvinden (nieuwe klanten, anders verloren orders), geen verkopen die van kanaal wisselen.",
    customerLifetimeYears:
      "Aanname: elk cohort levert klantwaarde ÷ duur per jaar op zolang het blijft, binnen de horizon.",
    operationalSavingsPerYear:
      "Uw cijfer (voorbeeldwaarde): tel alleen besparingen die kasuitgaven verlagen.",
    pricesContracted:
      "Uw cijfer: contractueel vastgelegde prijzen zijn niet onzeker; het voorzichtige en het optimistische scenario laten de botprijs en de licenties dan zoals ingevuld.",
    hiddenCostRate:
      "‘Wat is de ROI van digitale klantenservice?’ (Sound of Data): verborgen kosten in implementatie en onderhoud ‘kunnen oplopen tot 30–50%’ van de initiële investering — een bovengrens, geen gangbare waarde.",
    transitionWeeks:
      "‘Wat is de ROI van digitale klantenservice?’ (Sound of Data): reken op ‘minimaal 2-4 weken verminderde productiviteit’ tijdens de overgang.",
    productivityLoss: "Aanname: het artikel zegt niet hoeveel productiviteit verloren gaat.",
    rampUpMonths:
      "Aanname op basis van gepubliceerde implementaties (geen enkele benoemde bron): volledig effect na 6–18 maanden. ‘Wat is de ROI van digitale klantenservice?’ (Sound of Data): simpele chatbots leveren vaak binnen 3–6 maanden resultaat, complexe omnichannelplatforms hebben 9–18 maanden nodig.",
    goLiveShare:
      "Aanname op basis van gepubliceerde implementaties (geen enkele benoemde bron): 20–40% van het volle effect bij livegang.",
    discountRate: "Forrester TEI verdisconteert jaar t met 1,1^t (10% per jaar).",
    benefitRisk: "Aanname: TEI verlaagt elke baat met het risico.",
    costRisk: "Aanname: TEI verhoogt elke kostenpost met het risico.",
    monthsToGoLive:
      "Aanname (0: direct live): tijdens de bouw worden licenties en lopende kosten betaald en wordt nog niets gerealiseerd; de eerste maand na livegang levert het aandeel bij livegang.",
    contractTermMonths:
      "Aanname (0: één contract voor de hele horizon): aan het begin van elke nieuwe termijn worden de verlengingskosten hieronder betaald.",
    renewalCost:
      "Aanname: wat verlengen, opnieuw aanbesteden of overstappen naar een nieuw platform per nieuwe termijn kost, in prijzen van nu (geïndexeerd met de prijzen).",
    wageIndexation:
      "Aanname (0: lonen van nu): verhoogt elk jaar de lonen, zoals cao-verhogingen doen: de waarde van de vrijgekomen agenttijd (digitaal), de loonkosten van het alternatief met personeel (24/7).",
    priceIndexation:
      "Aanname (0: prijzen van nu): verhoogt elk jaar de botprijs per contact, de licenties, de technologie en de verlengingen.",
    volumeGrowth:
      "Aanname (0: volume van nu): verandert elk jaar de geautomatiseerde contacten en wat die besparen en kosten; negatief bij krimpend volume.",
    publicHolidaysPerYear:
      "Nederlandse feestdagen op werkdagen in 2027 (Algemene termijnenwet art. 3 en Bevrijdingsdag): 6. Die worden 24 uur bezet tegen het feestdagtarief; geeft uw cao 5 mei alleen in lustrumjaren vrij, tel er dan één minder.",
    hourlySalary: "Uw cijfer (voorbeeldwaarde): brutoloon, de basis van de cao-toeslagen.",
    staffPerShift: "Aanname.",
    contractHoursPerWeek: "CAO Rijk: een voltijdweek van 36 uur.",
    surcharge_earlyMorning:
      "CAO Rijk §7.1: 20% voor 06–08, alleen bij een dienst die vóór 07:00 begint. De vroege dienst van een rooster rond de klok doet dat; zet 0% als die van u dat niet doet.",
    surcharge_evening:
      "CAO Rijk §7.1: 20% voor 18–22, alleen bij een dienst die na 20:00 eindigt. De avonddienst van een rooster rond de klok doet dat; zet 0% als die van u dat niet doet.",
  },
};

/** Notes that differ in the 24/7 case: the digital article's thresholds are not its criteria. */
const REACHABILITY_NOTES: Readonly<Record<Lang, Partial<Texts<InputWord>>>> = {
  en: {
    contactsPerMonth:
      "Your figure (example value): all contacts; the out-of-hours share below picks the ones this case is about.",
  },
  nl: {
    contactsPerMonth:
      "Uw cijfer (voorbeeldwaarde): alle contacten; het aandeel buiten openingstijd hieronder bepaalt om welke het in deze case gaat.",
  },
};

/** The note an input carries in the sheet and the wizard (`reachability` for the 24/7 case). */
export function inputNote(
  lang: Lang,
  id: InputWord,
  source: SourceWord,
  reachability = false,
): string {
  const own = reachability ? REACHABILITY_NOTES[lang][id] : undefined;
  return own ?? INPUT_NOTES[lang][id] ?? SOURCE_NOTES[lang][source];
}
