import { describe, expect, it } from 'vitest';
import { endOfDayEpoch, epochToZoned, isValidIsoDate, isValidTime, zonedToEpoch } from '../../../lib/dates/datetime';

describe('Danish wall-clock time', () => {
  it('is UTC+1 in winter and UTC+2 in summer, wherever the machine is', () => {
    expect(zonedToEpoch('2026-01-15', '09:00')).toBe(Date.UTC(2026, 0, 15, 8, 0));
    expect(zonedToEpoch('2026-07-15', '09:00')).toBe(Date.UTC(2026, 6, 15, 7, 0));
    expect(epochToZoned(Date.UTC(2026, 6, 15, 7, 0))).toEqual({ date: '2026-07-15', time: '09:00' });
  });

  it('round-trips across the DST change days', () => {
    for (const [date, time] of [['2026-03-29', '03:30'], ['2026-10-25', '01:30'], ['2026-10-25', '12:00']] as const) {
      expect(epochToZoned(zonedToEpoch(date, time))).toEqual({ date, time });
    }
  });

  it('ends a deadline day at 23:59:59.999 Danish time', () => {
    expect(endOfDayEpoch('2026-12-30')).toBe(Date.UTC(2026, 11, 30, 22, 59, 59, 999));
  });

  it('refuses impossible dates and times', () => {
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-2-3')).toBe(false);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidTime('24:00')).toBe(false);
    expect(isValidTime('9:00')).toBe(false);
    expect(isValidTime('23:59')).toBe(true);
    expect(() => zonedToEpoch('2026-13-01', '10:00')).toThrow(RangeError);
  });
});
