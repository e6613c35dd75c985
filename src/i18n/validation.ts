/** Data-validation messages on input cells and the pane's range messages. */
import type { Lang } from "./language";

type ValidationKey = "between" | "wholeBetween" | "percentBetween" | "scenario";

export const VALIDATION_TEXT: Readonly<Record<Lang, Readonly<Record<ValidationKey, string>>>> = {
  en: {
    between: "Enter a number from {min} to {max}.",
    wholeBetween: "Enter a whole number from {min} to {max}.",
    percentBetween: "Enter a percentage from {min} to {max}.",
    scenario: "Pick one of the scenarios in the list.",
  },
  nl: {
    between: "Vul een getal in van {min} tot {max}.",
    wholeBetween: "Vul een geheel getal in van {min} tot {max}.",
    percentBetween: "Vul een percentage in van {min} tot {max}.",
    scenario: "Kies een van de scenario's uit de lijst.",
  },
};
