import { describe, expect, it } from 'vitest';
import { addWorkingDays, DEFAULT_DAYS_OFF, defaultCorrectionDeadline, isWorkingDay } from '../../../lib/dates/working-days';

describe('Danish working days', () => {
  it('skips Easter 2026: Skærtorsdag 2/4, Langfredag 3/4, the weekend and 2. påskedag 6/4', () => {
    // Session Wed 1 April. Working days after it: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    expect(defaultCorrectionDeadline('2026-04-01')).toBe('2026-04-13');
  });

  it('skips Christmas and New Year 2026 with the usual agreed days off', () => {
    // Session Mon 21 Dec. Off: 24 (agreed), 25, 26 (Sat), 27 (Sun), 31 (agreed), 1 Jan, 2–3 Jan weekend.
    // Working: Tue 22, Wed 23, Mon 28, Tue 29, Wed 30.
    expect(defaultCorrectionDeadline('2026-12-21')).toBe('2026-12-30');
    // Without the agreed days off, 24 Dec counts: Tue 22, Wed 23, Thu 24, Mon 28, Tue 29.
    expect(defaultCorrectionDeadline('2026-12-21', { ...DEFAULT_DAYS_OFF, christmasEve: false, newYearsEve: false })).toBe('2026-12-29');
    // Session Mon 28 Dec: Tue 29, Wed 30, (31 off, 1 Jan off, weekend), Mon 4, Tue 5, Wed 6 Jan 2027.
    expect(defaultCorrectionDeadline('2026-12-28')).toBe('2027-01-06');
  });

  it('knows Store Bededag was abolished from 2024', () => {
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect(isWorkingDay('2024-04-26')).toBe(true);
  });

  it('treats Grundlovsdag as a setting, Kristi himmelfart and 2. pinsedag as holidays', () => {
    expect(isWorkingDay('2026-06-05')).toBe(false);
    expect(isWorkingDay('2026-06-05', { ...DEFAULT_DAYS_OFF, grundlovsdag: false })).toBe(true);
    expect(isWorkingDay('2026-05-14')).toBe(false);
    expect(isWorkingDay('2026-05-25')).toBe(false);
    expect(isWorkingDay('2026-05-01', { ...DEFAULT_DAYS_OFF, mayDay: false })).toBe(true);
  });

  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
  });
});
