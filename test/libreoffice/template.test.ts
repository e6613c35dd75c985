/**
 * LibreOffice Calc computes the current model sheets (native mode, plain Excel formulas) as
 * HyperFormula does: both template kinds × horizons 12, 36, 61, 120 × English and Dutch × every
 * scenario the scenario dropdown offers (typed into the sheet's scenario cell, as a user picks it),
 * plus a costly case that never pays back, each on a sheet of its own, all in ONE soffice run.
 * Every formula cell is compared with HyperFormula evaluating the same spec (test/support/
 * hyperformula.ts) to 1e-9 relative, every result cell with the core's figure for that scenario,
 * the catalog's native payback forms, written beside the sheet over its monthly net column, with
 * the sheet's payback and discounted payback, and the tornado's rank order with the core's.
 *
 * Needs LibreOffice (`soffice` on PATH, or $SOFFICE): without it the suite is skipped with a
 * warning, but fails when CI is set (soffice.ts, sofficeForSuite).
 */
import { DetailedCellError } from "hyperformula";
import {
  SCENARIOS,
  caseOf,
  exampleCase,
  exampleFigures,
  scenarioCase,
  tornado,
  type CaseFigures,
  type Scenario,
  type TemplateKind,
} from "../../src/core";
import { nativeDiscountedPayback, nativePayback } from "../../src/catalog/native/payback";
import type { CallArg } from "../../src/excel/nativeForm";
import { DRIVER_LABELS } from "../../src/i18n/calc";
import type { Lang } from "../../src/i18n/language";
import { SHEET_TEXT } from "../../src/i18n/sheet";
import { buildTemplate, type TemplateSpec } from "../../src/template";
import { evaluateSpec, parseAddress } from "../support/hyperformula";
import { isCellError, type CellValue, type WorkbookValues } from "./readXlsx";
import { recalculate, sofficeForSuite, sofficeVersion } from "./soffice";
import { specSheet } from "./workbooks";
import { writeXlsx } from "./xlsx";

const soffice = sofficeForSuite("test/libreoffice/template.test.ts");
const describeWithLibreOffice = soffice === null ? describe.skip : describe;

const KINDS: TemplateKind[] = ["digital", "reachability"];
const HORIZONS = [12, 36, 61, 120];
const LANGS: Lang[] = ["en", "nl"];

interface Variant {
  readonly sheet: string;
  readonly input: CaseFigures;
  readonly scenario: Scenario;
  /** The sheet as built (opened on "expected"); the scenario is then switched in its cell. */
  readonly spec: TemplateSpec;
  /** The dropdown label typed into the scenario cell. */
  readonly label: string;
  /** The same case built on that scenario: its `figures` are the core's values for it. */
  readonly reference: TemplateSpec;
}

function columnOf(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The cells of an A1 range ("$D$60:$G$60"), row by row. */
function cellsOf(range: string): string[] {
  const [from = "", to = from] = range.replace(/[$=]/g, "").split(":");
  const start = parseAddress(from);
  const end = parseAddress(to);
  const out: string[] = [];
  for (let row = start.row; row <= end.row; row++)
    for (let col = start.col; col <= end.col; col++) out.push(`${columnOf(col)}${row + 1}`);
  return out;
}

/**
 * What the scenario dropdown offers: the texts of the cells its list validation points at, each
 * with the scenario it names (the sheet's columns follow SCENARIOS; the label must say so).
 */
function dropdownChoices(spec: TemplateSpec): { label: string; scenario: Scenario }[] {
  const validation = spec.validations.find(
    (v) => v.rule.type === "list" && cellsOf(v.range).includes(spec.scenarioCell),
  );
  if (validation === undefined || validation.rule.type !== "list")
    throw new Error(`no dropdown on ${spec.scenarioCell}`);
  return cellsOf(validation.rule.source).map((address) => {
    const label = String(spec.cells.find((c) => c.address === address)?.value ?? "");
    const scenario = SCENARIOS.find((s) => SHEET_TEXT[spec.lang][s] === label);
    if (scenario === undefined) throw new Error(`dropdown choice ${address} "${label}" unknown`);
    return { label, scenario };
  });
}

function variantsOf(input: CaseFigures, lang: Lang, horizonMonths: number, name: string) {
  const options = { lang, mode: "native", horizonMonths } as const;
  const spec = buildTemplate(input, options);
  return dropdownChoices(spec).map(({ label, scenario }): Variant => ({
    sheet: `${name}-${scenario}`,
    input,
    scenario,
    spec,
    label,
    reference: buildTemplate(input, { ...options, scenario }),
  }));
}

const variants: Variant[] = [
  ...KINDS.flatMap((kind) =>
    HORIZONS.flatMap((horizon) =>
      LANGS.flatMap((lang) =>
        variantsOf(exampleCase(kind), lang, horizon, `${kind.slice(0, 5)}-${horizon}-${lang}`),
      ),
    ),
  ),
  // Recurring costs far above the benefits: the cumulative never recovers ("Not within …"), the
  // flows never turn positive (no IRR), every ROI is negative.
  ...KINDS.flatMap((kind) => {
    const recurring = kind === "digital" ? "recurringCostPerYear" : "technologyCostPerYear";
    const figures = { ...exampleFigures(kind), [recurring]: 10_000_000 };
    return variantsOf(caseOf(kind, figures), "en", 36, `${kind.slice(0, 5)}-costly`).filter((v) =>
      v.sheet.endsWith("-expected"),
    );
  }),
];

/** HyperFormula's value in the same shape as an .xlsx value: errors as { error }. */
function fromEngine(value: unknown): CellValue | undefined {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return undefined;
}

function same(lo: CellValue | undefined, hf: CellValue | undefined): boolean {
  if (typeof lo === "number" && typeof hf === "number")
    return Math.abs(lo - hf) <= 1e-9 * Math.max(1, Math.abs(hf));
  if (isCellError(lo) && isCellError(hf)) return lo.error === hf.error;
  // A formula that shows "" in HyperFormula is an empty text cell in LibreOffice's file.
  if ((lo === undefined || lo === "") && (hf === undefined || hf === "")) return true;
  return lo === hf;
}

const formulaCells = (spec: TemplateSpec) =>
  spec.cells.filter((c) => c.formula !== undefined).map((c) => c.address);

/**
 * HyperFormula's value of every formula cell of each variant: each built sheet loaded once, its
 * scenario then switched in the scenario cell, as in LibreOffice.
 */
function hyperFormulaValues(): Map<string, Map<string, CellValue | undefined>> {
  const out = new Map<string, Map<string, CellValue | undefined>>();
  for (const spec of new Set(variants.map((v) => v.spec))) {
    const hf = evaluateSpec(spec);
    try {
      for (const variant of variants.filter((v) => v.spec === spec)) {
        hf.set(spec.scenarioCell, variant.label);
        const cells = formulaCells(spec).map((a) => [a, fromEngine(hf.value(a))] as const);
        out.set(variant.sheet, new Map(cells));
      }
    } finally {
      hf.destroy();
    }
  }
  return out;
}

/** The tornado's rows in rank order (the bar chart's categories): the driver labels. */
function rankedLabels(spec: TemplateSpec): string[] {
  const bars = spec.charts.find((chart) => chart.type === "bar");
  if (bars === undefined) throw new Error("no tornado chart");
  return cellsOf(bars.categories);
}

const arg = (text: string, scalar: boolean): CallArg => ({ text, kind: "reference", scalar });

/**
 * The catalog's native PAYBACK_MONTHS and DISCOUNTED_PAYBACK over the table's monthly net column
 * (months 1..120) with the investment after risk, in two spare cells right of the payback rows:
 * what "make shareable" writes for CX.PAYBACK_MONTHS(InitialAfterRisk, net) and
 * CX.DISCOUNTED_PAYBACK(InitialAfterRisk, net, DiscountRate), built here from the layout rather
 * than from the sheet's own calls.
 */
function nativePaybackCells(spec: TemplateSpec) {
  const [from = "", to = ""] = spec.table.range.split(":");
  const header = parseAddress(from).row + 1;
  const last = parseAddress(to).row + 1;
  const netIndex = spec.table.columns.indexOf(SHEET_TEXT[spec.lang].net);
  if (netIndex < 0) throw new Error(`no net column in ${spec.table.columns.join(", ")}`);
  const net = columnOf(parseAddress(from).col + netIndex);
  // Month 0 is the row under the header; the payback reads months 1..120.
  const months = arg(`$${net}$${header + 2}:$${net}$${last}`, false);
  const investment = arg("InitialAfterRisk", true);
  const plain = nativePayback([investment, months]);
  const discounted = nativeDiscountedPayback([investment, months, arg("DiscountRate", true)]);
  if (plain === null || discounted === null) throw new Error("no native payback form");
  const rowOf = (id: string) => parseAddress(spec.resultCells[id] ?? "A1").row + 1;
  const spare = [`Z${rowOf("payback")}`, `Z${rowOf("discountedPayback")}`];
  if (spec.cells.some((c) => spare.includes(c.address)))
    throw new Error(`${spare.join(", ")} are taken`);
  return {
    payback: { address: `Z${rowOf("payback")}`, formula: `=${plain.text}` },
    discountedPayback: {
      address: `Z${rowOf("discountedPayback")}`,
      formula: `=${discounted.text}`,
    },
  };
}

describeWithLibreOffice(
  `the native model sheets in ${soffice ? sofficeVersion(soffice) : "LibreOffice"}`,
  () => {
    let values: WorkbookValues;
    let hyperFormula: Map<string, Map<string, CellValue | undefined>>;

    beforeAll(async () => {
      const sheets = variants.map((v) => {
        const native = nativePaybackCells(v.spec);
        return specSheet(v.spec, v.sheet, {
          [v.spec.scenarioCell]: v.label,
          [native.payback.address]: { formula: native.payback.formula },
          [native.discountedPayback.address]: { formula: native.discountedPayback.formula },
        });
      });
      const formulas = variants.reduce((n, v) => n + formulaCells(v.spec).length, 0);
      const result = await recalculate(soffice!, writeXlsx({ sheets }), { timeoutMs: 600_000 });
      values = result.values;
      console.info(
        `LibreOffice recalculated ${sheets.length} model sheets (${formulas} formulas) in ` +
          `${result.elapsedMs} ms`,
      );
      const started = Date.now();
      hyperFormula = hyperFormulaValues();
      console.info(`HyperFormula evaluated the same sheets in ${Date.now() - started} ms`);
    }, 900_000);

    it("covers every dropdown scenario of every kind, horizon and language", () => {
      const expected = SCENARIOS.length * KINDS.length * HORIZONS.length * LANGS.length;
      expect(variants.length).toBe(expected + KINDS.length);
      expect(new Set(variants.map((v) => v.sheet)).size).toBe(variants.length);
    });

    function differences(addresses: (v: Variant) => readonly string[]): string[] {
      const out: string[] = [];
      for (const variant of variants) {
        const lo = values.get(variant.sheet);
        const hf = hyperFormula.get(variant.sheet);
        for (const address of addresses(variant)) {
          const [l, h] = [lo?.get(address), hf?.get(address)];
          if (!same(l, h))
            out.push(
              `${variant.sheet}!${address}: LibreOffice ${JSON.stringify(l)}, ` +
                `HyperFormula ${JSON.stringify(h)}`,
            );
        }
      }
      return out;
    }

    it("every result cell shows what HyperFormula computes", () => {
      expect(differences((v) => Object.values(v.spec.resultCells))).toEqual([]);
    });

    it("every result cell shows the core's figure for the scenario picked in the sheet", () => {
      const out: string[] = [];
      for (const v of variants) {
        const cells = values.get(v.sheet);
        for (const [id, address] of Object.entries(v.reference.resultCells)) {
          const core = v.reference.figures[id];
          if (core === undefined) continue;
          if (!same(cells?.get(address), core))
            out.push(
              `${v.sheet} ${id} @${address}: LibreOffice ${JSON.stringify(cells?.get(address))}, ` +
                `core ${JSON.stringify(core)}`,
            );
        }
      }
      expect(out).toEqual([]);
    });

    it("the catalog's native paybacks over the monthly net column equal the sheet's", () => {
      const out: string[] = [];
      const kinds = new Set<string>();
      for (const v of variants) {
        const cells = values.get(v.sheet);
        const native = nativePaybackCells(v.spec);
        for (const id of ["payback", "discountedPayback"] as const) {
          const sheet = cells?.get(v.spec.resultCells[id] ?? "");
          const form = cells?.get(native[id].address);
          // The sheet says "Not within N months" where the bare native form answers #N/A.
          const agree =
            typeof sheet === "number"
              ? typeof form === "number" &&
                Math.abs(form - sheet) <= 1e-9 * Math.max(1, Math.abs(sheet))
              : typeof sheet === "string" && isCellError(form) && form.error === "#N/A";
          kinds.add(typeof sheet === "number" ? "number" : "not within");
          if (!agree)
            out.push(
              `${v.sheet} ${id}: sheet ${JSON.stringify(sheet)}, native ${JSON.stringify(form)}`,
            );
        }
      }
      expect(out).toEqual([]);
      expect([...kinds].sort()).toEqual(["not within", "number"]);
    });

    it("the tornado ranks the drivers in the core's order, ties in list order", () => {
      const out: string[] = [];
      for (const v of variants) {
        const cells = values.get(v.sheet);
        const shown = rankedLabels(v.spec).map((address) => cells?.get(address));
        const core = tornado(scenarioCase(v.input, v.scenario), v.spec.horizonMonths).map(
          (bar) => DRIVER_LABELS[v.spec.lang][bar.id],
        );
        if (JSON.stringify(shown) !== JSON.stringify(core))
          out.push(
            `${v.sheet}: LibreOffice ${JSON.stringify(shown)}\n  core ${JSON.stringify(core)}`,
          );
      }
      expect(out).toEqual([]);
    });

    it("every other formula cell does too", () => {
      expect(differences((v) => formulaCells(v.spec))).toEqual([]);
    });
  },
);
