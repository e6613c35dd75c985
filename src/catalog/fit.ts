/** Whether the situation fits the digital article's criteria. */
import {
  HIGH_STANDARD_SHARE,
  IMMEDIATE_RELIEF_CONTACTS,
  WORTH_IT_MIN_CONTACTS,
  worthIt,
} from "../core/verdict";
import { quoteText } from "../excel/a1";
import { amount, form, logical, value } from "./native/args";
import { runtime, type FunctionText, type NativeWords } from "./types";

export const WORTH_IT = runtime(
  [
    { name: "contacts_per_month", nl: "contacten_per_maand", kind: "amount", min: 0 },
    {
      name: "standard_question_share",
      nl: "aandeel_standaardvragen",
      kind: "number",
      min: 0,
      max: 1,
      rate: true,
    },
    { name: "team_overloaded", nl: "team_overbelast", kind: "logical", default: false },
  ] as const,
  worthIt,
);

/**
 * The article's criteria as a native formula, with the thresholds of core `worthIt`: more than 40%
 * standard questions, else at least 500 contacts a month or an overloaded team; relief at once
 * from 1,000 contacts.
 */
export function worthItFormula(
  contacts: string,
  share: string,
  overloaded: string,
  texts: NativeWords["verdicts"],
): string {
  return (
    `IF(${share}>${HIGH_STANDARD_SHARE},${quoteText(texts.veryProfitable)},` +
    `IF(OR(${contacts}>=${WORTH_IT_MIN_CONTACTS},${overloaded}),` +
    `${quoteText(texts.worthIt)},${quoteText(texts.notYet)}))` +
    `&IF(${contacts}>=${IMMEDIATE_RELIEF_CONTACTS},${quoteText(texts.immediateRelief)},"")`
  );
}

export const WORTH_IT_TEXT: FunctionText<typeof WORTH_IT.params> = {
  nlName: "LOONT_HET",
  description: {
    en: "Whether the situation fits the digital article's criteria: 500+ contacts a month, more than 40% standard questions, or an overloaded team. Says nothing about the money.",
    nl: "Of de situatie past bij de criteria uit het artikel over digitale klantenservice: 500+ contacten per maand, meer dan 40% standaardvragen of een overbelast team. Zegt niets over het geld.",
  },
  params: {
    contacts_per_month: {
      en: "Customer contacts a month.",
      nl: "Klantcontacten per maand.",
    },
    standard_question_share: {
      en: "Share of standard questions (opening hours, order status, returns, FAQ), 0% to 100%.",
      nl: "Aandeel standaardvragen (openingstijden, bestelstatus, retouren, veelgestelde vragen), 0% tot 100%.",
    },
    team_overloaded: {
      en: "TRUE when the team is regularly overloaded.",
      nl: "WAAR als het team regelmatig overbelast is.",
    },
  },
  native: ([c, share, overloaded], words) =>
    form(worthItFormula(amount(c), value(share), logical(overloaded), words.verdicts)),
};
