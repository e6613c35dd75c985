/**
 * The 24/7 staffing alternative, like for like (domain.md): people cover every hour outside the
 * current opening hours. Irregular-hours surcharges follow CAO Rijk §7.1 — a percentage of the
 * hourly *salary* (not the loaded cost), capped per hour — and public holidays pay the holiday rate
 * for all 24 hours. Covering hours takes more than one FTE: an FTE works its productive hours a
 * year (holidays, leave and absence taken off) and is paid for its contract hours.
 */
import { SHIFT_BANDS, WEEKS_PER_YEAR, type Figures, type ShiftBand } from "./inputs";

/** Weekday bands by clock hours [from, to); weekend and holiday cover whole days. */
export const WEEKDAY_BANDS = {
  night: [0, 6],
  earlyMorning: [6, 8],
  evening: [18, 22],
  lateEvening: [22, 24],
} as const;
/** Weekday hours outside the bands: no surcharge. */
export const PLAIN_WEEKDAY_HOURS = [8, 18] as const;

/** Hours of [from, to) that fall inside opening hours on an open day. */
function openOverlap([from, to]: readonly [number, number], f: Figures<"reachability">): number {
  return Math.max(0, Math.min(to, f.openUntil) - Math.max(from, f.openFrom));
}

export interface StaffedHours {
  /** Hours a year to staff in each band (weekday bands net of public holidays). */
  readonly byBand: Readonly<Record<ShiftBand, number>>;
  /** Weekday hours a year outside opening hours but outside every band: base pay only. */
  readonly plain: number;
  readonly total: number;
}

/**
 * Hours a year outside opening hours, by band. A weekday band [a, b) needs
 * 52 × (5 × (b − a) − open weekdays × overlap) hours, less the public holidays (assumed to fall on
 * open weekdays), which are staffed 24 hours at the holiday rate instead.
 *
 * @example 09–17 on 5 days, no holidays: night 52 × 30, weekend 52 × 48, total 52 × 128
 */
export function staffedHours(f: Figures<"reachability">): StaffedHours {
  const openWeekdays = Math.min(5, f.openDays);
  const openWeekendDays = Math.max(0, f.openDays - 5);
  const openLength = Math.max(0, f.openUntil - f.openFrom);
  const holidays = f.publicHolidaysPerYear;
  const weekday = (hours: readonly [number, number]) => {
    const perDay = hours[1] - hours[0];
    const offOnOpenDay = perDay - openOverlap(hours, f);
    const perWeek = 5 * perDay - openWeekdays * openOverlap(hours, f);
    return WEEKS_PER_YEAR * perWeek - holidays * offOnOpenDay;
  };
  const byBand: Record<ShiftBand, number> = {
    night: weekday(WEEKDAY_BANDS.night),
    earlyMorning: weekday(WEEKDAY_BANDS.earlyMorning),
    evening: weekday(WEEKDAY_BANDS.evening),
    lateEvening: weekday(WEEKDAY_BANDS.lateEvening),
    weekend: WEEKS_PER_YEAR * (48 - openWeekendDays * openLength),
    holiday: holidays * 24,
  };
  const plain = weekday(PLAIN_WEEKDAY_HOURS);
  let total = plain;
  for (const band of SHIFT_BANDS) total += byBand[band];
  return { byBand, plain, total };
}

export interface StaffingCost {
  readonly hours: StaffedHours;
  /** FTE needed: staffed hours × staff per shift ÷ productive hours per FTE. */
  readonly fte: number;
  /** FTE × contract hours a year × hourly salary × (1 + employer on-cost). */
  readonly basePay: number;
  /** Σ band hours × staff × min(salary × surcharge, cap) × (1 + employer on-cost). */
  readonly surcharges: number;
  readonly perYear: number;
}

/**
 * The yearly cost of staffing every hour outside opening hours.
 *
 * @example one person on 09–17 weekdays, 7 holidays, €20 an hour, 35% on-cost, CAO Rijk: about 4.4 FTE
 */
export function staffingCost(f: Figures<"reachability">): StaffingCost {
  const hours = staffedHours(f);
  const loaded = 1 + f.employerOnCost;
  const fte = (hours.total * f.staffPerShift) / f.productiveHoursPerFte;
  const basePay = fte * f.contractHoursPerWeek * WEEKS_PER_YEAR * f.hourlySalary * loaded;
  let surcharges = 0;
  for (const band of SHIFT_BANDS) {
    const perHour = Math.min(f.hourlySalary * f[`surcharge_${band}`], f[`cap_${band}`]);
    surcharges += hours.byBand[band] * f.staffPerShift * perHour * loaded;
  }
  return { hours, fte, basePay, surcharges, perYear: basePay + surcharges };
}
