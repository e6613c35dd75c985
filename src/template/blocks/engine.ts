/**
 * The monthly cash flow, months 0..120 whatever the horizon (months past it count 0, so changing
 * the horizon in the sheet moves every figure): the scenario in use as an Excel table with its
 * chart, then the columns the drivers and the scenario comparison read — the ramp-up at the
 * tornado's low and high ends, and each scenario's net cash flow. core/model/flows.ts computes the
 * same months. Column ids are typed (lines/engine.ts); writing one this template lacks throws.
 */
import { DRIVERS, MAX_MONTHS, SCENARIOS, type InputId, type TemplateKind } from "../../core";
import { fill, type SheetTextKey } from "../../i18n/sheet";
import { MONEY } from "../formats";
import { SCENARIO_COLUMNS, type TemplateContext } from "../context";
import { rampFactorFormula, renewalFormula, yearIndexFormula } from "../formulas";
import { absolute, columnLetter } from "../layout";
import {
  INDEX_RATES,
  SCENARIO_INDEXES,
  indicesOf,
  type EngineColumnId,
  type IndexColumnId,
  type IndexedLine,
  type RampEnd,
  type Ref,
  type ScenarioIndex,
} from "../lines";
import { placeOf, rowOf, type SheetPlan } from "../plan";

/** The Excel table's columns: the scenario in use, as a reader follows it month by month. */
export function tableColumnsOf(plan: SheetPlan): number {
  return placeOf(plan.engine.columns, "netBeforeRisk") + 1;
}

/** Addresses in the monthly block: one cell, or a column over months 0..120 (absolute). */
export function engineAddresses(plan: SheetPlan) {
  const { monthZero, lastRow, columns } = plan.engine;
  const letter = (id: EngineColumnId) => columnLetter(placeOf(columns, id));
  return {
    letter,
    at: (id: EngineColumnId, row: number) => `${letter(id)}${row}`,
    /** Months 0..120. */
    whole: (id: EngineColumnId) => `$${letter(id)}$${monthZero}:$${letter(id)}$${lastRow}`,
    /** Months 1..120. */
    months: (id: EngineColumnId) => `$${letter(id)}$${monthZero + 1}:$${letter(id)}$${lastRow}`,
  };
}

/** A month's index for one scope: the table's cells, or inline for a scenario's column. */
type IndexOf = (id: IndexColumnId | "renewals") => string;

/** The product of the yearly indices a line moves with (lines/engine.ts indicesOf). */
export function indexProduct(kind: TemplateKind, line: IndexedLine, index: IndexOf): string {
  return indicesOf(kind, line).map(index).join("*");
}

/** Benefits and costs of a month for one scope (the lines in use, or a scenario column's). */
function monthTerms(
  kind: TemplateKind,
  r: Ref,
  month: { factor: string; flag: string; cohorts: string | null; index: IndexOf },
) {
  const { factor, flag, cohorts, index } = month;
  const by = (line: IndexedLine) => indexProduct(kind, line, index);
  const retention = cohorts === null ? "" : `+${r("retentionPerCohortMonth")}*${cohorts}`;
  const automated = `${r("automatedBenefitPerYear")}/12*${factor}*${by("automatedBenefit")}`;
  const renewal = `${r("renewalCost")}*${index("renewals")}*${by("renewal")}`;
  return {
    benefits: `${automated}+${r("otherRampedPerYear")}/12*${factor}${retention}`,
    costs: `(${r("automatedCostPerYear")}/12*${factor}*${by("automatedCost")}+${r("recurringPerYear")}/12*${by("recurring")}*${flag}+${renewal})`,
  };
}

/** The tornado's short and long ramp-up, in months, from the driver's declaration. */
export function rampEnds(kind: TemplateKind): readonly (readonly [RampEnd, number])[] {
  const ramp = DRIVERS[kind].find((driver) => driver.id === "rampUp");
  if (ramp === undefined) throw new Error(`the ${kind} drivers have no ramp-up`);
  return [
    ["Low", ramp.change.low],
    ["High", ramp.change.high],
  ];
}

type Put = (id: EngineColumnId, content: string | number, format: string) => void;

export function engineBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet } = ctx;
  const { header, monthZero, columns } = plan.engine;
  sheet.put(0, header - 1, ctx.text("cashFlow"), "heading");
  for (const [id, index] of columns) sheet.put(index, header, engineHeader(ctx, id), "tableHeader");
  for (let month = 0; month <= MAX_MONTHS; month++) {
    const row = monthZero + month;
    const put: Put = (id, content, format) =>
      sheet.put(placeOf(columns, id), row, content, undefined, format);
    put("month", month, "0");
    put("year", Math.ceil(month / 12), "0");
    if (month === 0) monthZeroRow(ctx, plan, put, row);
    else monthRow(ctx, plan, put, row);
  }
}

/** What a month's row shares: its cells, the row above, and the horizon flag. */
interface MonthCells {
  readonly at: (id: EngineColumnId) => string;
  readonly before: (id: EngineColumnId) => string;
  readonly flag: string;
  /** Cohorts in force: cumulated ramp-up less what has left after `lifetime` months. */
  readonly cohortsOf: (soFar: EngineColumnId, lifetime: string) => string;
}

function monthCells(plan: SheetPlan, row: number): MonthCells {
  const a = engineAddresses(plan);
  const at = (id: EngineColumnId) => a.at(id, row);
  const flag = at("inHorizon");
  const month = at("month");
  return {
    at,
    before: (id) => a.at(id, row - 1),
    flag,
    cohortsOf: (soFar, lifetime) =>
      `${flag}*(${at(soFar)}-IF(${month}>${lifetime},INDEX(${a.whole(soFar)},${month}-${lifetime}+1),0))`,
  };
}

function monthRow(ctx: TemplateContext, plan: SheetPlan, put: Put, row: number): void {
  const { at, before, flag, cohortsOf } = monthCells(plan, row);
  const n = ctx.ref;
  const retention = ctx.kind === "reachability";
  const month = at("month");
  put("inHorizon", `=IF(${month}<=${n("horizonMonths")},1,0)`, "0");
  put("discountFactor", `=${flag}/(1+${n("discountRate")})^${at("year")}`, "0.0000");
  const ramp = rampFactorFormula(month, n("monthsToGoLive"), n("rampUpMonths"), n("goLiveShare"));
  put("rampFactor", `=${flag}*${ramp}`, "0.00");
  put("rampedSoFar", `=${before("rampedSoFar")}+${at("rampFactor")}`, "0.00");
  if (retention) put("cohorts", `=${cohortsOf("rampedSoFar", n("lifetimeMonths"))}`, "0.00");
  for (const [id, rate] of Object.entries(INDEX_RATES) as [IndexColumnId, InputId][])
    put(id, `=${yearIndexFormula(n(rate), at("year"))}`, "0.0000");
  put("renewals", `=${flag}*${renewalFormula(month, n("contractTermMonths"))}`, "0");
  const inUse = monthTerms(ctx.kind, n, {
    factor: at("rampFactor"),
    flag,
    cohorts: retention ? at("cohorts") : null,
    index: at,
  });
  put("benefits", `=(${inUse.benefits})*(1-${n("benefitRisk")})`, MONEY);
  put("costs", `=${inUse.costs}*(1+${n("costRisk")})`, MONEY);
  put("net", `=${at("benefits")}-${at("costs")}`, MONEY);
  put("cumulative", `=IF(${flag}=1,${before("cumulative")}+${at("net")},NA())`, MONEY);
  put("discountedNet", `=${at("net")}*${at("discountFactor")}`, MONEY);
  const discounted = `${before("discountedCumulative")}+${at("discountedNet")}`;
  put("discountedCumulative", `=IF(${flag}=1,${discounted},NA())`, MONEY);
  put("netBeforeRisk", `=${inUse.benefits}-${inUse.costs}`, MONEY);
  rampEndColumns(ctx, plan, put, row);
  SCENARIO_INDEXES.forEach((s) => scenarioColumns(ctx, plan, put, row, s));
}

/** The ramp-up at the tornado's short and long ends (and their cohorts, 24/7). */
function rampEndColumns(ctx: TemplateContext, plan: SheetPlan, put: Put, row: number): void {
  const { at, before, flag, cohortsOf } = monthCells(plan, row);
  for (const [end, months] of rampEnds(ctx.kind)) {
    const n = ctx.ref;
    const ramp = rampFactorFormula(
      at("month"),
      n("monthsToGoLive"),
      String(months),
      n("goLiveShare"),
    );
    put(`ramp${end}`, `=${flag}*${ramp}`, "0.00");
    if (ctx.kind !== "reachability") continue;
    put(`ramp${end}SoFar`, `=${before(`ramp${end}SoFar`)}+${at(`ramp${end}`)}`, "0.00");
    put(`cohorts${end}`, `=${cohortsOf(`ramp${end}SoFar`, ctx.ref("lifetimeMonths"))}`, "0.00");
  }
}

/** One scenario's ramp-up and net cash flow, on its own column of inputs and lines. */
function scenarioColumns(
  ctx: TemplateContext,
  plan: SheetPlan,
  put: Put,
  row: number,
  s: ScenarioIndex,
): void {
  const { at, before, flag, cohortsOf } = monthCells(plan, row);
  const retention = ctx.kind === "reachability";
  const r = scenarioRef(plan, s);
  const factor = at(`ramp_${s}`);
  const month = at("month");
  const ramp = rampFactorFormula(month, r("monthsToGoLive"), r("rampUpMonths"), r("goLiveShare"));
  put(`ramp_${s}`, `=${flag}*${ramp}`, "0.00");
  if (retention) put(`rampSoFar_${s}`, `=${before(`rampSoFar_${s}`)}+${factor}`, "0.00");
  const cohorts = retention ? `(${cohortsOf(`rampSoFar_${s}`, r("lifetimeMonths"))})` : null;
  // The scenario's own indices, inline: its figures may differ from the table's.
  const index: IndexOf = (id) =>
    id === "renewals"
      ? `(${flag}*${renewalFormula(month, r("contractTermMonths"))})`
      : yearIndexFormula(r(INDEX_RATES[id]), at("year"));
  const terms = monthTerms(ctx.kind, r, { factor, flag, cohorts, index });
  put(`costs_${s}`, `=${terms.costs}*(1+${r("costRisk")})`, MONEY);
  put(`net_${s}`, `=(${terms.benefits})*(1-${r("benefitRisk")})-${at(`costs_${s}`)}`, MONEY);
}

/** Absolute references into scenario `s`'s column of inputs and lines. */
export function scenarioRef(plan: SheetPlan, s: ScenarioIndex): Ref {
  return (id) => absolute(SCENARIO_COLUMNS[s], rowOf(plan, id));
}

/** Month 0: the investment at the start, nothing realised yet. */
function monthZeroRow(ctx: TemplateContext, plan: SheetPlan, put: Put, row: number): void {
  const a = engineAddresses(plan);
  const at = (id: EngineColumnId) => a.at(id, row);
  const n = ctx.ref;
  for (const id of plan.engine.columns.keys()) if (startsAtZero(id)) put(id, 0, "0.00");
  for (const id of Object.keys(INDEX_RATES) as IndexColumnId[]) put(id, 1, "0.0000");
  put("renewals", 0, "0");
  put("inHorizon", 1, "0");
  put("discountFactor", 1, "0.0000");
  put("benefits", 0, MONEY);
  put("costs", `=${n("initialAfterRisk")}`, MONEY);
  put("net", `=${at("benefits")}-${at("costs")}`, MONEY);
  put("cumulative", `=${at("net")}`, MONEY);
  put("discountedNet", `=${at("net")}`, MONEY);
  put("discountedCumulative", `=${at("discountedNet")}`, MONEY);
  put("netBeforeRisk", `=-${n("initial")}`, MONEY);
  for (const s of SCENARIO_INDEXES) {
    put(`costs_${s}`, `=${scenarioRef(plan, s)("initialAfterRisk")}`, MONEY);
    put(`net_${s}`, `=-${at(`costs_${s}`)}`, MONEY);
  }
}

/** The ramp-up shares, their running sums and the cohorts: all 0 in month 0. */
function startsAtZero(id: EngineColumnId): boolean {
  return /^(ramp|cohorts|rampedSoFar)/.test(id);
}

/** Columns headed by the sheet text of the same key (a compile error where there is none). */
type TextColumn = Exclude<EngineColumnId, "year" | `${string}_${ScenarioIndex}`>;
const textKeyOf = (id: TextColumn): SheetTextKey => id;

function engineHeader(ctx: TemplateContext, id: EngineColumnId): string {
  const scenario = /^(net|costs|rampSoFar|ramp)_(\d)$/.exec(id);
  if (scenario) {
    const name = ctx.text(SCENARIOS[Number(scenario[2])] ?? "expected");
    const key = {
      net: "netOf",
      costs: "costsOf",
      rampSoFar: "rampSoFarOf",
      ramp: "rampOf",
    } as const;
    return fill(ctx.text(key[scenario[1] as keyof typeof key]), { scenario: name });
  }
  return ctx.text(id === "year" ? "yearColumn" : textKeyOf(id as TextColumn));
}
