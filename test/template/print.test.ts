/**
 * The printed business case: the decision summary on the first page, titles repeated, a header
 * that names the product and the case once, the print date in the footer.
 */
import { exampleCase, type TemplateKind } from "../../src/core";
import { SHEET_TEXT } from "../../src/i18n/sheet";
import { RESULTS, buildTemplate } from "../../src/template";

describe.each<[TemplateKind, "en" | "nl"]>([
  ["digital", "en"],
  ["digital", "nl"],
  ["reachability", "en"],
  ["reachability", "nl"],
])("%s, %s", (kind, lang) => {
  const spec = buildTemplate(exampleCase(kind), { lang, mode: "native", horizonMonths: 36 });
  const text = SHEET_TEXT[lang];

  it("the header names the product and the case once each", () => {
    expect(spec.print.header).toBe(`Service ROI — ${text[`title_${kind}`]}`);
    expect(spec.print.header.match(/business case/gi)).toHaveLength(1);
  });

  it("the first page ends after the decision summary; the titles repeat on every page", () => {
    const summaryEnd = Math.max(
      ...RESULTS[kind].map((def) => Number(spec.resultCells[def.id]?.replace(/^[A-Z]+/, ""))),
    );
    expect(spec.print.breakAfterRows[0]).toBeGreaterThanOrEqual(summaryEnd);
    expect(spec.print.breakAfterRows[0]).toBeLessThanOrEqual(40);
    expect(spec.print.area.startsWith("A1:")).toBe(true);
    expect(spec.print.titleRows).toBe("$1:$4");
    expect(spec.print.footer).toContain("&D");
  });

  it("every result the sheet reports is inside the print area", () => {
    const lastRow = Number(spec.print.area.split(":")[1]?.replace(/^[A-Z]+/, ""));
    const outside = Object.entries(spec.resultCells).filter(
      ([, at]) => Number(at.replace(/^[A-Z]+/, "")) > lastRow,
    );
    expect(outside).toEqual([]);
  });

  it("a payback of 0 (never below zero) reads as text, other paybacks with one decimal", () => {
    const payback = spec.cells.find((c) => c.address === spec.resultCells.payback);
    expect(payback?.numberFormat).toBe(`[=0]"${text.atOnce}";0.0`);
  });
});
