/** Words that appear in result cells: the worth-it verdicts and the cash-flow table's header. */
import type { Lang } from "./language";
import { SHEET_TEXT } from "./sheet";

export type VerdictText = "veryProfitable" | "worthIt" | "notYet" | "immediateRelief";
export type VerdictTexts = Readonly<Record<VerdictText, string>>;

/**
 * CX.WORTH_IT's answers: whether the situation fits the digital article's criteria. Worded as a
 * fit, attributed to the article, so that it never reads as a verdict on the money.
 */
export const VERDICTS: Readonly<Record<Lang, VerdictTexts>> = {
  en: {
    veryProfitable:
      "Strong fit: more than 40% of contacts are standard questions, the article's best case for automation.",
    worthIt:
      "Fits: at least 500 contacts a month or an overloaded team; with 40% standard questions or fewer the gain is smaller.",
    notYet:
      "Weak fit: fewer than 500 contacts a month, 40% standard questions or fewer, and no overloaded team.",
    immediateRelief: " From 1,000 contacts a month the relief is felt at once.",
  },
  nl: {
    veryProfitable:
      "Zeer geschikt: meer dan 40% van de contacten zijn standaardvragen, volgens het artikel de beste situatie voor automatisering.",
    worthIt:
      "Geschikt: minstens 500 contacten per maand of een overbelast team; met 40% standaardvragen of minder is de winst kleiner.",
    notYet:
      "Minder geschikt: minder dan 500 contacten per maand, 40% standaardvragen of minder en geen overbelast team.",
    immediateRelief: " Vanaf 1.000 contacten per maand is de ontlasting direct merkbaar.",
  },
};

export type CashFlowHeader = "month" | "benefit" | "cost" | "net" | "cumulative";

export const CASHFLOW_HEADERS: Readonly<Record<Lang, Readonly<Record<CashFlowHeader, string>>>> = {
  en: {
    month: "Month",
    benefit: "Benefit",
    cost: "Cost",
    net: "Net",
    cumulative: "Cumulative net",
  },
  nl: {
    month: "Maand",
    benefit: "Baten",
    cost: "Kosten",
    net: "Netto",
    cumulative: "Cumulatief netto",
  },
};

interface ResultWord {
  readonly label: string;
  readonly convention: string;
}

const RESULT_EN = {
  verdict: {
    label: "Does it pay?",
    convention: "From the money: risk-adjusted NPV and payback within the horizon.",
  },
  fit: {
    label: "Does the situation fit?",
    convention: "The articles' criteria: volumes and circumstances, not money.",
  },
  netPresentValue: {
    label: "Net present value (NPV)",
    convention: "TEI: PV of risk-adjusted benefits − PV of risk-adjusted costs.",
  },
  teiRoi: { label: "ROI", convention: "TEI: (PV benefits − PV costs) / PV costs." },
  irr: {
    label: "Internal rate of return (IRR), a year",
    convention: "Of the yearly risk-adjusted cash flows, the initial costs at the start.",
  },
  payback: {
    label: "Payback (months)",
    convention: "When the risk-adjusted cumulative cash flow turns non-negative.",
  },
  discountedPayback: {
    label: "Discounted payback (months)",
    convention: "The same on the discounted cash flows.",
  },
  articleRoi: {
    label: "ROI, article method",
    convention:
      "One year at full effect, undiscounted; no hidden costs, ramp-up or risk; retention as customers × CLV.",
  },
  simplePayback: {
    label: "Payback before risk (months)",
    convention: "Cash flow before the risk adjustment.",
  },
  hiddenCosts: {
    label: "Hidden costs (in the investment)",
    convention: "One-off costs × hidden-cost share.",
  },
  opportunityCost: {
    label: "Lost productivity in the transition",
    convention: "An opportunity cost: not in the cash flows.",
  },
  fteFreed: {
    label: "Agent capacity freed (FTE)",
    convention: "Hours freed ÷ productive hours per FTE.",
  },
  fteRealised: {
    label: "Of which becomes cash (FTE)",
    convention:
      "× the realisation share: fewer hires, attrition, overtime avoided. The euros are these hours at the loaded agent cost (or the variable share of the cost per contact).",
  },
  cashPerFte: {
    label: "Staff savings per FTE cashed",
    convention:
      "Staff savings a year ÷ FTE cashed: at agent time this is salary × (1 + on-cost), plus any overheads per FTE removed.",
  },
  staffingFte: {
    label: "Staffing alternative: FTE needed",
    convention: "Hours outside opening hours × staff ÷ productive hours per FTE.",
  },
  staffingCostPerYear: {
    label: "Staffing alternative: cost a year",
    convention: "Contract hours at the loaded salary + CAO surcharges on salary, capped per hour.",
  },
  staffingNpv: {
    label: "Staffing alternative: NPV",
    convention: "The same benefits against the staffing costs, risk-adjusted and discounted.",
  },
  staffingRoi: { label: "Staffing alternative: ROI", convention: "TEI, on the same benefits." },
  cheaperRoute: {
    label: "Cheaper over the horizon",
    convention: "Present value of the costs of each route.",
  },
} as const satisfies Readonly<Record<string, ResultWord>>;
export type ResultWordKey = keyof typeof RESULT_EN;

/** Each result's label and the convention it follows, by result id (src/template/results.ts). */
export const RESULT_WORDS: Readonly<Record<Lang, Readonly<Record<ResultWordKey, ResultWord>>>> = {
  en: RESULT_EN,
  nl: {
    verdict: {
      label: "Loont het?",
      convention:
        "Op basis van de kasstromen: voor risico gecorrigeerde NCW en terugverdiend binnen de horizon.",
    },
    fit: {
      label: "Past de situatie?",
      convention: "De criteria uit de artikelen: volumes en omstandigheden, niet het geld.",
    },
    netPresentValue: {
      label: "Netto contante waarde (NCW)",
      convention: "TEI: CW van de gecorrigeerde baten − CW van de gecorrigeerde kosten.",
    },
    teiRoi: { label: "ROI", convention: "TEI: (CW baten − CW kosten) / CW kosten." },
    irr: {
      label: "Interne rentabiliteit (IRR), per jaar",
      convention: "Van de gecorrigeerde kasstromen per jaar, de eenmalige kosten bij de start.",
    },
    payback: {
      label: "Terugverdientijd (maanden)",
      convention: "Wanneer de gecorrigeerde cumulatieve kasstroom niet meer negatief is.",
    },
    discountedPayback: {
      label: "Verdisconteerde terugverdientijd (maanden)",
      convention: "Hetzelfde op de verdisconteerde kasstromen.",
    },
    articleRoi: {
      label: "ROI volgens de methode van het artikel",
      convention:
        "Eén jaar met volledig effect, niet verdisconteerd; zonder verborgen kosten, aanloop of risico; klantbehoud als klanten × klantwaarde.",
    },
    simplePayback: {
      label: "Terugverdientijd vóór risico (maanden)",
      convention: "Kasstroom vóór de risicocorrectie.",
    },
    hiddenCosts: {
      label: "Verborgen kosten (in de investering)",
      convention: "Eenmalige kosten × deel verborgen kosten.",
    },
    opportunityCost: {
      label: "Gemiste productiviteit tijdens de overgang",
      convention: "Alternatieve kosten: geen uitgave, niet in de kasstromen.",
    },
    fteFreed: {
      label: "Vrijgekomen capaciteit (fte)",
      convention: "Vrijgekomen uren ÷ productieve uren per fte.",
    },
    fteRealised: {
      label: "Waarvan omgezet in kostenbesparing (fte)",
      convention:
        "× het realisatiepercentage: minder werving, natuurlijk verloop, minder overwerk. De euro's zijn deze uren tegen de medewerkerskosten met lasten (of het variabele deel van de kosten per contact).",
    },
    cashPerFte: {
      label: "Personeelsbesparing per omgezette fte",
      convention:
        "Personeelsbesparing per jaar ÷ omgezette fte: tegen medewerkerstijd is dit loon × (1 + werkgeverslasten), plus eventuele overhead per vervallen fte.",
    },
    staffingFte: {
      label: "Alternatief met personeel: benodigde fte",
      convention: "Uren buiten openingstijd × bezetting ÷ productieve uren per fte.",
    },
    staffingCostPerYear: {
      label: "Alternatief met personeel: kosten per jaar",
      convention:
        "Contracturen tegen loon met werkgeverslasten + cao-toeslagen op het loon, met maximum per uur.",
    },
    staffingNpv: {
      label: "Alternatief met personeel: NCW",
      convention: "Dezelfde baten tegen de personeelskosten, gecorrigeerd en verdisconteerd.",
    },
    staffingRoi: { label: "Alternatief met personeel: ROI", convention: "TEI, op dezelfde baten." },
    cheaperRoute: {
      label: "Goedkoper over de horizon",
      convention: "Contante waarde van de kosten van elke route.",
    },
  },
};

/** The words of a text result (src/template/results.ts `{ text: key }`). */
export function resultText(lang: Lang, key: string): string {
  const t = SHEET_TEXT[lang];
  const [group, level] = key.split(".");
  if (group === "verdict") return level === "pays" ? t.verdictPays : t.verdictDoesNotPay;
  if (group === "route") return level === "staffing" ? t.staffingRoute : t.automationRoute;
  if (group === "irr") return level === "none" ? t.noIrr : t.irrNotFound;
  if (level === "reachability") return t.fitReachability;
  if (level === "weakReachability") return t.weakFitReachability;
  const [fit, relief] = (level ?? "").split("+");
  const texts = VERDICTS[lang];
  return (texts[fit as VerdictText] ?? "") + (relief ? texts.immediateRelief : "");
}
