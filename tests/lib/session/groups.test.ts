import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitGroups, splitPairs } from '../../../lib/session/groups';

const range = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

describe('group and pair split', () => {
  it.each(Array.from({ length: 39 }, (_, i) => i + 2))(
    '%i people: groups of 3–4 (or one small group), sizes within one, everyone once',
    (n) => {
      const groups = splitGroups(range(n), 42);
      const sizes = groups.map((g) => g.length);
      expect(groups.flat().sort()).toEqual(range(n).sort());
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      if (n < 3) expect(sizes).toEqual([n]);
      else expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
      if (n !== 5) expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    },
  );

  it('splits into pairs with one trio when the count is odd', () => {
    expect(
      splitPairs(range(9), 1)
        .map((p) => p.length)
        .sort(),
    ).toEqual([2, 2, 2, 3]);
    expect(splitPairs(range(8), 1).map((p) => p.length)).toEqual([2, 2, 2, 2]);
    expect(splitPairs(range(1), 1)).toEqual([['p0']]);
  });

  it('gives the same split for the same seed, and a different one for another seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 40 }), fc.integer(), (n, seed) => {
        expect(splitGroups(range(n), seed)).toEqual(splitGroups(range(n), seed));
      }),
    );
    expect(splitGroups(range(12), 1)).not.toEqual(splitGroups(range(12), 2));
  });
});

describe('agenda', () => {
  it('follows the seed: TUS med IKU 6 + 20 + 20 + 14 + 20 + 10 = 90 minutes; plain TUS ends with 15 for the team plan', async () => {
    const { AGENDA } = await import('../../../lib/session/agenda');
    expect(AGENDA['tus-iku'].map((p) => p.minutes)).toEqual([6, 20, 20, 14, 20, 10]);
    expect(AGENDA['tus-iku'].reduce((s, p) => s + p.minutes, 0)).toBe(90);
    expect(AGENDA.tus.at(-1)).toEqual({ id: 'wrapUp', minutes: 15, format: 'plenum' });
    expect(AGENDA.tus.reduce((s, p) => s + p.minutes, 0)).toBe(90);
  });
});
