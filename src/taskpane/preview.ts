/**
 * Outside Excel the pane shows the sheet it would build: the `TemplateSpec`'s first rows (the
 * decision, the drivers, the scenarios) as an HTML table. A result cell shows the figure the core
 * computed for it (the spec carries it), with its formula as the cell's title; other formulas show
 * as formula text. It replays the spec and computes nothing.
 */
import { columnLetters, parseCell } from "../excel/a1";
import { formatNumber, type Lang } from "../i18n/language";
import { PANE_TEXT } from "../i18n/pane";
import type { CellSpec, TemplateSpec } from "../template";
import { el, format } from "./dom";

export const PREVIEW_ROWS = 40;

function shown(
  cell: CellSpec | undefined,
  figure: number | string | undefined,
  lang: Lang,
): string {
  if (cell === undefined) return "";
  if (typeof figure === "number") return formatNumber(lang, Math.round(figure * 1000) / 1000);
  if (typeof figure === "string") return figure;
  if (cell.formula !== undefined) return cell.formula;
  if (typeof cell.value === "number") return formatNumber(lang, cell.value);
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value ?? "";
}

/** The rows the preview shows: the top of the sheet, where the decision is. */
export function previewRows(spec: TemplateSpec): number[] {
  const last = Math.max(...spec.cells.map((cell) => parseCell(cell.address).row));
  return Array.from({ length: Math.min(PREVIEW_ROWS, last) }, (_, i) => i + 1);
}

/** The core's figure of each result cell, by address. */
function figuresByCell(spec: TemplateSpec): Map<string, number | string> {
  const figures = new Map<string, number | string>();
  for (const [id, at] of Object.entries(spec.resultCells)) {
    const figure = spec.figures[id];
    if (figure !== undefined) figures.set(at, figure);
  }
  return figures;
}

export function renderPreview(spec: TemplateSpec, lang: Lang): HTMLElement {
  const text = PANE_TEXT[lang];
  const cells = new Map<string, CellSpec>(spec.cells.map((cell) => [cell.address, cell]));
  const figures = figuresByCell(spec);
  const columns = Math.min(
    9,
    Math.max(...spec.cells.map((cell) => parseCell(cell.address).column)),
  );
  const letters = Array.from({ length: columns }, (_, i) => columnLetters(i + 1));

  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, text.previewRow),
    ...letters.map((letter) => el("th", { scope: "col" }, letter)),
  );
  const body: HTMLTableRowElement[] = [];
  let previous = 0;
  for (const row of previewRows(spec)) {
    if (row > previous + 1) {
      body.push(el("tr", { class: "gap" }, el("td", { colspan: columns + 1 }, text.previewGap)));
    }
    previous = row;
    body.push(
      el(
        "tr",
        {},
        el("th", { scope: "row" }, String(row)),
        ...letters.map((letter) => {
          const cell = cells.get(`${letter}${row}`);
          const at = `${letter}${row}`;
          return el(
            "td",
            { class: cell?.style ?? false, title: cell?.formula },
            shown(cell, figures.get(at), lang),
          );
        }),
      ),
    );
  }
  return el(
    "section",
    { class: "preview", "aria-labelledby": "preview-heading" },
    el("h3", { id: "preview-heading" }, `${text.previewHeading}: ${spec.sheetName}`),
    el("p", { class: "note" }, format(text.previewNote, { rows: PREVIEW_ROWS })),
    el(
      "div",
      {
        class: "preview-scroll",
        tabindex: 0,
        role: "region",
        "aria-labelledby": "preview-heading",
      },
      el("table", {}, el("thead", {}, head), el("tbody", {}, ...body)),
    ),
  );
}
