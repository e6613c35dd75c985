/**
 * Instants to the wall clock of an IANA time zone, with daylight saving, through
 * `Intl.DateTimeFormat` (present in Office's WebView2/WKWebView runtimes and in Node): the
 * engine's own time-zone database, no bundled tables.
 *
 * Times here are whole seconds since 1970-01-01 00:00: an *instant* counts UTC seconds, a *wall
 * clock* counts seconds on the local clock face as if it were UTC (so day = ⌊s / 86,400⌋ and the
 * hour follows without any zone).
 */

/** The zone the product assumes when none is given: the articles' readers are Dutch. */
export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

/** Converts instants to one zone's wall clock. */
export interface ZoneClock {
  readonly timeZone: string;
  /** Wall-clock seconds of an instant (UTC seconds) in this zone. */
  wallSeconds(instant: number): number;
}

const SECONDS_PER_HOUR = 3_600;
/** Cached spans per zone and size; cleared past this so a long session cannot grow it forever. */
const MAX_CACHED_SPANS = 100_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone and span size: span index → offset in seconds. Shared by every call, so re-reading a log is cheap. */
const offsetCaches = new Map<string, Map<number, number>[]>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  // IANA names start with a letter ("Europe/Amsterdam", "UTC", "Etc/GMT-2"). Newer engines also
  // take "+02:00"; refusing it everywhere keeps one behaviour across Excel's runtimes.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return null;
  try {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    // RangeError: not a zone this engine knows.
    return null;
  }
}

/** UTC offset in seconds at an instant: the formatted wall clock minus the instant. */
function offsetAt(formatter: Intl.DateTimeFormat, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant * 1000))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, minute = 0, second = 0 } = fields;
  // Some engines print midnight as hour 24 of the same day even with hourCycle h23.
  const hour = (fields.hour ?? 0) % 24;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  return wall - instant;
}

/**
 * Spans an offset is cached for, widest first: a UTC day, then a UTC hour of a day that holds a
 * change. A span whose first and last second share one offset is taken to have it throughout:
 * no zone changes its clock twice in a day and back.
 */
const SPANS = [86_400, 3_600] as const;

/**
 * A clock for an IANA zone, or `null` when the name is not a zone this engine knows.
 *
 * wall = instant + offset(instant). Formatting is slow (~10 µs), so the offset is looked up once
 * per UTC day, per hour only on the two days a year the clock changes, and per instant only in an
 * hour holding a change off the whole hour (Adelaide changes at 16:30 UTC).
 *
 * @example zoneClock("Europe/Amsterdam")?.wallSeconds(1774746000) → 1774753200
 *   (2026-03-29 01:00 UTC is 03:00 summer time: the clock jumped from 02:00 to 03:00)
 */
export function zoneClock(timeZone: string): ZoneClock | null {
  const formatter = formatterFor(timeZone);
  if (formatter === null) return null;
  let caches = offsetCaches.get(timeZone);
  if (caches === undefined) {
    caches = SPANS.map(() => new Map<number, number>());
    offsetCaches.set(timeZone, caches);
  }
  const bySpan = caches;
  /** The offset throughout span `index`, or NaN when it changes inside. */
  const spanOffset = (span: number, cache: Map<number, number>, index: number): number => {
    let offset = cache.get(index);
    if (offset === undefined) {
      const first = offsetAt(formatter, index * span);
      const last = offsetAt(formatter, index * span + span - 1);
      offset = first === last ? first : NaN;
      if (cache.size >= MAX_CACHED_SPANS) cache.clear();
      cache.set(index, offset);
    }
    return offset;
  };
  return {
    timeZone,
    wallSeconds(instant) {
      for (let level = 0; level < SPANS.length; level++) {
        const span = SPANS[level] ?? SECONDS_PER_HOUR;
        const cache = bySpan[level];
        if (cache === undefined) break;
        const offset = spanOffset(span, cache, Math.floor(instant / span));
        if (!Number.isNaN(offset)) return instant + offset;
      }
      return instant + offsetAt(formatter, instant);
    },
  };
}

/** Forgets the cached offsets (the benchmark times a first read of a log with a cold cache). */
export function forgetZoneOffsets(): void {
  offsetCaches.clear();
}
