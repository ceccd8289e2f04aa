import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../../lib/dates/datetime';
import {
  addWorkingDays,
  CORRECTION_WORKING_DAYS,
  type DayOffSettings,
  DEFAULT_DAYS_OFF,
  defaultCorrectionDeadline,
  isWorkingDay,
} from '../../../lib/dates/working-days';

const NO_AGREED_DAYS_OFF: DayOffSettings = { grundlovsdag: false, mayDay: false, christmasEve: false, newYearsEve: false };

describe('Danish working days', () => {
  it('defaults to five working days with every agreed day off on', () => {
    expect(CORRECTION_WORKING_DAYS).toBe(5);
    expect(DEFAULT_DAYS_OFF).toEqual({ grundlovsdag: true, mayDay: true, christmasEve: true, newYearsEve: true });
  });

  it('skips Easter 2026: Skærtorsdag 2/4, Langfredag 3/4, the weekend and 2. påskedag 6/4', () => {
    // Easter Sunday 2026 is 5 April.
    for (const day of ['2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']) expect(isWorkingDay(day)).toBe(false);
    // Session Wed 1 April. Working days after it: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    expect(defaultCorrectionDeadline('2026-04-01')).toBe('2026-04-13');
    // Public holidays are not a setting: turning off every agreed day off changes nothing here.
    expect(defaultCorrectionDeadline('2026-04-01', NO_AGREED_DAYS_OFF)).toBe('2026-04-13');
  });

  it('skips Christmas and New Year 2026 with the usual agreed days off', () => {
    // Session Mon 21 Dec. Off: Thu 24 (agreed), Fri 25, Sat 26, Sun 27, Thu 31 (agreed), Fri 1 Jan.
    // Working: Tue 22, Wed 23, Mon 28, Tue 29, Wed 30.
    expect(defaultCorrectionDeadline('2026-12-21')).toBe('2026-12-30');
    // Without those two agreed days off, 24 Dec counts: Tue 22, Wed 23, Thu 24, Mon 28, Tue 29.
    expect(defaultCorrectionDeadline('2026-12-21', { ...DEFAULT_DAYS_OFF, christmasEve: false, newYearsEve: false })).toBe('2026-12-29');
    // Session Mon 28 Dec: Tue 29, Wed 30, (31 off, 1 Jan off, 2–3 Jan weekend), Mon 4, Tue 5, Wed 6 Jan 2027.
    expect(defaultCorrectionDeadline('2026-12-28')).toBe('2027-01-06');
    // With newYearsEve off only, 31 Dec counts: Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 Jan 2027.
    expect(defaultCorrectionDeadline('2026-12-28', { ...DEFAULT_DAYS_OFF, newYearsEve: false })).toBe('2027-01-05');
  });

  it('knows Store Bededag was abolished from 2024', () => {
    // Easter + 26 days: Fri 5 May 2023 (still a holiday), Fri 26 April 2024 (now a working day).
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect(isWorkingDay('2024-04-26')).toBe(true);
  });

  it('treats Grundlovsdag and 1 May as settings', () => {
    // Fri 5 June 2026 and Fri 1 May 2026.
    expect(isWorkingDay('2026-06-05')).toBe(false);
    expect(isWorkingDay('2026-06-05', { ...DEFAULT_DAYS_OFF, grundlovsdag: false })).toBe(true);
    expect(isWorkingDay('2026-05-01')).toBe(false);
    expect(isWorkingDay('2026-05-01', { ...DEFAULT_DAYS_OFF, mayDay: false })).toBe(true);
    // Session Mon 1 June 2026: Tue 2, Wed 3, Thu 4, (Fri 5 off), Mon 8, Tue 9 — or Fri 5, Mon 8 without the day off.
    expect(defaultCorrectionDeadline('2026-06-01')).toBe('2026-06-09');
    expect(defaultCorrectionDeadline('2026-06-01', { ...DEFAULT_DAYS_OFF, grundlovsdag: false })).toBe('2026-06-08');
  });

  it('skips Kristi himmelfartsdag and 2. pinsedag 2026', () => {
    // Easter + 39 = Thu 14 May; Easter + 50 = Mon 25 May. The Friday after Kristi himmelfart is no holiday.
    expect(isWorkingDay('2026-05-14')).toBe(false);
    expect(isWorkingDay('2026-05-15')).toBe(true);
    expect(isWorkingDay('2026-05-25')).toBe(false);
    // Session Tue 12 May: Wed 13, (Thu 14 off), Fri 15, Mon 18, Tue 19, Wed 20.
    expect(defaultCorrectionDeadline('2026-05-12')).toBe('2026-05-20');
    // Session Wed 20 May: Thu 21, Fri 22, (weekend, Mon 25 off), Tue 26, Wed 27, Thu 28.
    expect(defaultCorrectionDeadline('2026-05-20')).toBe('2026-05-28');
  });

  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    // A session on a Saturday: Mon 30 Nov … Fri 4 Dec.
    expect(defaultCorrectionDeadline('2026-11-28')).toBe('2026-12-04');
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
  });

  it('refuses malformed dates and day counts instead of guessing', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('26-1-1', 5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 2.5)).toThrow(RangeError);
  });

  it('agrees with the date-holidays package on public holidays (the picked rules are not stale)', () => {
    // dk-holidays.json is picked from date-holidays; after an upgrade, re-run scripts/pick-dk-holidays.mjs.
    const hd = new Holidays('DK');
    for (let year = 2020; year <= 2040; year++) {
      const holidays = new Set(
        hd
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
        const weekend = weekday(date) === 0 || weekday(date) === 6;
        expect(isWorkingDay(date, NO_AGREED_DAYS_OFF), date).toBe(!weekend && !holidays.has(date));
      }
    }
  });
});
