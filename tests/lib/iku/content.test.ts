import { describe, expect, it } from 'vitest';
import { buildIkuDocument, planPeriod } from '../../../lib/iku/content';
import { followUpText } from '../../../lib/sheet/agreement-lines';

describe('the IKU content', () => {
  it('covers twelve calendar months from the session day, in Copenhagen', () => {
    expect(planPeriod(Date.UTC(2026, 11, 2, 8, 30))).toBe('2. dec. 2026 – 1. dec. 2027');
    // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    expect(planPeriod(Date.UTC(2026, 11, 31, 23, 30))).toBe('1. jan. 2027 – 31. dec. 2027');
    expect(planPeriod(Date.UTC(2028, 1, 29, 9))).toBe('29. feb. 2028 – 28. feb. 2029');
  });

  it('holds the follow-up meetings by date, a bare date (older logs) without form or place', () => {
    const doc = buildIkuDocument({
      workplace: 'W',
      team: 'T',
      leader: 'L',
      employee: { id: 'e', name: 'E' },
      sessionAt: Date.UTC(2026, 11, 2, 8),
      agreements: [],
      followUps: [
        { at: Date.UTC(2027, 5, 2, 11), heldAt: null, form: 'oneToOne', place: ' Kontoret ' },
        { at: Date.UTC(2027, 2, 3, 12), heldAt: Date.UTC(2027, 2, 3, 12) },
      ],
    });
    expect(doc.followUps).toEqual([
      { at: Date.UTC(2027, 2, 3, 12), form: null, place: '' },
      { at: Date.UTC(2027, 5, 2, 11), form: 'oneToOne', place: 'Kontoret' },
    ]);
    expect(doc.followUps.map(followUpText)).toEqual([
      '3. mar. 2027 kl. 13.00, opfølgningsmøde',
      '2. jun. 2027 kl. 13.00, samtale mellem medarbejder og leder, Kontoret',
    ]);
  });
});
