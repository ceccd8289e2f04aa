import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type MessageKey, t } from '../../../lib/i18n';
import { KeyedError } from '../../../lib/i18n/message';
import { facilitationAdvice, PREPARATION_FIELDS, PREPARATION_MAX, preparationQuestions } from '../../../lib/session/guide';
import { leaderGuidePdf } from '../../../lib/session/leader-guide-pdf';
import { withAnswer } from '../../../lib/session/preparation';

const textOf = (bytes: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('the leader’s answers to the preparation questions', () => {
  it('carries the other answers along, trims, and leaves an emptied answer out', () => {
    expect(withAnswer(undefined, 'purpose', '  Fælles retning  ')).toEqual({ purpose: 'Fælles retning' });
    const current = { purpose: 'Fælles retning', roles: 'TR tager noter' };
    expect(withAnswer(current, 'outcome', 'Tre aftaler')).toEqual({
      purpose: 'Fælles retning',
      outcome: 'Tre aftaler',
      roles: 'TR tager noter',
    });
    expect(withAnswer(current, 'roles', '  ')).toEqual({ purpose: 'Fælles retning' });
  });

  it('says nothing changed when the text is the same (no event for a blur without an edit)', () => {
    expect(withAnswer({ purpose: 'Fælles retning' }, 'purpose', 'Fælles retning ')).toBeNull();
    expect(withAnswer(undefined, 'composition', '')).toBeNull();
  });

  it('refuses an answer over the limit and an unknown question', () => {
    expect(() => withAnswer(undefined, 'purpose', 'x'.repeat(PREPARATION_MAX + 1))).toThrow(KeyedError);
    expect(() => withAnswer(undefined, 'nope' as never, 'x')).toThrow(KeyedError);
  });
});

describe('the guide’s texts', () => {
  it('asks the seeds’ five questions in their order, for both variants', () => {
    for (const variant of ['tus-iku', 'tus'] as const) {
      const questions = preparationQuestions(variant);
      expect(questions.map((q) => q.field)).toEqual(PREPARATION_FIELDS);
      expect(t(questions[0]!.question)).toMatch(/formål/);
      expect(t(questions[4]!.question)).toMatch(/sammensat/);
      // The panel speaks the leader's language; every text has its English.
      expect(t(questions[0]!.question, {}, 'en')).toBe('What is the overall purpose of holding the conversation?');
    }
  });

  it('names TR, AMR and a trivselsmedarbejder, and in TUS med IKU a leader with personnel responsibility at the summary', () => {
    const say = (keys: readonly MessageKey[]) => keys.map((key) => t(key)).join(' ');
    const iku = say(facilitationAdvice('tus-iku'));
    for (const who of ['trivselsmedarbejder', 'TR', 'AMR']) expect(iku).toContain(who);
    expect(iku).toMatch(/leder med personaleansvar for teamet være til stede/);
    expect(say(facilitationAdvice('tus'))).not.toMatch(/personaleansvar/);
    expect(say(facilitationAdvice('tus'))).toMatch(/TRIO/);
  });
});

describe('the leader guide PDF', () => {
  it('prints the questions with the leader’s answers, lines for the rest, the roles, the ground rules, the agenda and the follow-up, in order', async () => {
    const pdf = await leaderGuidePdf({
      variant: 'tus-iku',
      team: 'Hjemmeplejen Nord',
      leader: 'Lene Leder',
      sessionAt: Date.UTC(2026, 11, 9, 8),
      answers: { purpose: 'Fælles retning for det nye år', roles: 'AMR tager noter' },
    });
    expect(pdf.replaced).toEqual([]);
    const text = textOf(pdf.bytes);
    const parts = [
      'Lederguide: forberedelse af TUS med IKU',
      'Team: Hjemmeplejen Nord',
      'Leder: Lene Leder',
      'Samtale: 9. dec. 2026',
      'Forbered dig grundigt',
      'Hvad er det overordnede formål med at holde samtalen? Fælles retning for det nye år',
      'Hvad vil du gerne have, at der kommer ud af samtalen?',
      '____',
      'AMR tager noter',
      'Hvem kan facilitere og tage noter',
      'leder med personaleansvar',
      'Spilleregler',
      'Der tales og lyttes på skift',
      'Fortrolighed',
      'Dagsorden',
      'Individuelt fokus: par (14 min., 7 til hver)',
      'Opfølgning',
    ];
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it('reports characters it cannot show, from the leader’s own words', async () => {
    const pdf = await leaderGuidePdf({ variant: 'tus', team: 'T', leader: '', sessionAt: null, answers: { outcome: 'Mål 🎯' } });
    expect(pdf.replaced).toContain('🎯');
    expect(textOf(pdf.bytes)).toContain('Lederguide: forberedelse af TUS-samtalen');
  });
});
