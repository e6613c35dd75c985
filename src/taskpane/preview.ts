/**
 * Outside Excel the pane shows the sheet it would build: the `TemplateSpec`'s cells as an HTML
 * table (values and formula text, as Excel would hold them), the first rows and the results block.
 * It replays the spec and computes nothing.
 */
import { formatNumber, type Lang } from "../i18n/language";
import { PANE_TEXT } from "../i18n/pane";
import { resultIdsOf, type CellSpec, type TemplateSpec } from "../template";
import { el, format } from "./dom";
import { columnLetters, parseCell } from "./writerStyles";

export const PREVIEW_ROWS = 40;

function shown(cell: CellSpec | undefined, lang: Lang): string {
  if (cell === undefined) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (typeof cell.value === "number") return formatNumber(lang, cell.value);
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value ?? "";
}

/** The rows the preview shows: 1..PREVIEW_ROWS, then the results heading and results. */
export function previewRows(spec: TemplateSpec): number[] {
  const resultRows = resultIdsOf(spec.kind).flatMap((id) => {
    const at = spec.resultCells[id];
    return at === undefined ? [] : [parseCell(at).row];
  });
  const first = Math.min(...resultRows) - 1;
  const last = Math.max(...resultRows);
  const rows: number[] = [];
  for (let row = 1; row <= Math.min(PREVIEW_ROWS, last); row++) rows.push(row);
  for (let row = Math.max(first, PREVIEW_ROWS + 1); row <= last; row++) rows.push(row);
  return rows;
}

export function renderPreview(spec: TemplateSpec, lang: Lang): HTMLElement {
  const text = PANE_TEXT[lang];
  const cells = new Map<string, CellSpec>(spec.cells.map((cell) => [cell.address, cell]));
  const columns = Math.max(...spec.cells.map((cell) => parseCell(cell.address).column));
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
          return el("td", { class: cell?.style ?? false, title: cell?.formula }, shown(cell, lang));
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
