/**
 * What drives the result: the risk-adjusted NPV with one driver at the low and the high end of its
 * range, ranked by swing, and the break-even values. The NPV is linear in every driver but the
 * ramp-up, so each point is the NPV in use plus (moved − in use) × the driver's slope; the ramp-up
 * uses the present-value weights of the short and long ramp-up. The core recomputes every point
 * from scratch (core/model/drivers.ts) and the tests compare the two.
 */
import {
  DRIVERS,
  INPUT_RULES,
  breakEven,
  tornado,
  type DriverDef,
  type DriverId,
} from "../../core";
import { DRIVER_LABELS } from "../../i18n/calc";
import { COUNT, MONEY, MONEY_CENTS, PERCENT } from "../formats";
import type { TemplateContext } from "../context";
import { quoteText } from "../../excel";
import { clamp } from "../formulas";
import { address } from "../layout";
import type { RampEnd } from "../lines";
import type { SheetPlan } from "../plan";

type Ref = TemplateContext["ref"];

/** Automated contacts a year per contact a month: 12 (× the after-hours share, 24/7). */
function perContact(ctx: TemplateContext): string {
  return ctx.kind === "digital" ? "12" : `12*${ctx.ref("afterHoursShare")}`;
}

interface Terms {
  readonly at: string;
  readonly slope: string;
  readonly format: string;
}

/** The drivers that scale what an automated contact earns: value, realisation, revenue, margin. */
type EarnedDriver =
  | "valuePerResolved"
  | "realisationShare"
  | "lostDemandShare"
  | "revenuePerServedContact"
  | "contributionMargin";

/** The in-use figure a driver moves (a name), and its slope: the NPV change per unit. */
function driverTerms(ctx: TemplateContext, id: DriverId): Terms {
  const n: Ref = ctx.ref;
  const share = `(${n("standardQuestionShare")}*${n("automatedShare")})`;
  // What one automated contact a year is worth over the horizon: its savings and its cost, each
  // with its own ramp-up, growth and indexation weight.
  const perAutomated = `(${n("earnedPerAutomated")}*(1-${n("benefitRisk")})*${n("weightAutomatedBenefit")}-${n("costPerAutomatedContact")}*(1+${n("costRisk")})*${n("weightAutomatedCost")})`;
  switch (id) {
    case "contacts":
      return {
        at: n("contactsPerMonth"),
        slope: `${perContact(ctx)}*${share}*${perAutomated}`,
        format: COUNT,
      };
    case "automatedShare":
      return {
        at: n("automatedShare"),
        slope: `${n("contactsPerMonth")}*${perContact(ctx)}*${n("standardQuestionShare")}*${perAutomated}`,
        format: PERCENT,
      };
    case "afterHoursShare":
      return {
        at: n("afterHoursShare"),
        slope: `${n("contactsPerMonth")}*12*${share}*${perAutomated}`,
        format: PERCENT,
      };
    case "investment":
      return { at: n("oneOffCosts"), slope: oneOffSlope(n), format: MONEY };
    case "recurringCost":
      return {
        at: n("recurringPerYear"),
        slope: `-(1+${n("costRisk")})*${n("weightRecurring")}`,
        format: MONEY,
      };
    case "rampUp":
      return { at: n("rampUpMonths"), slope: "", format: "0" };
    default:
      return earnedTerms(n, id);
  }
}

/** A factor of what an automated contact earns: its slope is the other factors' product. */
function earnedTerms(n: Ref, id: EarnedDriver): Terms {
  const perEarned = (...others: string[]) =>
    `${n("automatedPerYear")}*${others.join("*")}*(1-${n("benefitRisk")})*${n("weightAutomatedBenefit")}`;
  // Functions: each template names only its own lines (n throws on another template's).
  const slopes: Readonly<Record<EarnedDriver, () => readonly [string, string]>> = {
    valuePerResolved: () => [
      perEarned(`(1-${n("escalationShare")})`, n("realisationShare")),
      MONEY_CENTS,
    ],
    realisationShare: () => [perEarned(n("grossPerAutomated")), PERCENT],
    lostDemandShare: () => [
      perEarned(n("revenuePerServedContact"), n("contributionMargin")),
      PERCENT,
    ],
    revenuePerServedContact: () => [
      perEarned(n("contributionMargin"), n("lostDemandShare")),
      MONEY_CENTS,
    ],
    contributionMargin: () => [
      perEarned(n("revenuePerServedContact"), n("lostDemandShare")),
      PERCENT,
    ],
  };
  const [slope, format] = slopes[id]();
  return { at: n(id), slope, format };
}

/** NPV change per euro of one-off costs: hidden costs and cost risk on top. */
function oneOffSlope(n: Ref): string {
  return `-(1+${n("hiddenCostRate")})*(1+${n("costRisk")})`;
}

/** The slope's format: euros of NPV per point or per euro a contact; a plain ratio per euro of cost. */
function slopeFormat(id: DriverId): string {
  if (id === "investment" || id === "recurringCost") return "0.00";
  return id === "contacts" ? MONEY_CENTS : MONEY;
}

function moved(driver: DriverDef, end: "low" | "high", at: string): string {
  const { change, within } = driver;
  const amount = change[end];
  const raw =
    change.kind === "factor"
      ? `${at}*${amount}`
      : change.kind === "delta"
        ? `${at}+${amount}`
        : `${amount}`;
  return within === undefined ? raw : clamp(raw, within[0], within[1]);
}

/** NPV with the ramp-up at its low or high end: each line moved by its own weight's change. */
function rampNpv(ctx: TemplateContext, end: RampEnd): string {
  const n = ctx.ref;
  const change = (weight: "weightRamped" | "weightAutomatedBenefit" | "weightAutomatedCost") =>
    `(${n(`${weight}${end}`)}-${n(weight)})`;
  const benefits = `${n("automatedBenefitPerYear")}*${change("weightAutomatedBenefit")}+${n("otherRampedPerYear")}*${change("weightRamped")}`;
  const ramped = `(1-${n("benefitRisk")})*(${benefits})-(1+${n("costRisk")})*${n("automatedCostPerYear")}*${change("weightAutomatedCost")}`;
  const cohorts =
    ctx.kind === "digital"
      ? ""
      : `+(1-${n("benefitRisk")})*${n("retentionPerCohortMonth")}*(${n(`weightCohorts${end}`)}-${n("weightCohorts")})`;
  return `=${n("netPresentValue")}+${ramped}${cohorts}`;
}

const HEADERS = ["driver", "lowValue", "highValue", "npvLow", "npvHigh", "swing", "rank"] as const;

export function driversBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, kind, lang } = ctx;
  const drivers = DRIVERS[kind];
  const { header, rankedHeader, breakEven: breakRow } = plan.drivers;
  sheet.put(0, header - 2, ctx.text("drivers"), "heading");
  sheet.put(2, header - 2, ctx.text("driversNote"), "note");
  HEADERS.forEach((key, column) => sheet.put(column, header, ctx.text(key), "tableHeader"));
  sheet.put(7, header, DRIVER_LABELS[lang].slope, "tableHeader");
  const rows = { first: header + 1, last: header + drivers.length };
  const bars = new Map(tornado(ctx.input, ctx.horizonMonths).map((bar) => [bar.id, bar]));
  drivers.forEach((driver, i) => {
    const row = rows.first + i;
    driverRow(ctx, driver, row);
    rankCell(ctx, row, rows);
    const bar = bars.get(driver.id);
    for (const [end, column] of [
      ["Low", 3],
      ["High", 4],
    ] as const) {
      ctx.resultCells[`driver.${driver.id}.npv${end}`] = address(column, row);
      if (bar)
        ctx.figures[`driver.${driver.id}.npv${end}`] = end === "Low" ? bar.npvLow : bar.npvHigh;
    }
  });
  rankedBlock(ctx, rankedHeader, rows.first, rows.last, drivers.length);
  breakEvenBlock(ctx, breakRow);
}

/** One driver: its low and high value, the NPV at each (from its slope), and the swing. */
function driverRow(ctx: TemplateContext, driver: DriverDef, row: number): void {
  const { sheet } = ctx;
  const terms = driverTerms(ctx, driver.id);
  sheet.put(0, row, DRIVER_LABELS[ctx.lang][driver.id], "label");
  sheet.put(1, row, `=${moved(driver, "low", terms.at)}`, "calc", terms.format);
  sheet.put(2, row, `=${moved(driver, "high", terms.at)}`, "calc", terms.format);
  if (driver.id === "rampUp") {
    sheet.put(3, row, rampNpv(ctx, "Low"), "result", MONEY);
    sheet.put(4, row, rampNpv(ctx, "High"), "result", MONEY);
  } else {
    // Column H reads per percentage point for shares, per euro for amounts, per contact.
    const perPoint = terms.format === PERCENT;
    const slope = perPoint ? `=${terms.slope}/100` : `=${terms.slope}`;
    sheet.put(7, row, slope, "calc", slopeFormat(driver.id));
    const scaled = perPoint ? `${address(7, row)}*100` : address(7, row);
    const npv = ctx.ref("netPresentValue");
    sheet.put(3, row, `=${npv}+(${address(1, row)}-${terms.at})*${scaled}`, "result", MONEY);
    sheet.put(4, row, `=${npv}+(${address(2, row)}-${terms.at})*${scaled}`, "result", MONEY);
  }
  sheet.put(5, row, `=ABS(${address(4, row)}-${address(3, row)})`, "calc", MONEY);
}

/**
 * The driver's rank by the swing rounded to the cent, ties in list order, as core/model/drivers.ts's
 * tornado: equal swings (contacts and automated share, both ±20%) differ in the last bits.
 */
function rankCell(ctx: TemplateContext, row: number, rows: { first: number; last: number }): void {
  const swings = `ROUND($F$${rows.first}:$F$${rows.last},2)`;
  const swing = `ROUND(F${row},2)`;
  const ties =
    row === rows.first ? "" : `+SUMPRODUCT(--(ROUND($F$${rows.first}:F${row - 1},2)=${swing}))`;
  ctx.sheet.put(6, row, `=1+SUMPRODUCT(--(${swings}>${swing}))${ties}`, "calc", "0");
}

/** The drivers in rank order, as the bar chart shows them: change in NPV at the low and high end. */
function rankedBlock(
  ctx: TemplateContext,
  header: number,
  first: number,
  last: number,
  count: number,
): void {
  const { sheet } = ctx;
  const npv = ctx.ref("netPresentValue");
  ["driver", "atLow", "atHigh"].forEach((key, column) =>
    sheet.put(column, header, ctx.text(key as "driver"), "tableHeader"),
  );
  for (let k = 1; k <= count; k++) {
    const row = header + k;
    const match = `MATCH(${k},$G$${first}:$G$${last},0)`;
    sheet.put(0, row, `=INDEX($A$${first}:$A$${last},${match})`, "label");
    sheet.put(1, row, `=INDEX($D$${first}:$D$${last},${match})-${npv}`, "calc", MONEY);
    sheet.put(2, row, `=INDEX($E$${first}:$E$${last},${match})-${npv}`, "calc", MONEY);
  }
}

/**
 * The NPV is linear in each break-even driver, so its zero is the value in use minus NPV ÷ slope.
 * Where that zero lies outside the driver's range, the NPV keeps the sign it has at 0 (the NPV in
 * use minus the value in use × slope) over the whole range, and the cell says which.
 */
function breakEvenBlock(ctx: TemplateContext, header: number): void {
  const { sheet, lang } = ctx;
  const n = ctx.ref;
  const npv = n("netPresentValue");
  const [positive, negative] = [
    quoteText(ctx.text("staysPositive")),
    quoteText(ctx.text("staysNegative")),
  ];
  const zero = (at: string, slope: string, max: number | null) => {
    const x = `(${at}-${npv}/${slope})`;
    const inside = max === null ? `${x}>=0` : `AND(${x}>=0,${x}<=${max})`;
    const none = `IF(${npv}-${at}*${slope}>=0,${positive},${negative})`;
    return `=IF(${slope}=0,${none},IF(${inside},${x},${none}))`;
  };
  // The same slopes as the tornado's rows: one formula for each.
  const shareSlope = `(${driverTerms(ctx, "automatedShare").slope})`;
  const contactSlope = `(${driverTerms(ctx, "contacts").slope})`;
  const rows = [
    [
      "breakEvenAutomatedShare",
      zero(n("automatedShare"), shareSlope, INPUT_RULES.automatedShare.max),
      PERCENT,
    ],
    ["breakEvenContacts", zero(n("contactsPerMonth"), contactSlope, null), COUNT],
    ["breakEvenOneOff", zero(n("oneOffCosts"), `(${oneOffSlope(n)})`, null), MONEY],
  ] as const;
  sheet.put(0, header, ctx.text("breakEven"), "heading");
  const core = breakEven(ctx.input, ctx.horizonMonths);
  const coreValue = {
    breakEvenAutomatedShare: core.automatedShare,
    breakEvenContacts: core.contactsPerMonth,
    breakEvenOneOff: core.oneOffCosts,
  };
  rows.forEach(([id, formula, format], i) => {
    const row = header + 1 + i;
    sheet.put(0, row, DRIVER_LABELS[lang][id], "label");
    ctx.resultCells[id] = sheet.put(1, row, formula, "result", format);
    const value = coreValue[id];
    ctx.figures[id] =
      typeof value === "number"
        ? value
        : ctx.text(value.stays === "positive" ? "staysPositive" : "staysNegative");
  });
}
