/**
 * Each defect a financial controller found in the first version's business case, as a named
 * regression test with the reviewer's figures where the model still has them (issue "A business
 * case a controller can defend").
 */
import { evaluate } from "../../src/catalog";
import {
  computeBusinessCase,
  exampleFigures,
  monthlyCashFlow,
  paybackFromSeries,
  scenarioFigures,
  staffingCost,
  type CaseFigures,
  type Figures,
} from "../../src/core";
import { VERDICTS } from "../../src/i18n/results";

const digital = (changes: Partial<Figures<"digital">> = {}): CaseFigures => ({
  kind: "digital",
  figures: { ...exampleFigures("digital"), ...changes },
});
const reachability = (changes: Partial<Figures<"reachability">> = {}): CaseFigures => ({
  kind: "reachability",
  figures: { ...exampleFigures("reachability"), ...changes },
});

describe("the verdict follows the money, the articles' criteria are a separate fit", () => {
  it("a negative risk-adjusted NPV is never 'pays', however well the situation fits", () => {
    const conservative = scenarioFigures("digital", "conservative", exampleFigures("digital"));
    const bc = computeBusinessCase({ kind: "digital", figures: conservative }, 36);
    expect(bc.netPresentValue).toBeLessThan(0);
    expect(bc.verdict).toBe("doesNotPay");
    expect(bc.fit).toMatchObject({ kind: "verdict", level: "veryProfitable" });
  });
  it("the fit's words say fit, never profitable", () => {
    for (const lang of ["en", "nl"] as const)
      for (const text of Object.values(VERDICTS[lang]))
        expect(text).not.toMatch(/profitab|rendabel/i);
  });
  it("CX.WORTH_IT follows the article literally: 400 contacts with 90% standard questions fits", () => {
    expect(evaluate("WORTH_IT", [400, 0.9])).toMatchObject({ level: "veryProfitable" });
    expect(evaluate("WORTH_IT", [400, 0.3, true])).toMatchObject({ level: "worthIt" });
    expect(evaluate("WORTH_IT", [400, 0.3])).toMatchObject({ level: "notYet" });
  });
});

describe("freed capacity, revenue and lifetime value become cash only through a stated mechanism", () => {
  it("freed agent capacity with a 0% realisation share is FTE, not cash", () => {
    const bc = computeBusinessCase(digital({ realisationShare: 0 }), 36);
    expect(bc.capacity?.fteFreed).toBeGreaterThan(1);
    expect(bc.lines.rampedBenefits.staffSavings).toBe(0);
  });
  it("extra revenue counts at its contribution margin, also in the TEI figures", () => {
    const full = computeBusinessCase(digital({ contributionMargin: 1 }), 36);
    const margin = computeBusinessCase(digital({ contributionMargin: 0.25 }), 36);
    expect(margin.lines.rampedBenefits.revenueMargin).toBe(30000 * 0.25);
    expect(margin.presentBenefits).toBeLessThan(full.presentBenefits);
  });
  it("retention books yearly margin inside the horizon, not a whole CLV for each year's cohort", () => {
    const bc = computeBusinessCase(reachability({ customerLifetimeYears: 5 }), 36);
    const retention = bc.years.reduce((total, year) => total + (year.benefits.retention ?? 0), 0);
    // The first version booked 60 × €500 every year: €90,000 over 36 months.
    expect(retention).toBeLessThan(90000 / 3);
    expect(retention).toBeGreaterThan(0);
  });
});

describe("payback", () => {
  it("no up-front investment is not payback at month 0 when the cash flow first falls below zero", () => {
    // The reviewer's 24/7 case: 65,000 a year of benefits, 50,000 a year of costs, 12 months ramp-up.
    const monthly = 65000 / 12;
    const cost = 50000 / 12;
    const flow = monthlyCashFlow({
      investment: 0,
      monthlyBenefit: monthly,
      monthlyCost: cost,
      months: 36,
      rampUpMonths: 12,
    });
    expect(Math.min(...flow.map((m) => m.cumulative))).toBeCloseTo(-17187.5, 6);
    // By hand: cumulative after 12 months −14,791.67; then +1,250 a month.
    const expected = 12 + (50000 - (monthly * 78) / 12) / (monthly - cost);
    expect(evaluate("PAYBACK_MONTHS", [0, monthly, 12, cost])).toBeCloseTo(expected, 9);
    expect(expected).toBeCloseTo(23.83, 2);
  });
  it("CX.PAYBACK_MONTHS agrees with CX.CASHFLOW: the monthly cost is not ramped", () => {
    const table = monthlyCashFlow({
      investment: 90000,
      monthlyBenefit: 8800,
      monthlyCost: 2000,
      months: 36,
      rampUpMonths: 12,
    });
    const fromTable = paybackFromSeries(
      90000,
      table.slice(1).map((m) => m.net),
    );
    expect(evaluate("PAYBACK_MONTHS", [90000, 8800, 12, 2000])).toBeCloseTo(fromTable ?? NaN, 9);
    expect(fromTable).toBeCloseTo(20.35, 2);
  });
  it("the headline payback is on the risk-adjusted flow; the simple one is labelled apart", () => {
    // Savings at the full cost per contact, as the first version had it: a case that pays back.
    const bc = computeBusinessCase(
      digital({ priceAtCostPerContact: 1, variableCostShare: 1, escalationShare: 0 }),
      36,
    );
    expect(bc.payback).toBeGreaterThan(bc.simplePayback ?? Infinity);
  });
});

describe("scenarios move the user's own figures, benefit and cost drivers alike", () => {
  it("€12 a contact and 45% automation stay at least that in the optimistic scenario", () => {
    const yours = { ...exampleFigures("digital"), costPerContact: 12, automatedShare: 0.45 };
    const optimistic = scenarioFigures("digital", "optimistic", yours);
    expect(optimistic.costPerContact).toBeGreaterThanOrEqual(12);
    expect(optimistic.automatedShare).toBeGreaterThanOrEqual(0.45);
    const npv = (figures: Figures<"digital">) =>
      computeBusinessCase({ kind: "digital", figures }, 36).netPresentValue;
    expect(npv(optimistic)).toBeGreaterThan(npv(yours));
  });
  it("in the 24/7 case benefits vary between scenarios", () => {
    const yours = exampleFigures("reachability");
    const [low, high] = (["conservative", "optimistic"] as const).map(
      (s) =>
        computeBusinessCase(
          { kind: "reachability", figures: scenarioFigures("reachability", s, yours) },
          36,
        ).presentBenefits,
    );
    expect(low).toBeLessThan(high ?? 0);
  });
});

it("automation applies to the standard questions: 20% standard × 80% automated is 16% of contacts", () => {
  const bc = computeBusinessCase(digital({ standardQuestionShare: 0.2, automatedShare: 0.8 }), 36);
  expect(bc.lines.automatedPerYear).toBeCloseTo(6000 * 12 * 0.16, 9);
});

describe("24/7 staffing, like for like", () => {
  const figures = exampleFigures("reachability");
  it("the weekday night surcharge is CAO Rijk's 40%, capped per hour, on salary not loaded cost", () => {
    expect(figures.surcharge_night).toBe(0.4);
    const rich = staffingCost({ ...figures, hourlySalary: 40 });
    // 40% of €40 is €16 but the cap is €8.10 an hour.
    const nightHours = rich.hours.byBand.night;
    const capped = staffingCost({ ...figures, hourlySalary: 40, surcharge_night: 0.9 });
    expect(capped.surcharges).toBeCloseTo(rich.surcharges, 6);
    expect(nightHours).toBeGreaterThan(0);
  });
  it("public holidays are staffed 24 hours at 100%", () => {
    const none = staffingCost({ ...figures, publicHolidaysPerYear: 0 });
    const some = staffingCost({ ...figures, publicHolidaysPerYear: 7 });
    expect(some.hours.byBand.holiday).toBe(7 * 24);
    expect(some.perYear).toBeGreaterThan(none.perYear);
  });
  it("one person covering 118 hours a week is about 3.3 FTE at contract hours, more with leave", () => {
    // Open 08–18 on weekdays: 168 − 50 = 118 hours outside.
    const open = { ...figures, openFrom: 8, openUntil: 18, publicHolidaysPerYear: 0 };
    const atContract = staffingCost({ ...open, productiveHoursPerFte: 36 * 52 });
    expect(atContract.hours.total).toBe(118 * 52);
    expect(atContract.fte).toBeCloseTo(118 / 36, 9);
    expect(staffingCost(open).fte).toBeGreaterThan(atContract.fte);
  });
});
