/** Words that appear in result cells: the worth-it verdicts and the cash-flow table's header. */
import type { Lang } from "./language";

export type VerdictText = "veryProfitable" | "worthIt" | "maybe" | "notYet" | "immediateRelief";

export const VERDICTS: Readonly<Record<Lang, Readonly<Record<VerdictText, string>>>> = {
  en: {
    veryProfitable: "Very profitable: enough volume and more than 40% standard questions.",
    worthIt: "Worth it: enough volume; with 40% standard questions or fewer the gain is smaller.",
    maybe: "Perhaps: many standard questions, but fewer than 500 contacts a month. Start small.",
    notYet: "Not yet: fewer than 500 contacts a month and 40% standard questions or fewer.",
    immediateRelief: " The relief is felt at once (1,000+ contacts a month).",
  },
  nl: {
    veryProfitable: "Zeer rendabel: genoeg volume en meer dan 40% standaardvragen.",
    worthIt:
      "De moeite waard: genoeg volume; met 40% standaardvragen of minder is de winst kleiner.",
    maybe: "Misschien: veel standaardvragen, maar minder dan 500 contacten per maand. Begin klein.",
    notYet: "Nog niet: minder dan 500 contacten per maand en 40% standaardvragen of minder.",
    immediateRelief: " De ontlasting is direct merkbaar (1.000+ contacten per maand).",
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
