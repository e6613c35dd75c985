/** Benefit figures: automation savings, cost per contact, retention value. */
import { calcError, type CalcError } from "./errors";

/**
 * Savings from contacts handled without an agent. `automationRate` is the share of contacts
 * really resolved by automation (containment is not resolution: domain.md).
 *
 * savings = contacts × automationRate × (costPerContact − costPerAutomatedContact)
 *
 * @example automationSavings(10000, 0.3, 6, 1) === 15000
 */
export function automationSavings(
  contacts: number,
  automationRate: number,
  costPerContact: number,
  costPerAutomatedContact: number,
): number {
  return contacts * automationRate * (costPerContact - costPerAutomatedContact);
}

/**
 * Average cost of one customer contact.
 *
 * costPerContact = Σtotal_cost / Σcontacts
 *
 * @example costPerContact(60000, 10000) === 6
 */
export function costPerContact(totalCost: number, contacts: number): number | CalcError {
  if (contacts === 0) return calcError("#DIV/0!", "sumsToZero", { param: "contacts" });
  return totalCost / contacts;
}

/**
 * Value of customers kept by better (24/7) service, article 002.
 *
 * retentionValue = retainedCustomers × customerLifetimeValue
 *
 * @example retentionValue(50, 500) === 25000 // E2's retention line
 */
export function retentionValue(retainedCustomers: number, customerLifetimeValue: number): number {
  return retainedCustomers * customerLifetimeValue;
}
