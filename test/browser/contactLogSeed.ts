/**
 * The contact log the contact-log browser test selects: column A of a sheet "Log" as a ticket
 * export pasted into Excel would fill it. A header, then 5,000 seeded moments of January to June
 * 2026, busier in office hours with evening and weekend peaks; two in three are Excel date-time
 * serials, one in three ISO 8601 text of the same kind of moment written with an offset (Z,
 * +01:00, +02:00, -05:00). Seven values that cannot be counted sit at fixed rows among them.
 */
export const LOG_ROWS = 5_000;

/** mulberry32: the same log on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Busier in office hours, with evening and weekend peaks, as a service desk's export looks. */
const HOUR_WEIGHTS = Array.from({ length: 24 }, (_, h) =>
  h >= 9 && h < 17 ? 10 : h >= 17 && h < 22 ? 6 : h >= 7 && h < 9 ? 3 : 1,
);
const OFFSETS = ["Z", "+01:00", "+02:00", "-05:00"];
const pad = (n: number) => String(n).padStart(2, "0");

/** An instant (UTC seconds since 1970) as ISO text, written in the local time of `offset`. */
function isoAt(utcSeconds: number, offset: string): string {
  const east = offset === "Z" ? 0 : (offset.startsWith("-") ? -1 : 1) * Number(offset.slice(1, 3));
  const shown = new Date((utcSeconds + east * 3600) * 1000);
  const date = `${shown.getUTCFullYear()}-${pad(shown.getUTCMonth() + 1)}-${pad(shown.getUTCDate())}`;
  const time = `${pad(shown.getUTCHours())}:${pad(shown.getUTCMinutes())}:${pad(shown.getUTCSeconds())}`;
  return `${date}T${time}${offset}`;
}

/** Values that cannot be read, among the log's rows (a blank is skipped, not rejected). */
const JUNK: readonly (string | boolean)[] = [
  "n/a",
  "#N/A",
  "14-03-2026 21:07",
  "",
  "2026-02-30 10:00",
  true,
  "2026-03-14",
];

/** Column A of "Log": the header, 5,000 timestamps from 2026, junk at fixed rows. */
export function seededLog(): (string | number | boolean)[] {
  const random = seeded(20261123);
  const total = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
  const hourOf = () => {
    let pick = random() * total;
    return Math.max(
      0,
      HOUR_WEIGHTS.findIndex((w) => (pick -= w) < 0),
    );
  };
  const values: (string | number | boolean)[] = ["created_at"];
  for (let i = 0; i < LOG_ROWS; i++) {
    if (i % 700 === 350) values.push(JUNK[(i - 350) / 700] ?? "n/a");
    const day = Math.floor(random() * 181); // January to June 2026
    const seconds = hourOf() * 3600 + Math.floor(random() * 3600);
    const wall = Date.UTC(2026, 0, 1) / 1000 + day * 86_400 + seconds;
    if (i % 3 === 0)
      values.push(isoAt(wall - 3600, OFFSETS[i % 4] ?? "Z")); // an instant
    else values.push(Math.round((wall / 86_400 + 25_569) * 1e6) / 1e6); // a serial, as Excel keeps it
  }
  return values;
}
