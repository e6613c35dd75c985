/**
 * The calculation lines of the model sheet, each one formula written once as a function of "the
 * same scenario's cell of line x", so every scenario column computes its own case with the same
 * arithmetic as core/model/lines.ts (same order of operations) and the in-use column B picks the
 * chosen scenario's value.
 */
import type { TemplateKind } from "../core";
import { cx } from "./calls";

/** The address of line or input `id` in the same scenario column. */
export type Ref = (id: string) => string;

export const MONEY = '"€ "#,##0';
export const MONEY_CENTS = '"€ "#,##0.00';
export const PERCENT = "0.0%";
export const COUNT = "#,##0";
export const DECIMAL = "#,##0.00";

export interface CalcLine {
  readonly formula: string;
  readonly format: string;
}

/** Each calculation line's formula and format, for one scenario column. */
export function calcLine(kind: TemplateKind, id: string, r: Ref): CalcLine {
  const digital = kind === "digital";
  const money = (formula: string): CalcLine => ({ formula: `=${formula}`, format: MONEY });
  switch (id) {
    case "unitValue":
      return {
        formula: `=${r("earnedPerAutomated")}*(1-${r("benefitRisk")})-${r("costPerAutomatedContact")}*(1+${r("costRisk")})`,
        format: MONEY_CENTS,
      };
    case "rampValue":
      return money(
        `${r("automatedPerYear")}/12*${r("unitValue")}+${r("otherRampedPerYear")}/12*(1-${r("benefitRisk")})`,
      );
    case "automatedPerYear": {
      const share = `(${r("standardQuestionShare")}*${r("automatedShare")})`;
      const contacts = digital
        ? `${r("contactsPerMonth")}*12`
        : `${r("contactsPerMonth")}*12*${r("afterHoursShare")}`;
      return { formula: `=${contacts}*${share}`, format: COUNT };
    }
    case "earnedPerAutomated":
      return {
        formula: digital
          ? `=${r("costPerContact")}*${r("realisationShare")}`
          : `=${r("revenuePerServedContact")}*${r("contributionMargin")}`,
        format: MONEY_CENTS,
      };
    case "automatedBenefitPerYear":
      return money(`${r("automatedPerYear")}*${r("earnedPerAutomated")}`);
    case "otherRampedPerYear":
      return money(
        digital
          ? `${r("extraRevenuePerYear")}*${r("contributionMargin")}`
          : r("operationalSavingsPerYear"),
      );
    case "rampedBenefitsPerYear":
      return money(`${r("automatedBenefitPerYear")}+${r("otherRampedPerYear")}`);
    case "retentionPerCohortMonth":
      return {
        formula: `=${r("retainedCustomersPerYear")}/12*(${r("customerLifetimeValue")}/${r("customerLifetimeYears")}/12)`,
        format: MONEY_CENTS,
      };
    case "lifetimeMonths":
      return { formula: `=12*${r("customerLifetimeYears")}`, format: "0" };
    case "automatedCostPerYear":
      return money(`${r("automatedPerYear")}*${r("costPerAutomatedContact")}`);
    case "recurringPerYear":
      return money(digital ? r("recurringCostPerYear") : r("technologyCostPerYear"));
    case "oneOffCosts":
      return money(
        digital ? `${r("implementationCost")}+${r("trainingCost")}` : r("technologyOneOffCost"),
      );
    case "hiddenCosts":
      return money(cx("HIDDEN_COSTS", [r("oneOffCosts"), r("hiddenCostRate")]));
    case "initial":
      return money(`${r("oneOffCosts")}+${r("hiddenCosts")}`);
    case "initialAfterRisk":
      return money(`${r("initial")}*(1+${r("costRisk")})`);
    case "opportunityCost":
      return money(`${r("weeklyTeamCost")}*${r("transitionWeeks")}*${r("productivityLoss")}`);
    case "articleBenefits": {
      if (digital) return money(r("rampedBenefitsPerYear"));
      const retention = cx("RETENTION_VALUE", [
        r("retainedCustomersPerYear"),
        r("customerLifetimeValue"),
      ]);
      return money(`${r("rampedBenefitsPerYear")}+${retention}`);
    }
    case "articleCosts":
      return money(`${r("oneOffCosts")}+${r("recurringPerYear")}+${r("automatedCostPerYear")}`);
    case "articleRoi":
      return {
        formula: `=${cx("ROI", [r("articleBenefits"), r("articleCosts")])}`,
        format: PERCENT,
      };
    case "hoursFreedPerYear":
      return { formula: `=${r("automatedPerYear")}*${r("handleMinutes")}/60`, format: COUNT };
    case "fteFreed":
      return {
        formula: `=${r("hoursFreedPerYear")}/${r("productiveHoursPerFte")}`,
        format: DECIMAL,
      };
    case "fteRealised":
      return { formula: `=${r("fteFreed")}*${r("realisationShare")}`, format: DECIMAL };
    default:
      throw new Error(`no calculation line ${id}`);
  }
}
