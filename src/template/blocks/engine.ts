/**
 * The monthly cash flow, months 0..120 whatever the horizon (months past it count 0, so changing
 * the horizon in the sheet moves every figure): the scenario in use as an Excel table with its
 * chart, then the columns the drivers and the scenario comparison read — the ramp-up at the
 * tornado's low and high ends, and each scenario's net cash flow. core/model/flows.ts computes the
 * same months.
 */
import { DRIVERS, SCENARIOS } from "../../core";
import { fill } from "../../i18n/sheet";
import { MONEY, type Ref } from "../calc";
import { SCENARIO_COLUMNS, nameOf, type TemplateContext } from "../context";
import { rampFactorFormula } from "../formulas";
import { absolute, columnLetter } from "../layout";
import { MAX_MONTHS, type SheetPlan } from "../plan";
import { rowOf } from "./calculation";

/** The Excel table's columns: the scenario in use, as a reader follows it month by month. */
export function tableColumnsOf(plan: SheetPlan): number {
  return (plan.engine.columns.get("netBeforeRisk") ?? 0) + 1;
}

/** Addresses in the monthly block: one cell, or a column over months 0..120 (absolute). */
export function engineAddresses(plan: SheetPlan) {
  const { monthZero, lastRow, columns } = plan.engine;
  const letter = (id: string) => {
    const index = columns.get(id);
    if (index === undefined) throw new Error(`no monthly column ${id}`);
    return columnLetter(index);
  };
  return {
    letter,
    at: (id: string, row: number) => `${letter(id)}${row}`,
    /** Months 0..120. */
    whole: (id: string) => `$${letter(id)}$${monthZero}:$${letter(id)}$${lastRow}`,
    /** Months 1..120. */
    months: (id: string) => `$${letter(id)}$${monthZero + 1}:$${letter(id)}$${lastRow}`,
  };
}

/** Benefits and costs of a month for one scope (the lines in use, or a scenario column's). */
function monthTerms(r: Ref, factor: string, flag: string, cohorts: string | null) {
  const retention = cohorts === null ? "" : `+${r("retentionPerCohortMonth")}*${cohorts}`;
  return {
    benefits: `${r("rampedBenefitsPerYear")}/12*${factor}${retention}`,
    costs: `(${r("automatedCostPerYear")}/12*${factor}+${r("recurringPerYear")}/12*${flag})`,
  };
}

export function engineBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet } = ctx;
  const { header, monthZero, columns } = plan.engine;
  const a = engineAddresses(plan);
  sheet.put(0, header - 1, ctx.text("cashFlow"), "heading");
  for (const [id, index] of columns) sheet.put(index, header, engineHeader(ctx, id), "tableHeader");
  for (let month = 0; month <= MAX_MONTHS; month++) {
    const row = monthZero + month;
    const put = (id: string, content: string | number, format: string) => {
      const index = columns.get(id);
      if (index !== undefined) sheet.put(index, row, content, undefined, format);
    };
    put("month", month, "0");
    put("year", Math.ceil(month / 12), "0");
    if (month === 0) monthZeroRow(plan, put, a.at, row);
    else monthRow(ctx, plan, put, row);
  }
}

type Put = (id: string, content: string | number, format: string) => void;

function monthRow(ctx: TemplateContext, plan: SheetPlan, put: Put, row: number): void {
  const a = engineAddresses(plan);
  const at = (id: string) => a.at(id, row);
  const before = (id: string) => a.at(id, row - 1);
  const flag = at("inHorizon");
  const month = at("month");
  const retention = ctx.kind === "reachability";
  const cohortsOf = (soFar: string, lifetime: string) =>
    `${flag}*(${at(soFar)}-IF(${month}>${lifetime},INDEX(${a.whole(soFar)},${month}-${lifetime}+1),0))`;

  put("inHorizon", `=IF(${month}<=HorizonMonths,1,0)`, "0");
  put("discountFactor", `=${flag}/(1+DiscountRate)^${at("year")}`, "0.0000");
  put("rampFactor", `=${flag}*${rampFactorFormula(month, "RampUpMonths", "GoLiveShare")}`, "0.00");
  put("rampedSoFar", `=${before("rampedSoFar")}+${at("rampFactor")}`, "0.00");
  if (retention) put("cohorts", `=${cohortsOf("rampedSoFar", "LifetimeMonths")}`, "0.00");
  const inUse = monthTerms(nameOf, at("rampFactor"), flag, retention ? at("cohorts") : null);
  put("benefits", `=(${inUse.benefits})*(1-BenefitRisk)`, MONEY);
  put("costs", `=${inUse.costs}*(1+CostRisk)`, MONEY);
  put("net", `=${at("benefits")}-${at("costs")}`, MONEY);
  put("cumulative", `=IF(${flag}=1,${before("cumulative")}+${at("net")},NA())`, MONEY);
  put("discountedNet", `=${at("net")}*${at("discountFactor")}`, MONEY);
  put(
    "discountedCumulative",
    `=IF(${flag}=1,${before("discountedCumulative")}+${at("discountedNet")},NA())`,
    MONEY,
  );
  put("netBeforeRisk", `=${inUse.benefits}-${inUse.costs}`, MONEY);

  const ramp = DRIVERS[ctx.kind].find((driver) => driver.id === "rampUp")?.change;
  const ends = [
    ["Low", ramp?.low ?? 6],
    ["High", ramp?.high ?? 18],
  ] as const;
  for (const [end, months] of ends) {
    put(
      `ramp${end}`,
      `=${flag}*${rampFactorFormula(month, String(months), "GoLiveShare")}`,
      "0.00",
    );
    if (!retention) continue;
    put(`ramp${end}SoFar`, `=${before(`ramp${end}SoFar`)}+${at(`ramp${end}`)}`, "0.00");
    put(`cohorts${end}`, `=${cohortsOf(`ramp${end}SoFar`, "LifetimeMonths")}`, "0.00");
  }

  SCENARIOS.forEach((_, s) => {
    const column = SCENARIO_COLUMNS[s] ?? 0;
    const r: Ref = (id) => absolute(column, rowOf(plan, id));
    const factor = at(`ramp_${s}`);
    put(
      `ramp_${s}`,
      `=${flag}*${rampFactorFormula(month, r("rampUpMonths"), r("goLiveShare"))}`,
      "0.00",
    );
    if (retention) put(`rampSoFar_${s}`, `=${before(`rampSoFar_${s}`)}+${factor}`, "0.00");
    const cohorts = retention ? `(${cohortsOf(`rampSoFar_${s}`, r("lifetimeMonths"))})` : null;
    const terms = monthTerms(r, factor, flag, cohorts);
    put(
      `net_${s}`,
      `=(${terms.benefits})*(1-${r("benefitRisk")})-${terms.costs}*(1+${r("costRisk")})`,
      MONEY,
    );
  });
}

function monthZeroRow(
  plan: SheetPlan,
  put: Put,
  at: (id: string, row: number) => string,
  row: number,
): void {
  for (const id of plan.engine.columns.keys()) {
    if (/^(ramp|cohorts|rampedSoFar)/.test(id)) put(id, 0, "0.00");
  }
  put("inHorizon", 1, "0");
  put("discountFactor", 1, "0.0000");
  put("benefits", 0, MONEY);
  put("costs", "=InitialAfterRisk", MONEY);
  put("net", `=${at("benefits", row)}-${at("costs", row)}`, MONEY);
  put("cumulative", `=${at("net", row)}`, MONEY);
  put("discountedNet", `=${at("net", row)}`, MONEY);
  put("discountedCumulative", `=${at("discountedNet", row)}`, MONEY);
  put("netBeforeRisk", "=-Initial", MONEY);
  SCENARIOS.forEach((_, s) => {
    const column = SCENARIO_COLUMNS[s] ?? 0;
    put(`net_${s}`, `=-${absolute(column, rowOf(plan, "initialAfterRisk"))}`, MONEY);
  });
}

function engineHeader(ctx: TemplateContext, id: string): string {
  const scenario = /_(\d)$/.exec(id);
  if (scenario) {
    const name = ctx.text(SCENARIOS[Number(scenario[1])] ?? "expected");
    const key = id.startsWith("net_")
      ? "netOf"
      : id.startsWith("rampSoFar_")
        ? "rampSoFarOf"
        : "rampOf";
    return fill(ctx.text(key), { scenario: name });
  }
  if (id === "year") return ctx.text("yearColumn");
  return ctx.text(id as Parameters<TemplateContext["text"]>[0]);
}
