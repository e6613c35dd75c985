/**
 * Dutch public holidays ("feestdagen"), as data with their sources, computed per year.
 *
 * Which days count is a choice the product must show, because Dutch law names holidays but gives
 * no right to a day off: that is the collective agreement's (CAO's) or the contract's business.
 * - Algemene termijnenwet (Atw) art. 3 lid 1 (wetten.overheid.nl/BWBR0002448) names New Year's
 *   Day, Easter Monday, Ascension Day, Whit Monday, both Christmas days, the day the King's
 *   birthday is celebrated and 5 May. Easter Sunday and Whit Sunday are not named: they are
 *   Sundays, which the Atw treats alike in art. 1.
 * - Atw art. 3 lid 2 equates Good Friday with those days for the law's deadlines; Rijksoverheid
 *   ("Is Goede Vrijdag een vrije dag?", rijksoverheid.nl) says most employees work that day,
 *   civil servants do not.
 * - Bevrijdingsdag (5 May) is a national holiday every year (since 1990), but many CAOs make it a
 *   paid day off only in lustrum years, 2025, 2030 … (e.g. CAO Werken voor waterschappen).
 * - Koningsdag: 27 April (since 2014), moved to Saturday 26 April when the 27th is a Sunday (royal
 *   decree of 1980: never on a Sunday; so in 2014 and 2025).
 * The default (`LEGAL_HOLIDAYS`) is the law's list: art. 3 lid 1 plus Easter and Whit Sunday,
 * without Good Friday, 5 May every year. Both choices are options, so a user can follow their CAO.
 */
import { civilDate, dayNumber, easterSunday, isoDate, weekday } from "./calendar";

/** Koningsdag replaced Koninginnedag (30 April) in 2014; earlier years are not covered. */
export const FIRST_HOLIDAY_YEAR = 2014;
export const LAST_HOLIDAY_YEAR = 9999;

export type HolidayId =
  | "newYear"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "kingsDay"
  | "liberationDay"
  | "ascensionDay"
  | "whitSunday"
  | "whitMonday"
  | "christmasDay"
  | "boxingDay";

/** Which days a user's organisation treats as holidays (their CAO decides; the law does not). */
export interface HolidayRules {
  /** Count Good Friday (Atw art. 3 lid 2 equates it; at most employers it is a working day). */
  readonly goodFriday: boolean;
  /** 5 May: every year (the law), only in years divisible by 5 (many CAOs), or never. */
  readonly liberationDay: "everyYear" | "lustrumYears" | "never";
}

/** The law's list (Atw art. 3 lid 1 and the two Sunday feasts): the default. */
export const LEGAL_HOLIDAYS: HolidayRules = { goodFriday: false, liberationDay: "everyYear" };
/** What many CAOs give off: 5 May only in lustrum years, no Good Friday. */
export const LUSTRUM_HOLIDAYS: HolidayRules = { goodFriday: false, liberationDay: "lustrumYears" };

type Text = Readonly<{ en: string; nl: string }>;

export interface HolidayDefinition {
  readonly id: HolidayId;
  readonly name: Text;
  /** Where the day comes from, as the product shows it. */
  readonly source: Text;
  /** Anything a user must know to decide whether it counts for them. */
  readonly note: Text | null;
}

const ATW_3_1: Text = {
  en: "Algemene termijnenwet art. 3(1) (wetten.overheid.nl/BWBR0002448)",
  nl: "Algemene termijnenwet art. 3 lid 1 (wetten.overheid.nl/BWBR0002448)",
};
const SUNDAY: Text = {
  en: "Always a Sunday (Algemene termijnenwet art. 1); an official holiday (rijksoverheid.nl)",
  nl: "Altijd een zondag (Algemene termijnenwet art. 1); officiële feestdag (rijksoverheid.nl)",
};
const NO_DAY_OFF_RIGHT: Text = {
  en: "No legal right to a day off: the CAO or contract decides.",
  nl: "Geen wettelijk recht op een vrije dag: de cao of het contract beslist.",
};

/** The eleven official holidays, in calendar order. */
export const DUTCH_HOLIDAYS: readonly HolidayDefinition[] = [
  {
    id: "newYear",
    name: { en: "New Year's Day", nl: "Nieuwjaarsdag" },
    source: ATW_3_1,
    note: NO_DAY_OFF_RIGHT,
  },
  {
    id: "goodFriday",
    name: { en: "Good Friday", nl: "Goede Vrijdag" },
    source: {
      en: "Algemene termijnenwet art. 3(2), equated for deadlines only",
      nl: "Algemene termijnenwet art. 3 lid 2, alleen gelijkgesteld voor termijnen",
    },
    note: {
      en: "Most employees work; civil servants are off (rijksoverheid.nl). Off by default.",
      nl: "De meeste werknemers werken; ambtenaren zijn vrij (rijksoverheid.nl). Standaard niet meegeteld.",
    },
  },
  {
    id: "easterSunday",
    name: { en: "Easter Sunday", nl: "Eerste Paasdag" },
    source: SUNDAY,
    note: null,
  },
  {
    id: "easterMonday",
    name: { en: "Easter Monday", nl: "Tweede Paasdag" },
    source: ATW_3_1,
    note: NO_DAY_OFF_RIGHT,
  },
  {
    id: "kingsDay",
    name: { en: "King's Day", nl: "Koningsdag" },
    source: ATW_3_1,
    note: {
      en: "27 April; 26 April when the 27th is a Sunday (royal decree 1980: never on a Sunday).",
      nl: "27 april; 26 april als de 27e op zondag valt (KB 1980: nooit op zondag).",
    },
  },
  {
    id: "liberationDay",
    name: { en: "Liberation Day", nl: "Bevrijdingsdag" },
    source: ATW_3_1,
    note: {
      en: "A national holiday every year, but many CAOs give it off only in lustrum years (2025, 2030).",
      nl: "Elk jaar een nationale feestdag, maar veel cao's geven alleen in lustrumjaren vrij (2025, 2030).",
    },
  },
  {
    id: "ascensionDay",
    name: { en: "Ascension Day", nl: "Hemelvaartsdag" },
    source: ATW_3_1,
    note: NO_DAY_OFF_RIGHT,
  },
  {
    id: "whitSunday",
    name: { en: "Whit Sunday", nl: "Eerste Pinksterdag" },
    source: SUNDAY,
    note: null,
  },
  {
    id: "whitMonday",
    name: { en: "Whit Monday", nl: "Tweede Pinksterdag" },
    source: ATW_3_1,
    note: NO_DAY_OFF_RIGHT,
  },
  {
    id: "christmasDay",
    name: { en: "Christmas Day", nl: "Eerste Kerstdag" },
    source: ATW_3_1,
    note: NO_DAY_OFF_RIGHT,
  },
  {
    id: "boxingDay",
    name: { en: "Boxing Day", nl: "Tweede Kerstdag" },
    source: ATW_3_1,
    note: NO_DAY_OFF_RIGHT,
  },
];

export interface PublicHoliday {
  readonly id: HolidayId;
  /** ISO date, e.g. "2026-04-27". */
  readonly date: string;
  /** Day number (days since 1970-01-01), for lookups. */
  readonly dayNumber: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
}

/** Days after Easter Sunday of the movable feasts. */
const EASTER_OFFSETS = {
  goodFriday: -2,
  easterSunday: 0,
  easterMonday: 1,
  ascensionDay: 39,
  whitSunday: 49,
  whitMonday: 50,
} as const;

function dateOf(id: HolidayId, year: number, easter: number): number {
  switch (id) {
    case "newYear":
      return dayNumber(year, 1, 1);
    case "kingsDay": {
      const birthday = dayNumber(year, 4, 27);
      return weekday(birthday) === 6 ? birthday - 1 : birthday;
    }
    case "liberationDay":
      return dayNumber(year, 5, 5);
    case "christmasDay":
      return dayNumber(year, 12, 25);
    case "boxingDay":
      return dayNumber(year, 12, 26);
    default:
      return easter + EASTER_OFFSETS[id];
  }
}

function counts(id: HolidayId, year: number, rules: HolidayRules): boolean {
  if (id === "goodFriday") return rules.goodFriday;
  if (id !== "liberationDay") return true;
  if (rules.liberationDay === "lustrumYears") return year % 5 === 0;
  return rules.liberationDay === "everyYear";
}

/**
 * The public holidays of a year under the given rules, in date order.
 *
 * Fixed dates, Koningsdag (27 April, or 26 April when the 27th is a Sunday), and the movable
 * feasts at Easter − 2, 0, +1, +39, +49, +50 days. Years outside 2014..9999 give an empty list.
 *
 * @example dutchHolidays(2026) → New Year 2026-01-01, Easter 04-05 and 04-06, Koningsdag 04-27,
 *   Bevrijdingsdag 05-05, Ascension 05-14, Whitsun 05-24 and 05-25, Christmas 12-25 and 12-26
 */
export function dutchHolidays(year: number, rules: HolidayRules = LEGAL_HOLIDAYS): PublicHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) return [];
  const easterDate = easterSunday(year);
  const easter = dayNumber(year, easterDate.month, easterDate.day);
  return DUTCH_HOLIDAYS.filter((holiday) => counts(holiday.id, year, rules))
    .map((holiday) => {
      const days = dateOf(holiday.id, year, easter);
      return { id: holiday.id, date: isoDate(days), dayNumber: days, weekday: weekday(days) };
    })
    .sort((a, b) => a.dayNumber - b.dayNumber);
}

/**
 * How many of a year's holidays fall Monday to Friday: the days a weekday-staffed service loses
 * and a 24/7 service staffs at the holiday surcharge instead of the weekday rate.
 *
 * @example weekdayHolidayCount(2026) → 7 (the Saturday 26 December and the two Sundays excluded)
 */
export function weekdayHolidayCount(year: number, rules: HolidayRules = LEGAL_HOLIDAYS): number {
  return dutchHolidays(year, rules).filter((holiday) => holiday.weekday <= 4).length;
}

/**
 * A lookup "is this wall-clock date a holiday?", caching each year's dates (a contact log hits
 * the same few years many thousand times).
 *
 * @example holidayLookup()(dayNumber(2025, 4, 26)) → true (Koningsdag 2025 was a Saturday)
 */
export function holidayLookup(rules: HolidayRules = LEGAL_HOLIDAYS): (days: number) => boolean {
  const byYear = new Map<number, ReadonlySet<number>>();
  return (days) => {
    const year = civilDate(days).year;
    let dates = byYear.get(year);
    if (dates === undefined) {
      dates = new Set(dutchHolidays(year, rules).map((holiday) => holiday.dayNumber));
      byYear.set(year, dates);
    }
    return dates.has(days);
  };
}

/**
 * Whether a wall-clock date is a Dutch public holiday under the rules.
 *
 * @example isDutchHoliday(2026, 5, 5) → true; isDutchHoliday(2026, 5, 5, LUSTRUM_HOLIDAYS) → false
 */
export function isDutchHoliday(
  year: number,
  month: number,
  day: number,
  rules: HolidayRules = LEGAL_HOLIDAYS,
): boolean {
  const days = dayNumber(year, month, day);
  return dutchHolidays(year, rules).some((holiday) => holiday.dayNumber === days);
}
