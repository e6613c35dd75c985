/**
 * Bad input, cell by cell, for every catalog function, called through the custom-function wrappers
 * exactly as Excel calls them: ranges as 2-D arrays, scalars for scalar parameters, omitted
 * optional arguments as `null`. Each case pins the error code and, where Excel shows a message
 * (#VALUE!, #N/A), its exact English and Dutch text naming the parameter as Excel shows it.
 */
import { CATALOG, FUNCTION_IDS, type FunctionId } from "../../src/catalog";
import { MESSAGE_KEYS, type ErrorCode } from "../../src/core";
import { MESSAGES } from "../../src/i18n/messages";
import {
  callAsExcel,
  installCustomFunctionsStub,
  setDisplayLanguage,
  type CellOutcome,
} from "../support/customFunctionsStub";

type Wrapper = (...args: unknown[]) => unknown;
let wrappers: Record<string, Wrapper | undefined>;
/** Each id's wrapper is exported under its camelCase name: NET_BENEFIT → netBenefit. */
const wrapperName = (id: FunctionId) =>
  id.toLowerCase().replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

beforeAll(async () => {
  installCustomFunctionsStub();
  wrappers = (await import("../../src/functions/functions")) as Record<string, Wrapper | undefined>;
});
afterEach(() => setDisplayLanguage(undefined));

/** Calls a wrapper as Excel does: every declared parameter present, omitted ones as `null`. */
function excelCall(id: FunctionId, args: readonly unknown[], locale = "en-US"): CellOutcome {
  setDisplayLanguage(locale);
  const fn = wrappers[wrapperName(id)];
  if (fn === undefined) throw new Error(`no wrapper exported for ${id}`);
  const padded = Array.from(
    { length: Math.max(fn.length, args.length) },
    (_, i) => args[i] ?? null,
  );
  return callAsExcel(() => fn(...padded));
}

const cell = (value: unknown) => [[value]];
const row = (...values: unknown[]) => [values];
const column = (...values: unknown[]) => values.map((value) => [value]);
const block = (rows: number, columns: number, value: unknown = 1) =>
  Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
const HUGE = row(1e308, 1e308);
const WEEK_OF_HUGE_HOURS = block(7, 24, 0).map((day, i) =>
  day.map((_, hour) =>
    (i === 0 && (hour === 10 || hour === 11)) || (i === 5 && hour === 10) ? 1e308 : 0,
  ),
);

/** The rules' wording, the specification: {p} parameter, {o} other parameter, {n} a number. */
const RULES = {
  required: ["{p} is required.", "{p} is verplicht."],
  notNumber: [
    "{p} must be a number (not text, not TRUE/FALSE).",
    "{p} moet een getal zijn (geen tekst, geen WAAR/ONWAAR).",
  ],
  notLogical: ["{p} must be TRUE or FALSE.", "{p} moet WAAR of ONWAAR zijn."],
  notText: ["{p} must be text.", "{p} moet tekst zijn."],
  noTimestamps: [
    "{p} holds no date and time that can be read: use Excel date-time cells or ISO 8601 text (2026-03-14T21:07:00+01:00).",
    "{p} bevat geen leesbare datum en tijd: gebruik datum-tijdcellen van Excel of ISO 8601-tekst (2026-03-14T21:07:00+01:00).",
  ],
  timeZone: [
    "{p} must be a time zone name such as Europe/Amsterdam (IANA).",
    "{p} moet een tijdzonenaam zijn, zoals Europe/Amsterdam (IANA).",
  ],
  notSingleValue: [
    "{p} takes a single value, not a range.",
    "{p} moet één waarde zijn, geen bereik.",
  ],
  atLeast: ["{p} must be at least {n}.", "{p} moet minstens {n} zijn."],
  atMost: ["{p} must be at most {n}.", "{p} mag hoogstens {n} zijn."],
  rateRange: [
    "{p} must be a percentage from 0% to {n} (type 40% or 0.4).",
    "{p} moet een percentage van 0% tot {n} zijn (typ 40% of 0,4).",
  ],
  notWhole: ["{p} must be a whole number.", "{p} moet een geheel getal zijn."],
  notVector: [
    "{p} must be a single row or a single column.",
    "{p} moet één rij of één kolom zijn.",
  ],
  sameShape: [
    "{p} must be one cell or the same shape as {o}.",
    "{p} moet één cel zijn of even groot als {o}.",
  ],
  sameLength: ["{p} must have as many cells as {o}.", "{p} moet evenveel cellen hebben als {o}."],
  grid7x24: [
    "{p} must be 7 rows (Monday to Sunday) × 24 columns (hours 0 to 23), or 24 × 7.",
    "{p} moet 7 rijen (maandag tot zondag) × 24 kolommen (uur 0 tot 23) zijn, of 24 × 7.",
  ],
  openBeforeClose: ["{p} must be earlier than {o}.", "{p} moet vóór {o} liggen."],
  noPaybackWithin: [
    "Not paid back within the {n} months given.",
    "Niet terugverdiend binnen de {n} opgegeven maanden.",
  ],
  noPaybackNever: [
    "Never paid back: the monthly net benefit is not positive.",
    "Nooit terugverdiend: de netto baat per maand is niet positief.",
  ],
} as const;
type Rule = keyof typeof RULES;
/**
 * What the cell should say: the rule, then the parameter ({p}) if the rule names one, then the other
 * parameter ({o}) or the number ({n}): "atLeast costs 0", "noPaybackWithin 3".
 */
type Expected = Rule | `${Rule} ${string}`;
type Case = [label: string, args: unknown[], code: ErrorCode, expected?: Expected];
const V = "#VALUE!";

const CASES: Record<FunctionId, Case[]> = {
  ROI: [
    ["text as benefits", [cell("abc"), cell(1)], V, "notNumber benefits"],
    ["text inside the costs range", [cell(1), row(5, "x")], V, "notNumber costs"],
    ["TRUE as costs", [cell(1), cell(true)], V, "notNumber costs"],
    ["omitted benefits", [null, cell(1)], V, "required benefits"],
    ["a negative cost", [cell(1), row(5, -1)], V, "atLeast costs 0"],
    ["costs adding up to zero", [cell(1), row(0, 0)], "#DIV/0!"],
    ["only blank cost cells", [cell(1), row(null, "")], "#DIV/0!"],
    ["benefits overflowing", [HUGE, cell(1)], "#NUM!"],
  ],
  NET_BENEFIT: [
    ["text as costs", [cell(1), cell("12")], V, "notNumber costs"],
    ["FALSE as benefits", [cell(false), cell(1)], V, "notNumber benefits"],
    ["omitted costs", [cell(1), null], V, "required costs"],
    ["a negative cost", [cell(1), cell(-0.01)], V, "atLeast costs 0"],
    ["benefits overflowing", [HUGE, cell(0)], "#NUM!"],
  ],
  PAYBACK_MONTHS: [
    ["text as investment", [cell("abc"), 1], V, "notNumber investment"],
    ["a negative investment", [cell(-1), 1], V, "atLeast investment 0"],
    ["omitted monthly benefit", [cell(1), null], V, "required monthly_net_benefit"],
    ["a 2×2 block of months", [cell(1), block(2, 2)], V, "notVector monthly_net_benefit"],
    ["TRUE as monthly benefit", [cell(1), true], V, "notNumber monthly_net_benefit"],
    ["ramp-up of 1.5 months", [cell(1), 1, 1.5], V, "notWhole ramp_up_months"],
    ["a negative ramp-up", [cell(1), 1, -1], V, "atLeast ramp_up_months 0"],
    ["ramp-up over ten years", [cell(1), 1, 121], V, "atMost ramp_up_months 120"],
    ["ramp-up as a range", [cell(1), 1, row(1, 2)], V, "notSingleValue ramp_up_months"],
    ["zero benefit: never", [cell(100), 0], "#N/A", "noPaybackNever"],
    ["negative benefit: never", [cell(100), -5], "#N/A", "noPaybackNever"],
    ["not within 3 months", [cell(1000), row(100, 100, 100)], "#N/A", "noPaybackWithin 3"],
    ["not within 2 ramped months", [cell(151), column(100, 100), 2], "#N/A", "noPaybackWithin 2"],
    ["investment overflowing", [HUGE, 1], "#NUM!"],
    ["text as monthly cost", [cell(1), 1, 0, "5"], V, "notNumber monthly_cost"],
    ["a negative monthly cost", [cell(1), 1, 0, -5], V, "atLeast monthly_cost 0"],
    ["go-live share above 100%", [cell(1), 1, 3, 0, 1.2], V, "rateRange go_live_share 100%"],
    ["costs above the benefit: never", [cell(100), 50, 0, 60], "#N/A", "noPaybackNever"],
  ],
  DISCOUNTED_PAYBACK: [
    ["text as investment", [cell("abc"), row(1, 2)], V, "notNumber investment"],
    ["a negative investment", [cell(-1), row(1, 2)], V, "atLeast investment 0"],
    ["omitted flows", [cell(1), null], V, "required monthly_net_flows"],
    ["a 2×2 block of months", [cell(1), block(2, 2)], V, "notVector monthly_net_flows"],
    ["text among the flows", [cell(1), [["5"], [1]]], V, "notNumber monthly_net_flows"],
    ["a negative discount rate", [cell(1), row(1, 2), -0.1], V, "rateRange discount_rate 100%"],
    ["a discount rate above 100%", [cell(1), row(1, 2), 1.5], V, "rateRange discount_rate 100%"],
    [
      "discount rate as a range",
      [cell(1), row(1, 2), row(0.1, 0.1)],
      V,
      "notSingleValue discount_rate",
    ],
    [
      "not within 3 discounted months",
      [cell(300), row(100, 100, 100), 0.1],
      "#N/A",
      "noPaybackWithin 3",
    ],
    ["investment overflowing", [HUGE, row(1, 2)], "#NUM!"],
  ],
  HIDDEN_COSTS: [
    ["text as investment", [cell("x")], V, "notNumber initial_investment"],
    ["omitted investment", [null], V, "required initial_investment"],
    ["a negative investment", [cell(-5)], V, "atLeast initial_investment 0"],
    ["rate above 100%", [cell(1), 1.5], V, "rateRange hidden_cost_rate 100%"],
    ["rate below 0%", [cell(1), -0.1], V, "rateRange hidden_cost_rate 100%"],
    ["rate typed as text", [cell(1), "40%"], V, "notNumber hidden_cost_rate"],
    ["rate as a range", [cell(1), column(0.4, 0.5)], V, "notSingleValue hidden_cost_rate"],
    ["negative team cost", [cell(1), null, -1], V, "atLeast weekly_team_cost 0"],
    ["a year and a week", [cell(1), null, 1, 53], V, "atMost transition_weeks 52"],
    ["loss above 100%", [cell(1), null, 1, 3, 2], V, "rateRange productivity_loss 100%"],
    ["investment overflowing", [HUGE], "#NUM!"],
  ],
  AUTOMATION_SAVINGS: [
    ["text as contacts", [cell("many"), 0.3, 6], V, "notNumber contacts"],
    ["negative contacts", [cell(-1), 0.3, 6], V, "atLeast contacts 0"],
    ["omitted rate", [cell(1), null, 6], V, "required automation_rate"],
    ["rate above 100%", [cell(1), 1.01, 6], V, "rateRange automation_rate 100%"],
    ["rate below 0%", [cell(1), -0.5, 6], V, "rateRange automation_rate 100%"],
    ["text as cost per contact", [cell(1), 0.3, "6"], V, "notNumber cost_per_contact"],
    ["negative cost", [cell(1), 0.3, -6], V, "atLeast cost_per_contact 0"],
    ["TRUE as automated cost", [cell(1), 0.3, 6, true], V, "notNumber cost_per_automated_contact"],
    ["savings overflowing", [cell(1e308), 1, 1e308], "#NUM!"],
  ],
  COST_PER_CONTACT: [
    ["text as total cost", [cell("€60,000"), cell(1)], V, "notNumber total_cost"],
    ["TRUE as contacts", [cell(1), cell(true)], V, "notNumber contacts"],
    ["omitted contacts", [cell(1), null], V, "required contacts"],
    ["negative total cost", [cell(-1), cell(1)], V, "atLeast total_cost 0"],
    ["zero contacts", [cell(1), cell(0)], "#DIV/0!"],
    ["only blank contacts", [cell(1), row(null, null)], "#DIV/0!"],
    ["total cost overflowing", [HUGE, cell(1)], "#NUM!"],
    // 1 / Σcontacts where the sum overflowed: not 0, the sum is too large for Excel.
    ["contacts overflowing", [cell(1), HUGE], "#NUM!"],
  ],
  RETENTION_VALUE: [
    ["text as customers", [row(1, "two"), 500], V, "notNumber retained_customers"],
    ["omitted lifetime value", [cell(1), null], V, "required customer_lifetime_value"],
    ["negative lifetime value", [cell(1), -500], V, "atLeast customer_lifetime_value 0"],
    ["value as a range", [cell(1), row(1, 2)], V, "notSingleValue customer_lifetime_value"],
    ["value overflowing", [cell(1e308), 10], "#NUM!"],
  ],
  STAFF_COST: [
    ["text as hours", [column(8, "eight"), 30], V, "notNumber hours"],
    ["negative hours", [column(8, -8), 30], V, "atLeast hours 0"],
    ["omitted hourly cost", [column(8), null], V, "required hourly_cost"],
    ["surcharge above 200%", [column(8), 30, cell(2.5)], V, "rateRange surcharge 200%"],
    ["surcharge below 0%", [column(8), 30, cell(-0.1)], V, "rateRange surcharge 200%"],
    ["3 rates for 2", [column(8, 8), 30, column(0.2, 0.7, 0.1)], V, "sameShape surcharge hours"],
    ["row for a column", [column(8, 8), 30, row(0.2, 0.7)], V, "sameShape surcharge hours"],
    ["negative staff", [column(8), 30, null, -1], V, "atLeast staff 0"],
    ["TRUE as staff", [column(8), 30, null, true], V, "notNumber staff"],
    ["cost overflowing", [cell(1e308), 1e308], "#NUM!"],
  ],
  AFTER_HOURS_SHARE: [
    ["a 7 × 23 grid", [block(7, 23)], V, "grid7x24 contacts_by_hour"],
    ["a 24 × 24 grid", [block(24, 24)], V, "grid7x24 contacts_by_hour"],
    ["a single cell", [cell(5)], V, "grid7x24 contacts_by_hour"],
    ["omitted grid", [null], V, "required contacts_by_hour"],
    ["a negative count", [block(7, 24, -1)], V, "atLeast contacts_by_hour 0"],
    ["text in the grid", [block(24, 7, "n/a")], V, "notNumber contacts_by_hour"],
    ["open from 9.5", [block(7, 24), 9.5], V, "notWhole open_from"],
    ["open from 24", [block(7, 24), 24, 24], V, "atMost open_from 23"],
    ["open until 0", [block(7, 24), 0, 0], V, "atLeast open_until 1"],
    ["open until 25", [block(7, 24), 9, 25], V, "atMost open_until 24"],
    ["open 8 days", [block(7, 24), 9, 17, 8], V, "atMost open_days 7"],
    ["open days as a range", [block(7, 24), 9, 17, row(5, 5)], V, "notSingleValue open_days"],
    ["closing before opening", [block(7, 24), 17, 9], V, "openBeforeClose open_from open_until"],
    ["no contacts at all", [block(7, 24, 0)], "#DIV/0!"],
    ["contacts overflowing", [block(7, 24, 1e308)], "#NUM!"],
    // 1e308 at Monday 10:00 and 11:00 and Saturday 10:00: a third is outside, never 0.
    ["a week total overflowing", [WEEK_OF_HUGE_HOURS], "#NUM!"],
  ],
  DISCOUNTED_ROI: [
    ["3 years vs 2", [row(1, 2, 3), row(1, 2)], V, "sameLength yearly_costs yearly_benefits"],
    ["a 2×2 block of benefits", [block(2, 2), row(1, 2, 3, 4)], V, "notVector yearly_benefits"],
    ["a 2×2 block of costs", [row(1, 2, 3, 4), block(2, 2)], V, "notVector yearly_costs"],
    ["omitted benefits", [null, row(1)], V, "required yearly_benefits"],
    ["text in the costs", [row(1), row("x")], V, "notNumber yearly_costs"],
    ["a negative yearly cost", [row(1), row(-1)], V, "atLeast yearly_costs 0"],
    ["rate above 100%", [row(1), row(1), 1.2], V, "rateRange discount_rate 100%"],
    ["rate below 0%", [row(1), row(1), -0.1], V, "rateRange discount_rate 100%"],
    ["negative initial costs", [row(1), row(1), null, cell(-1)], V, "atLeast initial_costs 0"],
    ["no costs at all", [row(1, 2), row(0, 0)], "#DIV/0!"],
    ["benefits overflowing", [row(1e308, 1e308, 1e308), row(1, 1, 1)], "#NUM!"],
  ],
  RISK_ADJUST: [
    ["text as amount", [cell("abc"), 0.1], V, "notNumber amount"],
    ["a negative amount", [cell(-1), 0.1], V, "atLeast amount 0"],
    ["omitted risk", [cell(1), null], V, "required risk"],
    ["risk above 100%", [cell(1), 1.5], V, "rateRange risk 100%"],
    ["risk below 0%", [cell(1), -0.1], V, "rateRange risk 100%"],
    ['text "TRUE" as is_cost', [cell(1), 0.1, "TRUE"], V, "notLogical is_cost"],
    ["is_cost as a range", [cell(1), 0.1, row(true, false)], V, "notSingleValue is_cost"],
    ["a cost overflowing", [cell(1e308), 0.9, true], "#NUM!"],
  ],
  CASHFLOW: [
    ["TRUE as investment", [cell(true), 10], V, "notNumber investment"],
    ["omitted monthly benefit", [cell(1), null], V, "required monthly_benefit"],
    ["negative monthly benefit", [cell(1), -10], V, "atLeast monthly_benefit 0"],
    ["text as monthly cost", [cell(1), 10, "5"], V, "notNumber monthly_cost"],
    ["zero months", [cell(1), 10, 0, 0], V, "atLeast months 1"],
    ["121 months", [cell(1), 10, 0, 121], V, "atMost months 120"],
    ["12.5 months", [cell(1), 10, 0, 12.5], V, "notWhole months"],
    ["ramp-up of 2.5 months", [cell(1), 10, 0, 12, 2.5], V, "notWhole ramp_up_months"],
    ["go-live share below 0%", [cell(1), 10, 0, 12, 3, -0.2], V, "rateRange go_live_share 100%"],
    ["cumulative overflowing", [cell(0), 1e308, 0, 2], "#NUM!"],
  ],
  WORTH_IT: [
    ["text as contacts", [cell("lots"), 0.5], V, "notNumber contacts_per_month"],
    ["omitted contacts", [null, 0.5], V, "required contacts_per_month"],
    ["negative contacts", [cell(-1), 0.5], V, "atLeast contacts_per_month 0"],
    ["share above 100%", [cell(600), 1.5], V, "rateRange standard_question_share 100%"],
    ["share below 0%", [cell(600), -0.1], V, "rateRange standard_question_share 100%"],
    ['text "TRUE" as overloaded', [cell(600), 0.5, "TRUE"], V, "notLogical team_overloaded"],
  ],
  CONTACT_GRID: [
    ["omitted timestamps", [null], V, "required timestamps"],
    ["nothing readable", [column("Created at", "n/a", true, -1)], V, "noTimestamps timestamps"],
    ["only blanks", [column(null, "")], V, "noTimestamps timestamps"],
    ["a number as time zone", [column(46095.5), 2], V, "notText time_zone"],
    ["an unknown time zone", [column(46095.5), "Mars/Olympus"], V, "timeZone time_zone"],
    ["an offset for a zone", [column(46095.5), "+02:00"], V, "timeZone time_zone"],
    ["time zone as a range", [column(46095.5), row("UTC", "UTC")], V, "notSingleValue time_zone"],
    ['text "TRUE" as day_first', [column(46095.5), null, "TRUE"], V, "notLogical day_first"],
  ],
};

function expectedText(id: FunctionId, expected: Expected, lang: 0 | 1): string {
  const [rule, ...names] = expected.split(" ") as [Rule, ...string[]];
  const template: string = RULES[rule][lang];
  const [param = "", extra = ""] = template.includes("{p}") ? names : ["", ...names];
  const params: readonly { name: string; nl: string }[] = CATALOG[id].params;
  const dutchName = (p: string) => params.find((x) => x.name === p)?.nl ?? `<no Dutch name: ${p}>`;
  const shown = (p: string) => (lang === 0 ? p : dutchName(p));
  return template.replace("{p}", shown(param)).replace("{o}", shown(extra)).replace("{n}", extra);
}

const TABLE = (Object.entries(CASES) as [FunctionId, Case[]][]).flatMap(([id, cases]) =>
  cases.map(
    ([label, args, code, expected]) =>
      [`${id}: ${label} → ${code}`, id, args, code, expected] as const,
  ),
);
const PLACEHOLDER = /\{\w+\}/;

describe("every catalog function answers bad input with the documented error", () => {
  it("covers all 15 catalog functions", () => {
    expect(Object.keys(CASES).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(FUNCTION_IDS).toHaveLength(15);
  });

  it.each(TABLE)("%s", (_name, id, args, code, expected) => {
    const english = excelCall(id, args);
    const dutch = excelCall(id, args, "nl-NL");
    expect(english).toEqual({ error: code, message: expected && expectedText(id, expected, 0) });
    expect(dutch).toEqual({ error: code, message: expected && expectedText(id, expected, 1) });
    for (const outcome of [english, dutch]) {
      if ("message" in outcome) expect(outcome.message ?? "").not.toMatch(PLACEHOLDER);
    }
  });
});

describe("logical parameters take numbers as Excel does, but not text", () => {
  // The verdicts written out (src/i18n/results.ts words them), so a wrong level or text fails.
  it.each([
    ["RISK_ADJUST is_cost 1 is TRUE", "RISK_ADJUST", [cell(100), 0.1, 1], 100 * 1.1],
    ["RISK_ADJUST is_cost 0 is FALSE", "RISK_ADJUST", [cell(100), 0.1, 0], 100 * 0.9],
    [
      "WORTH_IT overloaded 1 is TRUE",
      "WORTH_IT",
      [cell(100), 0.1, 1],
      "Fits: at least 500 contacts a month or an overloaded team; with 40% standard questions or fewer the gain is smaller.",
    ],
    [
      "WORTH_IT: 400 contacts with 90% standard questions fits (the article's OR)",
      "WORTH_IT",
      [cell(400), 0.9],
      "Strong fit: more than 40% of contacts are standard questions, the article's best case for automation.",
    ],
    [
      "WORTH_IT overloaded 0 is FALSE",
      "WORTH_IT",
      [cell(100), 0.1, 0],
      "Weak fit: fewer than 500 contacts a month, 40% standard questions or fewer, and no overloaded team.",
    ],
  ] as const)("%s", (_name, id, args, value) => {
    expect(excelCall(id, args)).toEqual({ value });
  });

  it.each(["TRUE", "FALSE", "1", "WAAR"])("text %j is not a logical", (text) => {
    expect(excelCall("RISK_ADJUST", [cell(100), 0.1, text])).toEqual({
      error: "#VALUE!",
      message: "is_cost must be TRUE or FALSE.",
    });
  });
});

describe("messages", () => {
  it.each(MESSAGE_KEYS)("%s has an English and a different Dutch text", (key) => {
    const english = MESSAGES.en[key];
    const dutch = MESSAGES.nl[key];
    expect(english).toEqual(expect.any(String));
    expect(dutch).toEqual(expect.any(String));
    expect(dutch).not.toBe(english);
  });

  it("use only placeholders the core fills, the same ones in both languages", () => {
    const fields = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en)) {
      const english = fields(MESSAGES.en[key] ?? "");
      expect([key, fields(MESSAGES.nl[key] ?? "")]).toEqual([key, english]);
      for (const field of english)
        expect(["param", "min", "max", "other", "months"]).toContain(field);
    }
  });
});
