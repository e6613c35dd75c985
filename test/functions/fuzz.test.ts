/**
 * Fuzz: every custom function, fed anything Excel (or a careless caller) could hand it in every
 * argument position, answers with something a cell can show: a finite number (never −0), a
 * documented text, the cash-flow table, or a CustomFunctions.Error with a documented code. Never
 * another exception, never NaN. Seeded in CI, random locally; a failure prints seed and input.
 */
import fc from "fast-check";
import { CASHFLOW_COLUMNS, type ParamSpec } from "../../src/core";
import { CATALOG, FUNCTION_IDS, type FunctionId } from "../../src/catalog";
import type { Lang } from "../../src/i18n/language";
import { CASHFLOW_HEADERS, VERDICTS } from "../../src/i18n/results";
import {
  installCustomFunctionsStub,
  setDisplayLanguage,
  StubCustomFunctionsError,
} from "../support/customFunctionsStub";

fc.configureGlobal({ seed: process.env.CI ? 20261123 : undefined });
const CASES_PER_FUNCTION = 10_000;

type Wrapper = (...args: unknown[]) => unknown;
let wrappers: Record<string, Wrapper | undefined>;
beforeAll(async () => {
  installCustomFunctionsStub();
  wrappers = (await import("../../src/functions/functions")) as Record<string, Wrapper | undefined>;
});
afterAll(() => setDisplayLanguage(undefined));

/** Each id's wrapper is exported under its camelCase name: NET_BENEFIT → netBenefit. */
function wrapperFor(id: FunctionId): Wrapper {
  const name = id.toLowerCase().replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
  const wrapper = wrappers[name];
  if (wrapper === undefined) throw new Error(`no wrapper exported for ${id}`);
  return wrapper;
}

// ---- What Excel can hand a function -------------------------------------------------------------
const limits = fc.constantFrom(
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  0,
  -0,
  1e308,
  -1e308,
);
const number = fc.oneof(
  { arbitrary: limits, weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  // Plausible values reach the maths behind the argument checks: rates, months, hours, amounts.
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: -2, max: 130 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: 2 },
  // Not something Excel sends, but no reason to answer it with anything but an error.
  { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity), weight: 1 },
);
const text = fc.oneof(
  fc.constantFrom("", " ", "12", "TRUE", "FALSE", "#N/A"),
  fc.string({ maxLength: 4 }),
);
const scalar = fc.oneof(
  { arbitrary: number, weight: 8 },
  { arbitrary: text, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
);
const ragged = fc.array(fc.array(scalar, { maxLength: 5 }), { maxLength: 5 });
/** A week of contacts per hour, 7 × 24 or 24 × 7, with now and then a stray value in a cell. */
const weekGrid = fc.constantFrom(7, 24).chain((rows) =>
  fc.array(
    fc.array(
      fc.oneof({ arbitrary: fc.option(fc.nat(50)), weight: 500 }, { arbitrary: scalar, weight: 1 }),
      {
        minLength: 31 - rows,
        maxLength: 31 - rows,
      },
    ),
    { minLength: rows, maxLength: rows },
  ),
);
const nestedMix = fc.array(fc.oneof(scalar, fc.array(scalar), fc.array(fc.array(scalar))), {
  maxLength: 4,
});
const wild = fc.oneof(
  { arbitrary: scalar, weight: 5 },
  { arbitrary: ragged, weight: 4 },
  { arbitrary: fc.constantFrom([], [[]], [[null]], [[""]]), weight: 1 },
  { arbitrary: nestedMix, weight: 1 },
);
// Mostly arguments a rule accepts, so that most calls get past the checks into the maths.
const plausibleNumber = fc.oneof(
  fc.nat(24),
  fc.nat(130),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.nat(1_000_000),
  fc.constantFrom(0, -0, Number.MIN_VALUE, 1e308, Number.MAX_VALUE),
);
const plausible = fc.oneof(
  { arbitrary: plausibleNumber, weight: 5 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: plausibleNumber.map((value) => [[value]]), weight: 2 },
  {
    arbitrary: fc
      .array(fc.option(plausibleNumber), { minLength: 1, maxLength: 6 })
      .map((row) => [row]),
    weight: 1,
  },
  {
    arbitrary: fc.array(
      fc.option(plausibleNumber).map((v) => [v]),
      { minLength: 1, maxLength: 6 },
    ),
    weight: 1,
  },
  { arbitrary: weekGrid, weight: 2 },
);
/** A column of contact-log values: serials, ISO text, Dutch text, blanks and junk. */
const timestampColumn = fc
  .array(
    fc.oneof(
      fc.double({ min: 61, max: 60000, noNaN: true }),
      fc.constantFrom(
        "2026-03-14T21:07:00+01:00",
        "2026-10-25T01:30:00Z",
        "14-03-2026 21:07",
        "Created at",
        "n/a",
        "",
        null,
      ),
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((values) => values.map((value) => [value]));
const excelValue = fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: wild, weight: 1 });

/** Often a value the parameter's own catalog rule accepts, otherwise anything at all. */
function argumentFor(spec: ParamSpec) {
  const fitting = (() => {
    if (spec.kind === "logical") return fc.constantFrom(true, false, 0, 1, null);
    if (spec.kind === "text")
      return fc.constantFrom("UTC", "Europe/Amsterdam", "America/New_York", null);
    if (spec.kind === "values") return fc.oneof(timestampColumn, plausible);
    if (spec.kind !== "number") return plausible;
    const [min, max] = [spec.min ?? 0, Math.min(spec.max ?? 1e6, 1e6)];
    const value = spec.whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    return fc.option(value, { freq: 4 });
  })();
  return fc.oneof({ arbitrary: fitting, weight: 1 }, { arbitrary: excelValue, weight: 1 });
}

// ---- What a cell may show ----------------------------------------------------------------------
const ERROR_CODES = ["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"];
const isCellNumber = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0);

function verdictTexts(lang: Lang): string[] {
  const { immediateRelief, ...levels } = VERDICTS[lang];
  return Object.values(levels).flatMap((verdict) => [verdict, verdict + immediateRelief]);
}

/** Why `value` cannot be shown in a cell by function `id`, or null when it can. */
function problemWithValue(id: FunctionId, value: unknown, lang: Lang): string | null {
  if (id === "WORTH_IT") {
    return verdictTexts(lang).includes(value as string) ? null : "not a verdict text";
  }
  if (id === "CONTACT_GRID") {
    const grid = Array.isArray(value) ? (value as unknown[][]) : [];
    const whole = (v: unknown) => isCellNumber(v) && Number.isInteger(v) && (v as number) >= 0;
    const week = grid.length === 7 && grid.every((day) => day.length === 24 && day.every(whole));
    return week ? null : "not a 7 × 24 grid of counts";
  }
  if (id !== "CASHFLOW") return isCellNumber(value) ? null : "not a finite number (or −0)";
  if (!Array.isArray(value) || value.length < 2) return "not a table with a header and months";
  const [header, ...months] = value as unknown[][];
  const expected = CASHFLOW_COLUMNS.map((column) => CASHFLOW_HEADERS[lang][column]);
  if (JSON.stringify(header) !== JSON.stringify(expected)) return "wrong header row";
  const clean = months.every((row) => row.length === 5 && row.every(isCellNumber));
  return clean ? null : "a month row holds something other than 5 finite numbers";
}

function problemWithError(caught: unknown): string | null {
  if (!(caught instanceof StubCustomFunctionsError)) return `threw ${String(caught)}`;
  const { code, errorMessage } = caught;
  if (!ERROR_CODES.includes(code)) return `undocumented error code ${code}`;
  if (code !== "#VALUE!" && code !== "#N/A") {
    return errorMessage === undefined ? null : `${code} carries a message Excel will not show`;
  }
  // A sentence, all placeholders filled; a bare message key means a missing translation.
  const sentence = typeof errorMessage === "string" && /\s/.test(errorMessage);
  if (!sentence || /\{\w+\}/.test(errorMessage)) return `${code} with message ${errorMessage}`;
  return null;
}

function outcomeProblem(id: FunctionId, args: unknown[], lang: Lang): string | null {
  setDisplayLanguage(lang === "nl" ? "nl-NL" : "en-US");
  let value: unknown;
  try {
    value = wrapperFor(id)(...args);
  } catch (caught) {
    return problemWithError(caught);
  }
  return problemWithValue(id, value, lang);
}

describe("fuzz: any Excel values in every argument position", () => {
  it.each(FUNCTION_IDS)(
    `%s answers ${CASES_PER_FUNCTION} generated calls with a cell value or a documented error`,
    (id) => {
      const params: readonly ParamSpec[] = CATALOG[id].params;
      expect(wrapperFor(id)).toHaveLength(params.length);
      const args = fc.tuple(...params.map(argumentFor));
      const lang = fc.constantFrom<Lang>("en", "nl");
      fc.assert(
        fc.property(args, lang, (values, language) => {
          expect(outcomeProblem(id, values, language)).toBeNull();
        }),
        { numRuns: CASES_PER_FUNCTION },
      );
    },
  );

  it("the outcome checks themselves reject what a cell cannot show", () => {
    expect(problemWithValue("ROI", NaN, "en")).not.toBeNull();
    expect(problemWithValue("ROI", -0, "en")).not.toBeNull();
    expect(problemWithValue("WORTH_IT", "Maybe.", "en")).not.toBeNull();
    expect(problemWithValue("CASHFLOW", [["Month"], [0]], "en")).not.toBeNull();
    expect(problemWithError(new TypeError("x"))).not.toBeNull();
    expect(problemWithError(new StubCustomFunctionsError("#NULL!"))).not.toBeNull();
    expect(
      problemWithError(new StubCustomFunctionsError("#VALUE!", "costsNotPositive")),
    ).not.toBeNull();
  });
});
