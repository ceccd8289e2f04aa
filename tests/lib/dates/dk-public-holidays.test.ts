import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { dkPublicHolidays, easterSunday } from '../../../lib/dates/dk-public-holidays';

describe("Denmark's public holidays from the rules", () => {
  it('finds Easter Sunday on known dates', () => {
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2008)).toBe('2008-03-23'); // early
    expect(easterSunday(2011)).toBe('2011-04-24'); // late
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
  });

  it('matches the date-holidays package (the oracle) for every year 2000–2100', () => {
    const oracle = new Holidays('DK');
    for (let year = 2000; year <= 2100; year++) {
      const expected = oracle
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .sort();
      expect(dkPublicHolidays(year), String(year)).toEqual(expected);
    }
  });

  it('has Store Bededag until 2023 and not from 2024', () => {
    expect(dkPublicHolidays(2023)).toContain('2023-05-05');
    expect(dkPublicHolidays(2024)).not.toContain('2024-04-26');
    expect(dkPublicHolidays(2024)).toHaveLength(10);
    expect(dkPublicHolidays(2023)).toHaveLength(11);
  });
});
