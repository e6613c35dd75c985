/**
 * The business-case model, worked by hand: one case per template with the arithmetic written out
 * (FTE freed, cash-realised savings, margin on revenue, retention inside the horizon, risk-adjusted
 * payback), and the articles' worked examples. The expected numbers are computed here from the
 * figures, never by asking the model.
 */
import {
  EXAMPLE_HOLIDAY_YEAR,
  LEGAL_HOLIDAYS,
  articleFigures,
  computeBusinessCase,
  exampleFigures,
  weekdayHolidayCount,
  type CaseFigures,
} from "../../src/core";
import { INPUT_NOTES } from "../../src/i18n/inputs";

const digital: CaseFigures = { kind: "digital", figures: exampleFigures("digital") };
const reachability: CaseFigures = { kind: "reachability", figures: exampleFigures("reachability") };
const close = (actual: number | null | object, expected: number, digits = 6) =>
  expect(actual as number).toBeCloseTo(expected, digits);

describe("digital customer service, the example figures over 36 months, by hand", () => {
  const bc = computeBusinessCase(digital, 36);
  // 6,000 contacts a month × 12 × 50% standard questions × 60% of those automated.
  const automated = 6000 * 12 * 0.5 * 0.6; // 21,600 a year
  it("automated contacts are a share of the standard questions, not of all contacts", () => {
    expect(automated).toBe(21600);
    close(bc.lines.automatedPerYear, automated);
  });
  it("freed capacity in hours and FTE, from the resolved contacts' own handle time", () => {
    // 10% of the attempts escalate to an agent and free nothing: 19,440 resolved a year.
    const hours = (automated * 0.9 * 6) / 60; // 6 minutes a standard question: 1,944 hours
    close(bc.capacity?.hoursFreedPerYear ?? 0, hours);
    close(bc.capacity?.fteFreed ?? 0, 1944 / 1500); // 1.296 FTE at 1,500 productive hours
    close(bc.capacity?.fteRealised ?? 0, 1.296 * 0.6); // 0.7776 FTE become cash at 60%
  });
  it("staff savings at the loaded agent cost of the hours freed, revenue at its margin", () => {
    // €35,500 salary × 1.35 on-cost ÷ 1,500 productive hours = €31.95 an agent hour, not the
    // €65 an hour that €6.50 a 6-minute contact would imply (its overheads do not go away).
    const hourly = (35500 * 1.35) / 1500;
    close(hourly, 31.95);
    const cash = 1944 * 0.6 * hourly; // hours freed × realisation × loaded hourly cost = 37,266.48
    close(bc.lines.rampedBenefits.staffSavings ?? 0, 37266.48);
    close(cash, 37266.48);
    close(bc.capacity?.cashPerFte ?? 0, 35500 * 1.35); // € per FTE cashed = loaded cost of an FTE
    close(bc.lines.rampedBenefits.revenueMargin ?? 0, 30000 * 0.4); // 12,000, not 30,000
    close(bc.lines.automatedCostPerYear, automated * 1); // €1 a bot attempt, escalated or not
  });
  it("hidden costs join the investment; lost productivity stays out of the cash flows", () => {
    close(bc.lines.hidden, 60000 * 0.3); // 18,000
    close(bc.initial, (60000 + 18000) * 1.05); // 81,900 after the 5% cost risk
    close(bc.lines.opportunityCost, 8000 * 3 * 0.25); // 6,000, not in the NPV
  });
  it("year flows after ramp-up and risk, NPV and payback", () => {
    // Ramp-up 12 months from 30% at go-live: month m realises 0.3 + 0.7 (m − 1) / 12, month 1
    // exactly the go-live share, full effect from month 13.
    const firstYear = 12 * 0.3 + (0.7 * (11 * 12)) / 2 / 12; // 7.45 months of full effect
    const benefits = 37266.48 + 12000;
    const year1 =
      ((benefits * firstYear) / 12) * 0.9 - ((automated * firstYear) / 12 + 18000) * 1.05;
    const later = benefits * 0.9 - (automated + 18000) * 1.05; // 2,759.83
    close(bc.years[0]?.net ?? 0, year1);
    close(bc.years[1]?.net ?? 0, later);
    close(bc.netPresentValue, -81900 + year1 / 1.1 + later / 1.1 ** 2 + later / 1.1 ** 3);
    // Month m nets 4,105.54 × 0.9 × f − (1,800 f + 1,500) × 1.05 = 1,804.99 f − 1,575: after the
    // ramp-up €229.99 a month against what is still to earn back: no payback in 36.
    expect(bc.payback).toBeNull();
    expect(bc.verdict).toBe("doesNotPay");
  });
});

describe("24/7 reachability, the example figures over 36 months, by hand", () => {
  const bc = computeBusinessCase(reachability, 36);
  // 3,000 contacts × 12 × 25% out of hours × 50% standard × 60% automated.
  const automated = 3000 * 12 * 0.25 * 0.5 * 0.6; // 2,700 a year
  it("the after-hours share feeds the benefits", () => {
    close(bc.lines.automatedPerYear, automated);
    // Only the 20% of that demand that would otherwise be lost is extra: 2,700 × €25 × 40% × 20%.
    close(bc.lines.rampedBenefits.revenueMargin ?? 0, automated * 25 * 0.4 * 0.2); // €5,400
  });
  it("retention books each cohort's yearly margin inside the horizon, not whole lifetimes", () => {
    // 60 customers a year, CLV €500 over 5 years: €100 a customer a year, €41.67 a month per cohort unit.
    const perMonth = (60 / 12) * (500 / 5 / 12);
    // Σ of cohorts in force: with R = 12, g = 0.3 full-effect months so far RM(m); year 1 Σ RM(1..12).
    const rm = (m: number) => (m <= 12 ? 0.3 * m + (0.7 * m * (m - 1)) / 24 : 7.45 + (m - 12));
    const yearSum = (from: number) => {
      let total = 0;
      for (let m = from; m < from + 12; m++) total += rm(m);
      return total;
    };
    const booked = [1, 13, 25].map((from) => perMonth * yearSum(from) * 0.9);
    bc.years.forEach((year, i) => close(year.benefits.retention ?? 0, booked[i] ?? 0, 4));
    // Three cohorts' whole lifetimes would be 3 × 60 × €500 = €90,000; inside 36 months: about €20,000.
    const total = booked.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(90000 / 3);
  });
  it("staffing the off-hours like for like: CAO Rijk bands on salary, capped, holidays at 100%", () => {
    const staffing = bc.staffing;
    if (staffing === null) throw new Error("24/7 has a staffing route");
    // 2027's weekday public holidays (law's list): New Year's Day (Fri), Easter Monday, King's Day
    // (Tue), 5 May (Wed), Ascension Day, Whit Monday: 6; Christmas and Boxing Day fall on the weekend.
    const holidays = 6;
    expect(reachability.figures.publicHolidaysPerYear).toBe(holidays);
    // Open 09–17 on weekdays: 128 hours a week outside; each weekday holiday staffed 24 h instead of 16.
    const hours = 52 * 128 - holidays * 16 + holidays * 24;
    close(staffing.hours.total, hours);
    close(staffing.fte, hours / 1500);
    // €20 an hour: night 40% → €8 (under the €8.10 cap), weekend 70% → €14 (under €14.17), holiday €20.
    const surcharges =
      (52 * 30 - holidays * 6) * 8 + // weekdays 00–06
      (52 * 10 - holidays * 2) * 4 + // 06–08 at 20%
      (52 * 20 - holidays * 4) * 4 + // 18–22 at 20%
      (52 * 10 - holidays * 2) * 8 + // 22–24 at 40%
      52 * 48 * 14 + // Saturday and Sunday
      holidays * 24 * 20; // public holidays
    close(staffing.surcharges, surcharges * 1.35);
    close(staffing.basePay, (hours / 1500) * 36 * 52 * 20 * 1.35);
  });
});

describe("the articles' worked examples, in the article-method row", () => {
  it.each([
    ["E1: chatbot, 100,000 → 150,000 savings + 50,000 revenue", "digital", 1],
    ["E2: 24/7, 50,000 → 30,000 + 25,000 + 10,000", "reachability", 0.3],
  ] as const)("%s (%s) = %d", (_name, kind, expected) => {
    const bc = computeBusinessCase({ kind, figures: articleFigures(kind) }, 12);
    close(bc.articleRoi, expected, 12);
  });
});

describe("the 24/7 example's public holidays", () => {
  it("are the law's weekday holidays of the year its note names, with the count it names", () => {
    const count = weekdayHolidayCount(EXAMPLE_HOLIDAY_YEAR, LEGAL_HOLIDAYS);
    expect(exampleFigures("reachability").publicHolidaysPerYear).toBe(count);
    for (const notes of [INPUT_NOTES.en, INPUT_NOTES.nl]) {
      expect(notes.publicHolidaysPerYear).toContain(`${EXAMPLE_HOLIDAY_YEAR}`);
      expect(notes.publicHolidaysPerYear).toContain(`): ${count}.`);
    }
  });
});
