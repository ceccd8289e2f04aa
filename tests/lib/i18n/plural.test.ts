import { describe, expect, it } from 'vitest';
import { type MessageKey, t } from '../../../lib/i18n';
import { da } from '../../../lib/i18n/da';
import { en } from '../../../lib/i18n/en';

describe('plural forms in messages (Intl.PluralRules)', () => {
  it('picks one or other by the number, in both languages', () => {
    expect(t('duty.overdue', { count: 1 })).toBe('1 medarbejder har ikke haft IKU i et år');
    expect(t('duty.overdue', { count: 3 }, 'en')).toBe('3 employees have had no IKU for a year');
    expect(t('cyclePage.agreementCount', { count: 1 })).toBe('1 aftale');
    expect(t('cyclePage.agreementCount', { count: 2 })).toBe('2 aftaler');
    expect(t('cyclePage.agreementCount', { count: 0 })).toBe('0 aftaler');
    expect(t('cyclePage.agreementCount', { count: 1 }, 'en')).toBe('1 agreement');
    expect(t('cyclePage.agreementCount', { count: 21 }, 'en')).toBe('21 agreements');
  });

  it('leaves a message without the number as written, and other placeholders still work', () => {
    expect(t('cyclePage.agreementCount')).toBe('{count, plural, one {# aftale} other {# aftaler}}');
    expect(t('overview.teamsShown', { count: 1, total: 200 })).toBe('Viser 1 af 200 teams');
    expect(t('overview.teamsShown', { count: 2, total: 200 }, 'en')).toBe('Showing 2 of 200 teams');
  });

  it('every plural message has an other branch and the same placeholders in Danish and English', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(da) as MessageKey[]) {
      if (!da[key].includes(', plural,') && !en[key].includes(', plural,')) continue;
      for (const text of [da[key], en[key]]) expect(text, key).toMatch(/other \{/);
      expect(new Set(names(en[key])), key).toEqual(new Set(names(da[key])));
    }
  });
});
