/**
 * Value what really becomes cash (issue "Value what really becomes cash"): the senior controller's
 * two findings as regressions, with the reviewer's figures and the arithmetic written out here, and
 * the invariant that makes the euro line and the FTE line agree.
 */
import fc from "fast-check";
import {
  computeBusinessCase,
  exampleFigures,
  type CaseFigures,
  type Figures,
} from "../../src/core";
import { caseArbitrary } from "../support/figures";

fc.configureGlobal({ seed: process.env.CI ? 20261208 : undefined });

const close = (actual: number, expected: number, digits = 6) =>
  expect(actual).toBeCloseTo(expected, digits);

/**
 * A 12-month ramp-up from 30%, two ways. The reviewer's: month m realises 0.3 + 0.7 m / 12, so
 * month 1 already 35.8% (8.15 full-effect months in year 1). The model's since "time and life of the
 * investment" (item 4): month 1 after go-live realises exactly the 30% go-live share, month m
 * 0.3 + 0.7 (m − 1) / 12, full effect from month 13 (7.45 full-effect months in year 1).
 */
type Ramp = "reviewer" | "goLive";
/** Σ_{j ≤ m} of the ramp factor, months 1..m. */
const rampedSum = (ramp: Ramp, m: number) => {
  const full = ramp === "reviewer" ? 8.15 : 7.45;
  if (m > 12) return full + (m - 12);
  return ramp === "reviewer"
    ? 0.3 * m + (0.7 * m * (m + 1)) / 24
    : 0.3 * m + (0.7 * m * (m - 1)) / 24;
};
const fullEffect = (ramp: Ramp) => [rampedSum(ramp, 12), 12, 12]; // 8.15 or 7.45, 12, 12

/** The NPV of three TEI years: −initial + Σ (benefits × 0.9 − costs × 1.05) ÷ 1.1^t. */
function threeYearNpv(
  initial: number,
  year: (t: number, months: number) => [number, number],
  ramp: Ramp = "goLive",
) {
  let npv = -initial;
  fullEffect(ramp).forEach((months, i) => {
    const [benefits, costs] = year(i + 1, months);
    npv += (benefits * 0.9 - costs * 1.05) / 1.1 ** (i + 1);
  });
  return npv;
}

describe("digital: staff savings at the cost that goes away", () => {
  // The reviewer's figures: the example as it stood (no escalation), 21,600 automated contacts a
  // year (6,000 × 12 × 50% × 60%), 6 minutes each, 60% realised, €12,000 margin on revenue, €1 a
  // bot contact, €18,000 licences, €81,900 invested after risk (€60,000 + 30% hidden, × 1.05).
  const base: Figures<"digital"> = { ...exampleFigures("digital"), escalationShare: 0 };
  const npvAt = (perContact: number, ramp: Ramp = "goLive") =>
    threeYearNpv(
      81900,
      (_, months) => [
        ((21600 * perContact * 0.6 + 12000) * months) / 12,
        (21600 * months) / 12 + 18000,
      ],
      ramp,
    );

  it("at the full €6.50 a contact (overheads included) it seemed to pay: +€11,450", () => {
    const full = { ...base, priceAtCostPerContact: 1, variableCostShare: 1 };
    const bc = computeBusinessCase({ kind: "digital", figures: full }, 36);
    close(npvAt(6.5, "reviewer"), 11450, 0);
    // Month 1 at the 30% typed instead of 35.8%: 0.7 full-effect months fewer in year 1.
    close(npvAt(6.5), 8059.3, 0);
    close(bc.netPresentValue, npvAt(6.5));
    expect(bc.verdict).toBe("pays");
  });

  it("at agent time (€48,000 loaded ÷ 1,500 h = €32 an hour, €3.20 a contact) it does not", () => {
    // Salary €40,000 × (1 + 20% on-cost) = €48,000 a loaded FTE.
    const agent = { ...base, agentSalaryPerYear: 40000, employerOnCost: 0.2 };
    const bc = computeBusinessCase({ kind: "digital", figures: agent }, 36);
    const perContact = (6 / 60) * (48000 / 1500); // €3.20
    close(perContact, 3.2);
    close(npvAt(perContact, "reviewer"), -73045.4, 0);
    close(npvAt(perContact), -74394.8, 0);
    close(bc.netPresentValue, npvAt(perContact));
    expect(bc.verdict).toBe("doesNotPay");
    // The euros and the FTE agree: 0.864 FTE cashed × €48,000 = €41,472 = 21,600 × €3.20 × 60%.
    close(bc.capacity?.fteRealised ?? 0, 0.864);
    close(bc.lines.rampedBenefits.staffSavings ?? 0, 0.864 * 48000);
  });

  it("an escalated attempt costs the bot's contact and frees no agent time", () => {
    const agent = {
      ...base,
      agentSalaryPerYear: 40000,
      employerOnCost: 0.2,
      escalationShare: 0.25,
    };
    const bc = computeBusinessCase({ kind: "digital", figures: agent }, 36);
    close(bc.capacity?.hoursFreedPerYear ?? 0, (21600 * 0.75 * 6) / 60); // 1,620 hours
    close(bc.lines.automatedCostPerYear, 21600 * 1); // every attempt is paid for
    close(bc.lines.rampedBenefits.staffSavings ?? 0, 21600 * 0.75 * 3.2 * 0.6); // €31,104
  });

  it("overheads count only per FTE removed, and then per FTE", () => {
    const agent = {
      ...base,
      agentSalaryPerYear: 40000,
      employerOnCost: 0.2,
      overheadPerFteRemoved: 6000,
    };
    const bc = computeBusinessCase({ kind: "digital", figures: agent }, 36);
    close(bc.capacity?.cashPerFte ?? 0, 48000 + 6000);
  });

  it("savings ÷ FTE cashed is the loaded cost of an FTE (+ overheads), for any figures", () => {
    fc.assert(
      fc.property(caseArbitrary("digital"), (input: CaseFigures) => {
        if (input.kind !== "digital") return;
        const f = { ...input.figures, priceAtCostPerContact: 0 };
        const bc = computeBusinessCase({ kind: "digital", figures: f }, 36);
        const fte = bc.capacity?.fteRealised ?? 0;
        if (fte < 1e-6) return;
        const loaded = f.agentSalaryPerYear * (1 + f.employerOnCost) + f.overheadPerFteRemoved;
        const perFte = (bc.lines.rampedBenefits.staffSavings ?? 0) / fte;
        expect(Math.abs(perFte - loaded)).toBeLessThanOrEqual(1e-9 * Math.max(1, loaded));
        close(bc.capacity?.cashPerFte ?? 0, perFte);
      }),
      { numRuns: 300 },
    );
  });
});

describe("24/7: only revenue that would otherwise be lost is extra", () => {
  // The example: 2,700 automated out-of-hours contacts a year (3,000 × 12 × 25% × 50% × 60%) at
  // €25 × 40% margin; €10,000 operational savings; 60 retained customers a year at €100 a year
  // each (CLV €500 over 5 years), every month's cohort ramped and staying the whole horizon;
  // €0.50 a bot contact, €18,000 technology, €20,475 invested after risk (€15,000 + 30%, × 1.05).
  const cohortMonths = (ramp: Ramp, t: number) => {
    let sum = 0;
    for (let m = 12 * (t - 1) + 1; m <= 12 * t; m++) sum += rampedSum(ramp, m);
    return sum;
  };
  const npvAt = (lost: number, ramp: Ramp = "goLive") =>
    threeYearNpv(
      20475,
      (t, months) => [
        ((2700 * 25 * 0.4 * lost + 10000) * months) / 12 +
          (60 / 12) * (100 / 12) * cohortMonths(ramp, t),
        (2700 * 0.5 * months) / 12 + 18000,
      ],
      ramp,
    );
  const npv = (lost: number) =>
    computeBusinessCase(
      {
        kind: "reachability",
        figures: { ...exampleFigures("reachability"), lostDemandShare: lost },
      },
      36,
    );

  it("counting every out-of-hours sale as extra, it seemed to pay: +€18,492 (+€16,149 with month 1 at the go-live share)", () => {
    close(npvAt(1, "reviewer"), 18492, 0);
    close(npvAt(1), 16148.7, 0);
    close(npv(1).netPresentValue, npvAt(1));
  });

  it("if 30% of that demand is really lost, it does not: −€18,849 (−€20,289 with month 1 at the go-live share)", () => {
    close(npvAt(0.3, "reviewer"), -18849, 0);
    close(npvAt(0.3), -20289.3, 0);
    close(npv(0.3).netPresentValue, npvAt(0.3));
    expect(npv(0.3).verdict).toBe("doesNotPay");
  });

  it("the shipped default counts 20% as lost, and says it is an assumption", () => {
    expect(exampleFigures("reachability").lostDemandShare).toBe(0.2);
    close(npv(0.2).netPresentValue, npvAt(0.2));
  });
});
