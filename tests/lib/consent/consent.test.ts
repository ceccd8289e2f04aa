import { describe, expect, it } from 'vitest';
import { classifyReply, ownWords } from '../../../lib/consent/classify';
import { findToken, makeToken } from '../../../lib/consent/token';

describe('consent reference token', () => {
  it('is made from random bytes without ambiguous letters, and found again in a reply subject', () => {
    const token = makeToken(2026, new Uint8Array([0, 31, 7, 200]));
    expect(token).toMatch(/^IKU-2026-[2-9A-HJ-NP-Z]{4}$/);
    expect(findToken(`SV: Din IKU til godkendelse [${token}]`)).toBe(token);
    expect(findToken(`RE: Fwd: din iku [${token.toLowerCase()}]`)).toBe(token);
    expect(findToken('SV: Din IKU til godkendelse')).toBeNull();
  });
});

describe('reply classification', () => {
  it.each([
    ['Jeg godkender min IKU version 1.', 'consent'],
    ['Ja, det er i orden.', 'consent'],
    ['Godkendt 👍', 'consent'],
    ['Jeg godkender ikke punkt 2 – kan vi ændre det?', 'changes'],
    ['Nej, der mangler mit kursus.', 'changes'],
    ['Kan du rette datoen?', 'changes'],
    ['Hej Lene, tak for i dag.', 'changes'],
    ['Jeg godkender.\n\nFra: Lene\nSendt: …\nKan du rette det hvis noget er forkert?', 'consent'],
  ])('%s → %s', (text, kind) => {
    expect(classifyReply(text)).toBe(kind);
  });

  it('reads only the reply, not the quoted request below it', () => {
    expect(ownWords('OK\n> Svar venligst: Jeg godkender min IKU')).toBe('OK');
  });
});
