/**
 * Random valid `CX.AFTER_HOURS_SHARE` calls, laid out from any top row: the week's grid from column
 * B (7 × 24 in rows t..t+6, or 24 × 7 in rows t..t+23), open_from, open_until and open_days in
 * A t, A t+1 and A t+2 when they are read from cells.
 */
import fc from "fast-check";
import type { CallArg } from "../../../src/excel/nativeForm";
import { OMITTED, at, cell, number, range, type NativeCase } from "./engine";

type Hour = { readonly as: "omitted" } | { readonly as: "number" | "cell"; readonly value: number };

export interface AfterHoursSpec {
  readonly daysDown: boolean;
  /** 168 contact counts, row-major in the grid's own orientation; null is a blank cell. */
  readonly contacts: readonly (number | null)[];
  readonly from: Hour;
  readonly until: Hour;
  readonly days: Hour;
}

const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 ** 7 }).map((n) => n / 1000) },
);

const hour = (value: number, omittable: boolean): fc.Arbitrary<Hour> =>
  fc.constantFrom<Hour>(
    ...(omittable ? [{ as: "omitted" } as const] : []),
    { as: "number", value },
    { as: "cell", value },
  );

export const afterHoursSpecs: fc.Arbitrary<AfterHoursSpec> = fc
  .record({
    daysDown: fc.boolean(),
    contacts: fc.oneof(
      { weight: 8, arbitrary: fc.array(count, { minLength: 168, maxLength: 168 }) },
      { weight: 1, arbitrary: fc.constant(Array.from({ length: 168 }, () => 0)) },
    ),
    window: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }))
      .filter(([f, u]) => f < u),
    days: fc.integer({ min: 0, max: 7 }),
    defaults: fc.boolean(),
  })
  .chain((r) =>
    fc.record({
      daysDown: fc.constant(r.daysDown),
      contacts: fc.constant(r.contacts),
      // The defaults 9, 17 and 5 may be left out; other values must be written.
      from: hour(r.defaults ? 9 : r.window[0], r.defaults),
      until: hour(r.defaults ? 17 : r.window[1], r.defaults),
      days: hour(r.defaults ? 5 : r.days, r.defaults),
    }),
  );

function hourArg(spec: Hour, address: string, cells: Record<string, number | null>): CallArg {
  if (spec.as === "omitted") return OMITTED;
  if (spec.as === "number") return number(spec.value);
  cells[address] = spec.value;
  return cell(address);
}

/** The spec's cells, arguments and raw add-in arguments, with its first row at `top`. */
export function placeAfterHours(spec: AfterHoursSpec, top: number, label = "after hours") {
  const [rows, columns] = spec.daysDown ? [7, 24] : [24, 7];
  const cells: Record<string, number | null> = {};
  const grid: (number | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = spec.contacts.slice(r * columns, (r + 1) * columns);
    row.forEach((v, c) => (cells[at(1 + c, top + r)] = v));
    grid.push(row);
  }
  const args = [
    range(`B${top}:${at(columns, top + rows - 1)}`),
    hourArg(spec.from, `A${top}`, cells),
    hourArg(spec.until, `A${top + 1}`, cells),
    hourArg(spec.days, `A${top + 2}`, cells),
  ];
  while (args.length > 1 && args[args.length - 1]?.kind === "omitted") args.pop();
  const rawHour = (arg: Hour) => (arg.as === "omitted" ? undefined : arg.value);
  const raw = [grid, rawHour(spec.from), rawHour(spec.until), rawHour(spec.days)];
  const placed: NativeCase = { label, cells, args, raw, height: rows + 1 };
  return placed;
}
