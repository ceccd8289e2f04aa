// Denmark's public holidays ("helligdage") from the rules themselves: Easter plus fixed offsets,
// and two fixed dates. No time-zone database or calendar library is needed for calendar dates,
// so this stays a few hundred bytes in the service worker. date-holidays is the test oracle
// (tests/lib/dates/dk-public-holidays.test.ts checks every year 2000–2100 against it).
import { addDays } from './datetime';

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Skærtorsdag, Langfredag, påskedag, 2. påskedag, Store Bededag (the fourth Friday after Easter,
 * abolished from 2024 by lov nr. 2 af 28/02/2023), Kristi himmelfartsdag, pinsedag, 2. pinsedag.
 */
const EASTER_OFFSETS = [-3, -2, 0, 1, 39, 49, 50] as const;
const STORE_BEDEDAG = 26;
const LAST_STORE_BEDEDAG_YEAR = 2023;
/** Nytårsdag, juledag, 2. juledag. */
const FIXED = ['01-01', '12-25', '12-26'] as const;

/** The public holidays of that year as 'YYYY-MM-DD' dates. */
export function dkPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const offsets = year <= LAST_STORE_BEDEDAG_YEAR ? [...EASTER_OFFSETS, STORE_BEDEDAG] : EASTER_OFFSETS;
  const prefix = String(year).padStart(4, '0');
  return [...FIXED.map((md) => `${prefix}-${md}`), ...offsets.map((days) => addDays(easter, days))].sort();
}
