/** Automation savings, cost per contact and the article's retention value. */
import { automationSavings, costPerContact, retentionValue } from "../core/benefits";
import { amount, form, value } from "./native/args";
import { runtime, type FunctionText } from "./types";

export const AUTOMATION_SAVINGS = runtime(
  [
    { name: "contacts", nl: "contacten", kind: "amount", min: 0 },
    {
      name: "automation_rate",
      nl: "automatiseringsgraad",
      kind: "number",
      min: 0,
      max: 1,
      rate: true,
    },
    { name: "cost_per_contact", nl: "kosten_per_contact", kind: "number", min: 0 },
    {
      name: "cost_per_automated_contact",
      nl: "kosten_per_geautomatiseerd_contact",
      kind: "number",
      default: 0,
      min: 0,
    },
  ] as const,
  automationSavings,
);

export const AUTOMATION_SAVINGS_TEXT: FunctionText<typeof AUTOMATION_SAVINGS.params> = {
  nlName: "AUTOMATISERINGSBESPARING",
  description: {
    en: "Savings from automation: contacts × automation rate × (cost per contact − cost per automated contact).",
    nl: "Besparing door automatisering: contacten × automatiseringsgraad × (kosten per contact − kosten per geautomatiseerd contact).",
  },
  params: {
    contacts: {
      en: "Number of contacts (a number or a range, summed).",
      nl: "Aantal contacten (getal of bereik, opgeteld).",
    },
    automation_rate: {
      en: "Share of contacts really resolved without an agent (0% to 100%).",
      nl: "Deel van de contacten dat echt zonder medewerker wordt opgelost (0% tot 100%).",
    },
    cost_per_contact: {
      en: "Cost of a contact handled by an agent.",
      nl: "Kosten van een contact via een medewerker.",
    },
    cost_per_automated_contact: {
      en: "cost of an automated contact.",
      nl: "kosten van een geautomatiseerd contact.",
    },
  },
  native: ([c, rate, cost, automated]) =>
    form(`${amount(c)}*${value(rate)}*(${value(cost)}-${value(automated, 0)})`),
};

export const COST_PER_CONTACT = runtime(
  [
    { name: "total_cost", nl: "totale_kosten", kind: "amount", min: 0 },
    { name: "contacts", nl: "contacten", kind: "amount", min: 0 },
  ] as const,
  costPerContact,
);

export const COST_PER_CONTACT_TEXT: FunctionText<typeof COST_PER_CONTACT.params> = {
  nlName: "KOSTEN_PER_CONTACT",
  description: {
    en: "Average cost of one customer contact: total cost / number of contacts.",
    nl: "Gemiddelde kosten van één klantcontact: totale kosten / aantal contacten.",
  },
  params: {
    total_cost: {
      en: "Total cost (an amount or a range, summed).",
      nl: "Totale kosten (bedrag of bereik, opgeteld).",
    },
    contacts: {
      en: "Number of contacts (a number or a range, summed).",
      nl: "Aantal contacten (getal of bereik, opgeteld).",
    },
  },
  native: ([t, c]) => form(`${amount(t)}/${amount(c)}`),
};

export const RETENTION_VALUE = runtime(
  [
    { name: "retained_customers", nl: "behouden_klanten", kind: "amount", min: 0 },
    { name: "customer_lifetime_value", nl: "klantwaarde", kind: "number", min: 0 },
  ] as const,
  retentionValue,
);

export const RETENTION_VALUE_TEXT: FunctionText<typeof RETENTION_VALUE.params> = {
  nlName: "KLANTBEHOUD_WAARDE",
  description: {
    en: "Value of customers retained, as the 24/7 article books it: retained customers × customer lifetime value (a whole lifetime, once).",
    nl: "Waarde van behouden klanten zoals het artikel over 24/7 die boekt: behouden klanten × klantwaarde (een hele klantrelatie, één keer).",
  },
  params: {
    retained_customers: {
      en: "Number of customers retained (a number or a range, summed).",
      nl: "Aantal behouden klanten (getal of bereik, opgeteld).",
    },
    customer_lifetime_value: {
      en: "Value of one customer over the whole relationship.",
      nl: "Waarde van één klant over de hele klantrelatie.",
    },
  },
  native: ([r, clv]) => form(`${amount(r)}*${value(clv)}`),
};
