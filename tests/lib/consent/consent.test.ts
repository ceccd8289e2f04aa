import { describe, expect, it } from 'vitest';
import { findToken, findTokens, makeToken } from '../../../lib/consent/token';

// The reply classification's table that was here (it read "Ja, det er i orden." and "Godkendt 👍" as
// consent) moved to classify.test.ts and its corpus: only the explicit sentence is approval now.

describe('consent reference token', () => {
  it('is made from random bytes without ambiguous letters, and found again in a reply subject', () => {
    const token = makeToken(2026, new Uint8Array([0, 31, 7, 200]));
    expect(token).toMatch(/^IKU-2026-[2-9A-HJ-NP-Z]{4}$/);
    expect(findToken(`SV: Din IKU til godkendelse [${token}]`)).toBe(token);
    expect(findToken(`RE: Fwd: din iku [${token.toLowerCase()}]`)).toBe(token);
    expect(findToken('SV: Din IKU til godkendelse')).toBeNull();
  });

  it('is matched only as a whole token', () => {
    expect(findToken('SV: Din IKU til godkendelse [IKU-2026-7F3K]')).toBe('IKU-2026-7F3K');
    expect(findToken('IKU-2026-7F3K')).toBe('IKU-2026-7F3K');
    expect(findToken('SV: IKU-2026-7F3K, tak')).toBe('IKU-2026-7F3K');
    expect(findToken('(IKU-2026-7F3K)')).toBe('IKU-2026-7F3K');
    for (const subject of [
      'SV: [XIKU-2026-7F3KZ]',
      'SV: IKU-2026-7F3KA',
      'SV: XIKU-2026-7F3K',
      'SV: IKU-2026-7F3K-2',
      'SV: IKU-2026-7F3K7',
      'SV: 1IKU-2026-7F3K',
      'SV: ÆIKU-2026-7F3K',
      'SV: IKU-2026-7F3KØ',
    ]) {
      expect(findToken(subject), subject).toBeNull();
    }
    // The Kelvin sign looks like K but is not one.
    expect(findToken('IKU-2026-7F3\u212A')).toBeNull();
  });

  it('finds several distinct tokens, so an ambiguous subject is not matched to one of them', () => {
    expect(findTokens('[IKU-2026-7F3K] [iku-2026-7f3k]')).toEqual(['IKU-2026-7F3K']);
    expect(findTokens('[IKU-2026-7F3K] [IKU-2026-AAAA]')).toEqual(['IKU-2026-7F3K', 'IKU-2026-AAAA']);
    expect(findToken('[IKU-2026-7F3K] [IKU-2026-AAAA]')).toBeNull();
  });
});
