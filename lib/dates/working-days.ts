import { addDays, isValidIsoDate, weekday } from './datetime';
import { dkPublicHolidays } from './dk-public-holidays';

/** Days off by local agreement, not public holidays: the leader chooses in settings. */
export interface DayOffSettings {
  grundlovsdag: boolean;
  mayDay: boolean;
  christmasEve: boolean;
  newYearsEve: boolean;
}

/** Common in Danish municipalities; a setting because agreements differ. */
export const DEFAULT_DAYS_OFF: DayOffSettings = { grundlovsdag: true, mayDay: true, christmasEve: true, newYearsEve: true };

export const CORRECTION_WORKING_DAYS = 5;

const AGREED: Record<keyof DayOffSettings, string> = {
  grundlovsdag: '06-05',
  mayDay: '05-01',
  christmasEve: '12-24',
  newYearsEve: '12-31',
};

const publicByYear = new Map<number, Set<string>>();

/** Public holidays (Store Bededag until 2023, not after); see dk-public-holidays.ts. */
function publicHolidays(year: number): Set<string> {
  let set = publicByYear.get(year);
  if (!set) {
    set = new Set(dkPublicHolidays(year));
    publicByYear.set(year, set);
  }
  return set;
}

/** 'YYYY-MM-DD' dates are calendar dates in Denmark. */
export function isWorkingDay(isoDate: string, settings: DayOffSettings = DEFAULT_DAYS_OFF): boolean {
  // A malformed date would otherwise pass as an ordinary working day.
  if (!isValidIsoDate(isoDate)) throw new RangeError(`Ugyldig dato: ${isoDate}`);
  return isWorkingDate(isoDate, settings);
}

function isWorkingDate(isoDate: string, settings: DayOffSettings): boolean {
  const day = weekday(isoDate);
  if (day === 0 || day === 6) return false;
  if (publicHolidays(Number(isoDate.slice(0, 4))).has(isoDate)) return false;
  const monthDay = isoDate.slice(5);
  return !(Object.keys(AGREED) as (keyof DayOffSettings)[]).some((k) => settings[k] && AGREED[k] === monthDay);
}

/** The date `days` working days after isoDate (isoDate itself not counted; 0 days gives isoDate). */
export function addWorkingDays(isoDate: string, days: number, settings: DayOffSettings = DEFAULT_DAYS_OFF): string {
  if (!isValidIsoDate(isoDate)) throw new RangeError(`Ugyldig dato: ${isoDate}`);
  // A fractional or negative count has no meaning for a deadline; fail loudly instead of rounding.
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Ugyldigt antal arbejdsdage: ${days}`);
  let date = isoDate;
  for (let left = days; left > 0; ) {
    date = addDays(date, 1);
    if (isWorkingDate(date, settings)) left--;
  }
  return date;
}

/** Default correction deadline: five working days after the session date. */
export function defaultCorrectionDeadline(sessionDate: string, settings: DayOffSettings = DEFAULT_DAYS_OFF): string {
  return addWorkingDays(sessionDate, CORRECTION_WORKING_DAYS, settings);
}
