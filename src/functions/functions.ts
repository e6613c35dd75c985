import "./guard"; // first: makes registration safe where Excel's CustomFunctions runtime is absent
/*
 * The custom functions, namespace CX. Each is a thin wrapper over the core; the JSDoc below *is*
 * the contract: custom-functions-metadata-plugin turns it into functions.json and registers each
 * function with CustomFunctions.associate. Parameters are `unknown` / `unknown[][]` (metadata type
 * "any") so that the core can check every value and answer with a message, rather than Excel
 * refusing text silently. Ids are stored in users' workbooks: never rename one.
 */
import { run } from "./toExcel";

/**
 * Return on investment: (total benefits − total costs) / total costs. Format the cell as a percentage: 1 = 100%.
 * @customfunction ROI
 * @param benefits Benefits: an amount or a range, summed (blank cells skipped).
 * @param costs Costs: an amount or a range, summed; must add up to more than zero.
 * @returns The ROI as a fraction (1 = 100%).
 */
export function roi(benefits: unknown[][], costs: unknown[][]): number {
  return run("ROI", [benefits, costs]) as number;
}

/**
 * Net benefit: total benefits − total costs.
 * @customfunction NET_BENEFIT
 * @param benefits Benefits: an amount or a range, summed.
 * @param costs Costs: an amount or a range, summed.
 * @returns Benefits minus costs.
 */
export function netBenefit(benefits: unknown[][], costs: unknown[][]): number {
  return run("NET_BENEFIT", [benefits, costs]) as number;
}

/**
 * Months until the cumulative cash flow, from −investment, turns non-negative after being negative; with ramp-up, interpolated inside the month.
 * @customfunction PAYBACK_MONTHS
 * @param investment One-off investment in month 0 (an amount or a range, summed).
 * @param monthly_net_benefit Net benefit a month at full adoption: one number, or one row/column of months 1..n.
 * @param [ramp_up_months] Optional, default 0: months to full effect; month m realises min(1, g + (1 − g) × m/ramp-up) of the benefit.
 * @param [monthly_cost] Optional, default 0: recurring cost a month, paid in full from month 1 (not ramped).
 * @param [go_live_share] Optional, default 0%: share g of the full benefit at go-live (published deployments: 20–40%).
 * @returns Payback in months, or #N/A when it is not reached.
 */
export function paybackMonths(
  investment: unknown[][],
  monthly_net_benefit: unknown[][],
  ramp_up_months?: unknown,
  monthly_cost?: unknown,
  go_live_share?: unknown,
): number {
  return run("PAYBACK_MONTHS", [
    investment,
    monthly_net_benefit,
    ramp_up_months,
    monthly_cost,
    go_live_share,
  ]) as number;
}

/**
 * Discounted payback in months: as PAYBACK_MONTHS on monthly net flows, month m discounted at its year's factor 1/(1+r)^⌈m/12⌉ (TEI).
 * @customfunction DISCOUNTED_PAYBACK
 * @param investment One-off investment in month 0, not discounted (an amount or a range, summed).
 * @param monthly_net_flows Net cash flow of months 1..n: one row or column.
 * @param [discount_rate] Optional, default 10%: discount rate a year (Forrester TEI uses 10%).
 * @returns Discounted payback in months, or #N/A when it is not reached.
 */
export function discountedPayback(
  investment: unknown[][],
  monthly_net_flows: unknown[][],
  discount_rate?: unknown,
): number {
  return run("DISCOUNTED_PAYBACK", [investment, monthly_net_flows, discount_rate]) as number;
}

/**
 * Hidden costs of implementation and upkeep: investment × rate + weekly team cost × transition weeks × productivity loss.
 * @customfunction HIDDEN_COSTS
 * @param initial_investment The initial investment (an amount or a range, summed).
 * @param [hidden_cost_rate] Optional, default 40%: hidden costs as a share of the initial investment; they can run up to 30–50% (What is the ROI of digital customer service?).
 * @param [weekly_team_cost] Optional, default 0: the team's staff cost a week.
 * @param [transition_weeks] Optional, default 3: weeks of reduced productivity; at least 2–4 weeks (What is the ROI of digital customer service?).
 * @param [productivity_loss] Optional, default 25%: share of productivity lost in those weeks (assumption: not in the source).
 * @returns The hidden costs.
 */
export function hiddenCosts(
  initial_investment: unknown[][],
  hidden_cost_rate?: unknown,
  weekly_team_cost?: unknown,
  transition_weeks?: unknown,
  productivity_loss?: unknown,
): number {
  return run("HIDDEN_COSTS", [
    initial_investment,
    hidden_cost_rate,
    weekly_team_cost,
    transition_weeks,
    productivity_loss,
  ]) as number;
}

/**
 * Savings from automation: contacts × automation rate × (cost per contact − cost per automated contact).
 * @customfunction AUTOMATION_SAVINGS
 * @param contacts Number of contacts (a number or a range, summed).
 * @param automation_rate Share of contacts really resolved without an agent (0% to 100%).
 * @param cost_per_contact Cost of a contact handled by an agent.
 * @param [cost_per_automated_contact] Optional, default 0: cost of an automated contact.
 * @returns The savings.
 */
export function automationSavings(
  contacts: unknown[][],
  automation_rate: unknown,
  cost_per_contact: unknown,
  cost_per_automated_contact?: unknown,
): number {
  return run("AUTOMATION_SAVINGS", [
    contacts,
    automation_rate,
    cost_per_contact,
    cost_per_automated_contact,
  ]) as number;
}

/**
 * Average cost of one customer contact: total cost / number of contacts.
 * @customfunction COST_PER_CONTACT
 * @param total_cost Total cost (an amount or a range, summed).
 * @param contacts Number of contacts (a number or a range, summed).
 * @returns Cost per contact.
 */
export function costPerContact(total_cost: unknown[][], contacts: unknown[][]): number {
  return run("COST_PER_CONTACT", [total_cost, contacts]) as number;
}

/**
 * Value of customers retained, as the 24/7 article books it: retained customers × customer lifetime value (a whole lifetime, once).
 * @customfunction RETENTION_VALUE
 * @param retained_customers Number of customers retained (a number or a range, summed).
 * @param customer_lifetime_value Value of one customer over the whole relationship.
 * @returns The retention value.
 */
export function retentionValue(
  retained_customers: unknown[][],
  customer_lifetime_value: unknown,
): number {
  return run("RETENTION_VALUE", [retained_customers, customer_lifetime_value]) as number;
}

/**
 * Staff cost of shifts: Σ hours × hourly cost × (1 + surcharge) × staff; one row per shift type.
 * @customfunction STAFF_COST
 * @param hours Hours per shift type (a number or a range).
 * @param hourly_cost Cost per hour.
 * @param [surcharge] Optional, default 0%: irregular-hours surcharge, one rate or a range shaped like hours (0% to 200%).
 * @param [staff] Optional, default 1: number of staff on each shift.
 * @returns The staff cost.
 */
export function staffCost(
  hours: unknown[][],
  hourly_cost: unknown,
  surcharge?: unknown[][],
  staff?: unknown,
): number {
  return run("STAFF_COST", [hours, hourly_cost, surcharge, staff]) as number;
}

/**
 * Share of contacts outside opening hours, from a week grid of 7 × 24 (Monday..Sunday × hour 0..23) or 24 × 7.
 * @customfunction AFTER_HOURS_SHARE
 * @param contacts_by_hour Contacts per hour of the week: 7 rows × 24 columns, or 24 × 7.
 * @param [open_from] Optional, default 9: first open hour, 0..23 (assumption: 09:00).
 * @param [open_until] Optional, default 17: open until this hour, 1..24 (assumption: 17:00).
 * @param [open_days] Optional, default 5: open days counted from Monday (assumption: Monday to Friday).
 * @returns The share (0 to 1) of contacts outside opening hours.
 */
export function afterHoursShare(
  contacts_by_hour: unknown[][],
  open_from?: unknown,
  open_until?: unknown,
  open_days?: unknown,
): number {
  return run("AFTER_HOURS_SHARE", [contacts_by_hour, open_from, open_until, open_days]) as number;
}

/**
 * ROI on present values (Forrester TEI style): (PV benefits − PV costs) / PV costs; year t discounted by (1+r)^t.
 * @customfunction DISCOUNTED_ROI
 * @param yearly_benefits Benefits for years 1..n: one row or column.
 * @param yearly_costs Costs for years 1..n: as many cells as the benefits.
 * @param [discount_rate] Optional, default 10%: discount rate a year (Forrester TEI uses 10%).
 * @param [initial_costs] Optional, default 0: one-off costs at time 0, not discounted.
 * @returns The discounted ROI as a fraction.
 */
export function discountedRoi(
  yearly_benefits: unknown[][],
  yearly_costs: unknown[][],
  discount_rate?: unknown,
  initial_costs?: unknown[][],
): number {
  return run("DISCOUNTED_ROI", [
    yearly_benefits,
    yearly_costs,
    discount_rate,
    initial_costs,
  ]) as number;
}

/**
 * Risk adjustment per line item: a benefit × (1 − risk), or a cost × (1 + risk).
 * @customfunction RISK_ADJUST
 * @param amount The amount (or a range, summed).
 * @param risk Risk percentage, 0% to 100%.
 * @param [is_cost] Optional, default FALSE: TRUE when the amount is a cost.
 * @returns The risk-adjusted amount.
 */
export function riskAdjust(amount: unknown[][], risk: unknown, is_cost?: unknown): number {
  return run("RISK_ADJUST", [amount, risk, is_cost]) as number;
}

/**
 * Monthly cash-flow table (spills): a header, then months 0..n with benefit, cost, net and cumulative net.
 * @customfunction CASHFLOW
 * @param investment One-off investment in month 0 (an amount or a range, summed).
 * @param monthly_benefit Benefit a month at full adoption.
 * @param [monthly_cost] Optional, default 0: recurring cost a month.
 * @param [months] Optional, default 36: number of months, 1..120.
 * @param [ramp_up_months] Optional, default 0: months to full effect.
 * @param [go_live_share] Optional, default 0%: share of the full benefit at go-live (published deployments: 20–40%).
 * @returns A table of months × (month, benefit, cost, net, cumulative net).
 */
export function cashflow(
  investment: unknown[][],
  monthly_benefit: unknown,
  monthly_cost?: unknown,
  months?: unknown,
  ramp_up_months?: unknown,
  go_live_share?: unknown,
): unknown[][] {
  return run("CASHFLOW", [
    investment,
    monthly_benefit,
    monthly_cost,
    months,
    ramp_up_months,
    go_live_share,
  ]) as unknown[][];
}

/**
 * Whether the situation fits the digital article's criteria: 500+ contacts a month, more than 40% standard questions, or an overloaded team. Says nothing about the money.
 * @customfunction WORTH_IT
 * @param contacts_per_month Customer contacts a month.
 * @param standard_question_share Share of standard questions (opening hours, order status, returns, FAQ), 0% to 100%.
 * @param [team_overloaded] Optional, default FALSE: TRUE when the team is regularly overloaded.
 * @returns Whether the situation fits the article's criteria, as a short text.
 */
export function worthIt(
  contacts_per_month: unknown[][],
  standard_question_share: unknown,
  team_overloaded?: unknown,
): string {
  return run("WORTH_IT", [contacts_per_month, standard_question_share, team_overloaded]) as string;
}

/**
 * Counts contacts per hour of the week from a contact log: 7 rows (Monday..Sunday) × 24 columns (hour 0..23), ready for CX.AFTER_HOURS_SHARE.
 * @customfunction CONTACT_GRID
 * @param timestamps Created-at date-times: Excel date-time cells or ISO 8601 text (2026-03-14T21:07:00+01:00); a header cell and blanks are skipped.
 * @param [time_zone] Optional, default Europe/Amsterdam: the IANA time zone that ISO times with Z or an offset are shown in.
 * @param [day_first] Optional, default FALSE: TRUE reads text like 14-03-2026 21:07 (day first, Dutch).
 * @returns A 7 × 24 grid of contact counts (spills).
 */
export function contactGrid(
  timestamps: unknown[][],
  time_zone?: unknown,
  day_first?: unknown,
): number[][] {
  return run("CONTACT_GRID", [timestamps, time_zone, day_first]) as number[][];
}
