/**
 * What users read about each CX function and its native Excel form, by id. Imported by the build
 * (functions-nl.json), the README check, the template and the sharing rewrite — never by the
 * functions bundle, which needs none of it.
 */
import { AUTOMATION_SAVINGS_TEXT, COST_PER_CONTACT_TEXT, RETENTION_VALUE_TEXT } from "./benefits";
import { HIDDEN_COSTS_TEXT, STAFF_COST_TEXT } from "./costs";
import { WORTH_IT_TEXT } from "./fit";
import { AFTER_HOURS_SHARE_TEXT, CONTACT_GRID_TEXT } from "./hours";
import type { FunctionId } from "./index";
import { CASHFLOW_TEXT, DISCOUNTED_PAYBACK_TEXT, PAYBACK_MONTHS_TEXT } from "./payback";
import { DISCOUNTED_ROI_TEXT, NET_BENEFIT_TEXT, RISK_ADJUST_TEXT, ROI_TEXT } from "./returns";
import type { FunctionText } from "./types";

export const CATALOG_TEXT: Readonly<Record<FunctionId, FunctionText>> = {
  ROI: ROI_TEXT,
  NET_BENEFIT: NET_BENEFIT_TEXT,
  PAYBACK_MONTHS: PAYBACK_MONTHS_TEXT,
  DISCOUNTED_PAYBACK: DISCOUNTED_PAYBACK_TEXT,
  HIDDEN_COSTS: HIDDEN_COSTS_TEXT,
  AUTOMATION_SAVINGS: AUTOMATION_SAVINGS_TEXT,
  COST_PER_CONTACT: COST_PER_CONTACT_TEXT,
  RETENTION_VALUE: RETENTION_VALUE_TEXT,
  STAFF_COST: STAFF_COST_TEXT,
  AFTER_HOURS_SHARE: AFTER_HOURS_SHARE_TEXT,
  DISCOUNTED_ROI: DISCOUNTED_ROI_TEXT,
  RISK_ADJUST: RISK_ADJUST_TEXT,
  CASHFLOW: CASHFLOW_TEXT,
  WORTH_IT: WORTH_IT_TEXT,
  CONTACT_GRID: CONTACT_GRID_TEXT,
};
