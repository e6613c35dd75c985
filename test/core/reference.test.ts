/**
 * Reference values: design.md's catalog, the articles' worked examples (domain.md E1, E2), and
 * published figures (Excel's NPV documentation, Forrester TEI conventions). Raw arguments go
 * through `evaluate`, exactly as Excel's values would.
 */
import { npv, discountedFigures, monthlyCashFlow } from "../../src/core";
import { evaluate, type FunctionId } from "../../src/catalog";

const near = (actual: unknown, expected: number, tolerance = 1e-9) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
};

describe("design.md reference values", () => {
  it.each<[string, FunctionId, unknown[], number]>([
    ["ROI(200000, 100000) = 1", "ROI", [200000, 100000], 1],
    ["ROI(65000, 50000) = 0.3", "ROI", [65000, 50000], 0.3],
    ["PAYBACK_MONTHS(100000, 200000/12) = 6", "PAYBACK_MONTHS", [100000, 200000 / 12], 6],
    ["PAYBACK_MONTHS(100000, 200000/12, 3) = 7", "PAYBACK_MONTHS", [100000, 200000 / 12, 3], 7],
    ["HIDDEN_COSTS(100000) = 40000", "HIDDEN_COSTS", [100000], 40000],
    [
      "HIDDEN_COSTS(100000, 0.5, 10000, 4, 0.25) = 60000",
      "HIDDEN_COSTS",
      [100000, 0.5, 10000, 4, 0.25],
      60000,
    ],
    [
      "DISCOUNTED_ROI({15000,15000,15000}, {5000,5000,5000}, 0.1, 10000) ≈ 0.6628",
      "DISCOUNTED_ROI",
      [[[15000, 15000, 15000]], [[5000, 5000, 5000]], 0.1, 10000],
      // Closed form with the annuity factor A = Σ 1.1^-t, t = 1..3: (15000A − 10000 − 5000A) / (10000 + 5000A)
      ((annuity) => (10000 * annuity - 10000) / (10000 + 5000 * annuity))(
        1 / 1.1 + 1 / 1.1 ** 2 + 1 / 1.1 ** 3,
      ),
    ],
  ])("%s", (_name, id, args, expected) => {
    near(evaluate(id, args), expected);
  });

  it("DISCOUNTED_ROI of design.md rounds to 0.6628", () => {
    const result = evaluate("DISCOUNTED_ROI", [
      [[15000, 15000, 15000]],
      [[5000, 5000, 5000]],
      0.1,
      10000,
    ]);
    expect((result as number).toFixed(4)).toBe("0.6628");
  });
});

describe("the articles' worked examples (domain.md)", () => {
  it("E1: chatbot, 100,000 invested, 150,000 staff savings + 50,000 extra revenue → ROI 100%", () => {
    near(evaluate("ROI", [[[150000], [50000]], [[100000]]]), 1);
    near(evaluate("NET_BENEFIT", [[[150000], [50000]], 100000]), 100000);
  });
  it("E2: 24/7 automation, 50,000 costs, 30,000 revenue + 25,000 retention + 10,000 savings → ROI 30%", () => {
    near(evaluate("ROI", [[[30000, 25000, 10000]], 50000]), 0.3);
    near(evaluate("NET_BENEFIT", [[[30000, 25000, 10000]], 50000]), 15000);
  });
  it("E2's retention line as CLV × retained customers: 50 customers × 500 = 25,000", () => {
    near(evaluate("RETENTION_VALUE", [50, 500]), 25000);
  });
});

describe("Excel's published NPV examples", () => {
  it.each<[string, number, number[], number, number]>([
    // support.microsoft.com, NPV function, example 1: NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44
    ["example 1", 0.1, [-10000, 3000, 4200, 6800], 0, 1188.4434123352216],
    // example 2: NPV(8%, 8000, 9200, 10000, 12000, 14500) + -40000 = 1,922.06
    ["example 2", 0.08, [8000, 9200, 10000, 12000, 14500], -40000, 1922.061554932363],
    // formulajs' test of Excel's NPV(0.1, -10000, 2000, 4000, 8000)
    ["formulajs", 0.1, [-10000, 2000, 4000, 8000], 0, 1031.3503176012546],
  ])("%s", (_name, rate, flows, timeZero, expected) => {
    near(npv(rate, flows) + timeZero, expected);
  });
});

describe("Forrester TEI conventions", () => {
  it("initial costs are not discounted; year t is discounted by 1.1^t", () => {
    const figures = discountedFigures([110, 121], [0, 0], 0.1, 50);
    near(figures.presentBenefits, 200);
    near(figures.presentCosts, 50);
    near(figures.netPresentValue, 150);
    near(evaluate("DISCOUNTED_ROI", [[[110, 121]], [[0, 0]], 0.1, 50]), 3);
  });
  it("risk adjustment lowers benefits and raises costs by the risk percentage", () => {
    near(evaluate("RISK_ADJUST", [100000, 0.1]), 90000);
    near(evaluate("RISK_ADJUST", [100000, 0.1, true]), 110000);
  });
});

describe("catalog formulas on worked cases", () => {
  it.each<[string, FunctionId, unknown[], number]>([
    [
      "automation: 10,000 contacts × 30% × (6 − 1)",
      "AUTOMATION_SAVINGS",
      [10000, 0.3, 6, 1],
      15000,
    ],
    [
      "automation: automated contacts free by default",
      "AUTOMATION_SAVINGS",
      [[[4000], [6000]], 0.8, 7],
      56000,
    ],
    ["cost per contact: 60,000 / 10,000", "COST_PER_CONTACT", [[[20000, 40000]], 10000], 6],
    [
      "staff cost: CAO Rijk evening 20% and weekend 70%, 2 staff",
      "STAFF_COST",
      [[[8], [8]], 30, [[0.2], [0.7]], 2],
      8 * 30 * 1.2 * 2 + 8 * 30 * 1.7 * 2,
    ],
    ["staff cost: one surcharge for every shift", "STAFF_COST", [[[4, 6]], 25, 0.5], 10 * 25 * 1.5],
    ["staff cost: blank hours are skipped", "STAFF_COST", [[[4, null, ""]], 25], 100],
    ["risk adjust: a range is summed", "RISK_ADJUST", [[[60000], [40000]], 0.25], 75000],
    [
      "payback: month values with the first months lower",
      "PAYBACK_MONTHS",
      [1000, [[250, 500, 500, 500]]],
      2.5,
    ],
    ["payback: no investment pays back at once", "PAYBACK_MONTHS", [0, 100], 0],
    [
      // Year 1: 12 × 5000/1.1 = 54,545.45; year 2 earns 5000/1.21 a month, and the remaining
      // 45,454.55 = 11 × 5000/1.21 exactly: 12 + 11 = 23 months (20 undiscounted).
      "discounted payback: 100,000 against 5,000 a month at 10% = 23 months",
      "DISCOUNTED_PAYBACK",
      [100000, Array.from({ length: 36 }, () => [5000]), 0.1],
      23,
    ],
    [
      "discounted payback at 0% is the undiscounted payback",
      "DISCOUNTED_PAYBACK",
      [1000, [[250, 500, 500, 500]], 0],
      2.5,
    ],
  ])("%s", (_name, id, args, expected) => near(evaluate(id, args), expected));

  it("after-hours share: 30 contacts Monday 10:00, 10 Saturday 10:00 → 25% outside 9–17, Mon–Fri", () => {
    const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
    grid[0]![10] = 30;
    grid[5]![10] = 10;
    near(evaluate("AFTER_HOURS_SHARE", [grid]), 0.25);
    const transposed = grid[0]!.map((_, hour) => grid.map((day) => day[hour]));
    near(evaluate("AFTER_HOURS_SHARE", [transposed]), 0.25);
    near(evaluate("AFTER_HOURS_SHARE", [grid, 9, 17, 6]), 0);
    near(evaluate("AFTER_HOURS_SHARE", [grid, 11, 17, 7]), 1);
  });

  it("worth it: the article's criteria, literally (500 contacts OR >40% standard questions OR overloaded)", () => {
    expect(evaluate("WORTH_IT", [1200, 0.55])).toEqual({
      kind: "verdict",
      level: "veryProfitable",
      immediateRelief: true,
    });
    expect(evaluate("WORTH_IT", [500, 0.4])).toEqual({
      kind: "verdict",
      level: "worthIt",
      immediateRelief: false,
    });
    expect(evaluate("WORTH_IT", [499, 0.41])).toEqual({
      kind: "verdict",
      level: "veryProfitable",
      immediateRelief: false,
    });
    expect(evaluate("WORTH_IT", [499, 0.4, true])).toEqual({
      kind: "verdict",
      level: "worthIt",
      immediateRelief: false,
    });
    expect(evaluate("WORTH_IT", [499, 0.41, true])).toEqual({
      kind: "verdict",
      level: "veryProfitable",
      immediateRelief: false,
    });
    expect(evaluate("WORTH_IT", [100, 0.1])).toEqual({
      kind: "verdict",
      level: "notYet",
      immediateRelief: false,
    });
  });

  it("cash flow: month 0 holds the investment, ramp-up scales the benefit, cumulative adds up", () => {
    const table = evaluate("CASHFLOW", [90, 30, 5, 4, 2]);
    expect(table).toEqual({
      kind: "table",
      columns: ["month", "benefit", "cost", "net", "cumulative"],
      rows: [
        [0, 0, 90, -90, -90],
        [1, 15, 5, 10, -80],
        [2, 30, 5, 25, -55],
        [3, 30, 5, 25, -30],
        [4, 30, 5, 25, -5],
      ],
    });
  });

  it("cash flow: the default horizon is 36 months", () => {
    expect(
      monthlyCashFlow({
        investment: 1,
        monthlyBenefit: 1,
        monthlyCost: 0,
        months: 36,
        rampUpMonths: 0,
      }),
    ).toHaveLength(37);
    const table = evaluate("CASHFLOW", [1, 1]);
    expect(typeof table === "object" && "rows" in table && table.rows.length).toBe(37);
  });
});
