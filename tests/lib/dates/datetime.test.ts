import { describe, expect, it } from 'vitest';
import { endOfDayEpoch, epochToZoned, isValidIsoDate, isValidTime, TIME_ZONE, zonedToEpoch } from '../../../lib/dates/datetime';

// These tests must pass whatever TZ the machine has: run them with TZ=UTC and TZ=America/New_York too.
describe('Danish wall-clock time', () => {
  it('is UTC+1 in winter and UTC+2 in summer, wherever the machine is', () => {
    expect(TIME_ZONE).toBe('Europe/Copenhagen');
    expect(zonedToEpoch('2026-01-15', '09:00')).toBe(Date.UTC(2026, 0, 15, 8, 0));
    expect(zonedToEpoch('2026-07-15', '09:00')).toBe(Date.UTC(2026, 6, 15, 7, 0));
    expect(epochToZoned(Date.UTC(2026, 0, 15, 8, 0))).toEqual({ date: '2026-01-15', time: '09:00' });
    expect(epochToZoned(Date.UTC(2026, 6, 15, 7, 0))).toEqual({ date: '2026-07-15', time: '09:00' });
  });

  it('gives the Danish date, not the UTC date, around midnight', () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Denmark (UTC+1).
    expect(epochToZoned(Date.UTC(2026, 11, 31, 23, 30))).toEqual({ date: '2027-01-01', time: '00:30' });
    // 22:15 UTC on 30 June is 00:15 on 1 July (UTC+2).
    expect(epochToZoned(Date.UTC(2026, 5, 30, 22, 15))).toEqual({ date: '2026-07-01', time: '00:15' });
    expect(zonedToEpoch('2027-01-01', '00:00')).toBe(Date.UTC(2026, 11, 31, 23, 0));
  });

  it('round-trips across the year and the DST change days', () => {
    const cases = [
      ['2026-01-01', '00:00'],
      ['2026-03-28', '23:59'],
      ['2026-03-29', '01:59'], // last minute of winter time
      ['2026-03-29', '03:00'], // first minute of summer time
      ['2026-03-29', '03:30'],
      ['2026-10-25', '01:30'],
      ['2026-10-25', '12:00'],
      ['2026-12-31', '23:59'],
    ] as const;
    for (const [date, time] of cases) expect(epochToZoned(zonedToEpoch(date, time))).toEqual({ date, time });
  });

  it('settles the hour DST skips or repeats', () => {
    // 29 March 2026: clocks jump from 02:00 to 03:00, so 02:30 does not exist; it lands an hour on, at 03:30.
    expect(zonedToEpoch('2026-03-29', '02:30')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(zonedToEpoch('2026-03-29', '01:30')).toBe(Date.UTC(2026, 2, 29, 0, 30));
    // 25 October 2026: 02:00–03:00 happens twice; the second (winter time, UTC+1) is chosen.
    expect(zonedToEpoch('2026-10-25', '02:30')).toBe(Date.UTC(2026, 9, 25, 1, 30));
    expect(zonedToEpoch('2026-10-25', '03:00')).toBe(Date.UTC(2026, 9, 25, 2, 0));
  });

  it('ends a deadline day at 23:59:59.999 Danish time', () => {
    expect(endOfDayEpoch('2026-12-30')).toBe(Date.UTC(2026, 11, 30, 22, 59, 59, 999));
    expect(endOfDayEpoch('2026-06-30')).toBe(Date.UTC(2026, 5, 30, 21, 59, 59, 999));
    // On the DST change days the day is 23 or 25 hours long; its end is still local 23:59:59.999.
    expect(endOfDayEpoch('2026-03-29')).toBe(Date.UTC(2026, 2, 29, 21, 59, 59, 999));
    expect(endOfDayEpoch('2026-10-25')).toBe(Date.UTC(2026, 9, 25, 22, 59, 59, 999));
    // One millisecond later it is the next Danish day.
    expect(epochToZoned(endOfDayEpoch('2026-12-31') + 1)).toEqual({ date: '2027-01-01', time: '00:00' });
    expect(epochToZoned(endOfDayEpoch('2026-12-31'))).toEqual({ date: '2026-12-31', time: '23:59' });
  });

  it('accepts only real calendar dates as YYYY-MM-DD', () => {
    expect(isValidIsoDate('2026-01-01')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true); // leap year
    expect(isValidIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false); // divisible by 100, not 400
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-01-00')).toBe(false);
    expect(isValidIsoDate('2026-2-3')).toBe(false);
    expect(isValidIsoDate('2026-01-01T00:00')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });

  it('accepts only HH:MM from 00:00 to 23:59', () => {
    expect(isValidTime('00:00')).toBe(true);
    expect(isValidTime('23:59')).toBe(true);
    expect(isValidTime('24:00')).toBe(false);
    expect(isValidTime('12:60')).toBe(false);
    expect(isValidTime('9:00')).toBe(false);
    expect(isValidTime('12:5')).toBe(false);
    expect(isValidTime('12:00:00')).toBe(false);
    expect(isValidTime(' 12:00')).toBe(false);
    expect(isValidTime('')).toBe(false);
  });

  it('refuses to convert impossible dates and times', () => {
    expect(() => zonedToEpoch('2026-13-01', '10:00')).toThrow(RangeError);
    expect(() => zonedToEpoch('2026-02-30', '10:00')).toThrow(RangeError);
    expect(() => zonedToEpoch('2026-01-15', '25:00')).toThrow(RangeError);
    expect(() => endOfDayEpoch('2026-02-30')).toThrow(RangeError);
  });
});
