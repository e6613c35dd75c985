/** How the scenarios move a figure, in words: the sheet's "How the scenarios move it" column. */
import type { Lang } from "./language";

export const RULE_WORDS: Readonly<
  Record<
    Lang,
    {
      readonly conservative: string;
      readonly optimistic: string;
      readonly atLeast: string;
      readonly atMost: string;
      readonly points: string;
      readonly unitValue: string;
      readonly rampValue: string;
      readonly same: string;
      readonly riskOnce: string;
      readonly contracted: string;
    }
  >
> = {
  en: {
    conservative: "Conservative",
    optimistic: "optimistic",
    atLeast: "at least",
    atMost: "at most",
    points: "points",
    unitValue: " (while an automated contact earns more than it costs)",
    rampValue: " (while the ramped cash flow is positive)",
    same: "Your figure in every scenario",
    riskOnce: "Your figure in every scenario: risk is counted once, the scenarios move the drivers",
    contracted: "; not moved when prices are contracted",
  },
  nl: {
    conservative: "Voorzichtig",
    optimistic: "optimistisch",
    atLeast: "minstens",
    atMost: "hoogstens",
    points: "procentpunt",
    unitValue: " (zolang een geautomatiseerd contact meer oplevert dan het kost)",
    rampValue: " (zolang de kasstroom in de aanloop positief is)",
    same: "Uw cijfer in elk scenario",
    riskOnce:
      "Uw cijfer in elk scenario: risico telt één keer mee, de scenario's variëren de aannames",
    contracted: "; blijft gelijk als de prijzen contractueel vastliggen",
  },
};
