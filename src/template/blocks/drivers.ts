/**
 * What drives the result: the risk-adjusted NPV with one driver at the low and the high end of its
 * range, ranked by swing, and the break-even values. The NPV is linear in every driver but the
 * ramp-up, so each point is the NPV in use plus (moved − in use) × the driver's slope; the ramp-up
 * uses the present-value weights of the short and long ramp-up. The core recomputes every point
 * from scratch (core/model/drivers.ts) and the tests compare the two.
 */
import { DRIVERS, breakEven, tornado, type DriverDef, type DriverId } from "../../core";
import { DRIVER_LABELS } from "../../i18n/calc";
import { MONEY, MONEY_CENTS, PERCENT } from "../calc";
import type { TemplateContext } from "../context";
import { clamp, quoted } from "../formulas";
import { address } from "../layout";
import type { SheetPlan } from "../plan";

/** The in-use figure a driver moves (a name), and its slope: the NPV change per unit. */
function driverTerms(
  kind: TemplateContext["kind"],
  id: DriverId,
): { at: string; slope: string; format: string } {
  const volume = kind === "digital" ? "" : "*AfterHoursShare";
  const perAutomated = "UnitValue*WeightRamped";
  switch (id) {
    case "contacts":
      return {
        at: "ContactsPerMonth",
        slope: `12${volume}*(StandardQuestionShare*AutomatedShare)*${perAutomated}`,
        format: "#,##0",
      };
    case "automatedShare":
      return {
        at: "AutomatedShare",
        slope: `ContactsPerMonth*12${volume}*StandardQuestionShare*${perAutomated}`,
        format: PERCENT,
      };
    case "afterHoursShare":
      return {
        at: "AfterHoursShare",
        slope: `ContactsPerMonth*12*(StandardQuestionShare*AutomatedShare)*${perAutomated}`,
        format: PERCENT,
      };
    case "costPerContact":
      return {
        at: "CostPerContact",
        slope: "AutomatedPerYear*RealisationShare*(1-BenefitRisk)*WeightRamped",
        format: '"€ "#,##0.00',
      };
    case "realisationShare":
      return {
        at: "RealisationShare",
        slope: "AutomatedPerYear*CostPerContact*(1-BenefitRisk)*WeightRamped",
        format: PERCENT,
      };
    case "revenuePerServedContact":
      return {
        at: "RevenuePerServedContact",
        slope: "AutomatedPerYear*ContributionMargin*(1-BenefitRisk)*WeightRamped",
        format: '"€ "#,##0.00',
      };
    case "contributionMargin":
      return {
        at: "ContributionMargin",
        slope: "AutomatedPerYear*RevenuePerServedContact*(1-BenefitRisk)*WeightRamped",
        format: PERCENT,
      };
    case "investment":
      return { at: "OneOffCosts", slope: "-(1+HiddenCostRate)*(1+CostRisk)", format: MONEY };
    case "recurringCost":
      return { at: "RecurringPerYear", slope: "-(1+CostRisk)*WeightFlat", format: MONEY };
    case "rampUp":
      return { at: "RampUpMonths", slope: "", format: "0" };
  }
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

/** NPV with the ramp-up at its low or high end. */
function rampNpv(kind: TemplateContext["kind"], end: "Low" | "High"): string {
  const ramped = `((1-BenefitRisk)*RampedBenefitsPerYear-(1+CostRisk)*AutomatedCostPerYear)*(WeightRamped${end}-WeightRamped)`;
  const cohorts =
    kind === "digital"
      ? ""
      : `+(1-BenefitRisk)*RetentionPerCohortMonth*(WeightCohorts${end}-WeightCohorts)`;
  return `=NetPresentValue+${ramped}${cohorts}`;
}

export function driversBlock(ctx: TemplateContext, plan: SheetPlan): void {
  const { sheet, kind, lang } = ctx;
  const drivers = DRIVERS[kind];
  const { header, rankedHeader, breakEven: breakRow } = plan.drivers;
  sheet.put(0, header - 2, ctx.text("drivers"), "heading");
  sheet.put(2, header - 2, ctx.text("driversNote"), "note");
  const headers = [
    "driver",
    "lowValue",
    "highValue",
    "npvLow",
    "npvHigh",
    "swing",
    "rank",
  ] as const;
  headers.forEach((key, column) => sheet.put(column, header, ctx.text(key), "tableHeader"));
  sheet.put(7, header, DRIVER_LABELS[lang].slope ?? "", "tableHeader");
  const first = header + 1;
  const last = header + drivers.length;
  const bars = new Map(tornado(ctx.input, ctx.horizonMonths).map((bar) => [bar.id, bar]));
  drivers.forEach((driver, i) => {
    const row = first + i;
    const terms = driverTerms(kind, driver.id);
    sheet.put(0, row, DRIVER_LABELS[lang][driver.id] ?? driver.id, "label");
    sheet.put(1, row, `=${moved(driver, "low", terms.at)}`, "calc", terms.format);
    sheet.put(2, row, `=${moved(driver, "high", terms.at)}`, "calc", terms.format);
    if (driver.id === "rampUp") {
      sheet.put(3, row, rampNpv(kind, "Low"), "result", MONEY);
      sheet.put(4, row, rampNpv(kind, "High"), "result", MONEY);
    } else {
      // Column H reads per percentage point for shares, per euro for amounts, per contact.
      const perPoint = terms.format === PERCENT;
      const slope = perPoint ? `=${terms.slope}/100` : `=${terms.slope}`;
      sheet.put(7, row, slope, "calc", slopeFormat(driver.id));
      const scaled = perPoint ? `${address(7, row)}*100` : address(7, row);
      for (const [column, from] of [
        [3, 1],
        [4, 2],
      ] as const)
        sheet.put(
          column,
          row,
          `=NetPresentValue+(${address(from, row)}-${terms.at})*${scaled}`,
          "result",
          MONEY,
        );
    }
    sheet.put(5, row, `=ABS(${address(4, row)}-${address(3, row)})`, "calc", MONEY);
    // Ranked by the swing rounded to the cent, ties in list order, as core/model/drivers.ts's
    // tornado: equal swings (contacts and automated share, both ±20%) differ in the last bits.
    const swings = `ROUND($F$${first}:$F$${last},2)`;
    const swing = `ROUND(F${row},2)`;
    const ties = row === first ? "" : `+SUMPRODUCT(--(ROUND($F$${first}:F${row - 1},2)=${swing}))`;
    sheet.put(6, row, `=1+SUMPRODUCT(--(${swings}>${swing}))${ties}`, "calc", "0");
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
  rankedBlock(ctx, rankedHeader, first, last, drivers.length);
  breakEvenBlock(ctx, breakRow);
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
  ["driver", "atLow", "atHigh"].forEach((key, column) =>
    sheet.put(column, header, ctx.text(key as "driver"), "tableHeader"),
  );
  for (let k = 1; k <= count; k++) {
    const row = header + k;
    const match = `MATCH(${k},$G$${first}:$G$${last},0)`;
    sheet.put(0, row, `=INDEX($A$${first}:$A$${last},${match})`, "label");
    sheet.put(1, row, `=INDEX($D$${first}:$D$${last},${match})-NetPresentValue`, "calc", MONEY);
    sheet.put(2, row, `=INDEX($E$${first}:$E$${last},${match})-NetPresentValue`, "calc", MONEY);
  }
}

/**
 * The NPV is linear in each break-even driver, so its zero is the value in use minus NPV ÷ slope.
 * Where that zero lies outside the driver's range, the NPV keeps the sign it has at 0 (the NPV in
 * use minus the value in use × slope) over the whole range, and the cell says which.
 */
function breakEvenBlock(ctx: TemplateContext, header: number): void {
  const { sheet, kind, lang } = ctx;
  const volume = kind === "digital" ? "" : "*AfterHoursShare";
  const [positive, negative] = [
    quoted(ctx.text("staysPositive")),
    quoted(ctx.text("staysNegative")),
  ];
  const zero = (at: string, slope: string, max: string | null) => {
    const x = `(${at}-NetPresentValue/${slope})`;
    const inside = max === null ? `${x}>=0` : `AND(${x}>=0,${x}<=${max})`;
    const none = `IF(NetPresentValue-${at}*${slope}>=0,${positive},${negative})`;
    return `=IF(${slope}=0,${none},IF(${inside},${x},${none}))`;
  };
  const shareSlope = `(ContactsPerMonth*12${volume}*StandardQuestionShare*UnitValue*WeightRamped)`;
  const contactSlope = `(12${volume}*(StandardQuestionShare*AutomatedShare)*UnitValue*WeightRamped)`;
  const rows = [
    ["breakEvenAutomatedShare", zero("AutomatedShare", shareSlope, "0.8"), PERCENT],
    ["breakEvenContacts", zero("ContactsPerMonth", contactSlope, null), "#,##0"],
    ["breakEvenOneOff", zero("OneOffCosts", "(-(1+HiddenCostRate)*(1+CostRisk))", null), MONEY],
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
    sheet.put(0, row, DRIVER_LABELS[lang][id] ?? id, "label");
    ctx.resultCells[id] = sheet.put(1, row, formula, "result", format);
    const value = coreValue[id];
    ctx.figures[id] =
      typeof value === "number"
        ? value
        : ctx.text(value.stays === "positive" ? "staysPositive" : "staysNegative");
  });
}
