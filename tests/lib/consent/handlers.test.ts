import { beforeEach, describe, expect, it } from 'vitest';
import { consentRequestData, markConsentRequested, matchReply, recordReply } from '../../../lib/consent/handlers';
import { appendEvent, loadCycle } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { type OpenMail, parseOverlayRequest } from '../../../lib/messaging/protocol';
import { setSetting } from '../../../lib/settings/store';
import { ikuOf } from '../../../machines/cycle.machine';
import { DEADLINE } from '../../support/cycle-events';
import { endSessionWithIkus, seedCycleInSession } from '../../support/iku-cycle';

let db: TusDb;
// Åse's address has a Danish letter, stored composed (NFC) as typed; å decomposes to a + ring.
const people = [
  { id: 'e0', name: 'Åse Ærø', email: 'åse@randers.dk' },
  { id: 'e1', name: 'Bo Berg', email: 'bo@randers.dk' },
  { id: 'e2', name: 'Bente Holm', email: 'bente@randers.dk' },
];
const NOW = DEADLINE + 5 * 86_400_000;
/** Bytes that makeToken turns into a known code: [0,0,0,0] → 2222, [1,1,1,1] → 3333. */
const bytes = (...codes: number[][]) => {
  let i = 0;
  return () => new Uint8Array(codes[Math.min(i++, codes.length - 1)]!);
};
const tokens: Record<string, string> = {};

const mail = (over: Partial<OpenMail> & { token?: string } = {}): OpenMail => {
  const { token = tokens.e0, ...rest } = over;
  return {
    from: 'åse@randers.dk',
    fromProblem: null,
    subject: `SV: Din IKU til godkendelse [${token}]`,
    receivedAt: NOW - 1000,
    text: 'Jeg godkender min IKU version 1.',
    messageId: '<m1@randers.dk>',
    ...rest,
  };
};
const ikuState = async (employeeId: string) => ikuOf((await loadCycle(db, 'c')).snapshot.context, employeeId)!;

beforeEach(async () => {
  db = new TusDb(`consent-${crypto.randomUUID()}`);
  const rest = await seedCycleInSession(db, people);
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers Kommune' });
  // The sheet is written during the session, then the session ends.
  await endSessionWithIkus(db, people, rest);
  // Åse's request goes out with IKU-2026-2222.
  const data = await consentRequestData(db, 'c', 'e0', bytes([0, 0, 0, 0]));
  tokens.e0 = data!.token;
  expect(await markConsentRequested(db, 'c', 'e0', tokens.e0, DEADLINE + 2)).toEqual({ ok: true });
});

describe('the consent request token', () => {
  it('is regenerated when any request ever made has it, superseded ones included', async () => {
    expect(tokens.e0).toBe('IKU-2026-2222');
    // Bo's first request had 3333, then a reminder went out with 4444: 3333 is only in the log now.
    await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId: 'e1', at: DEADLINE + 3, token: 'IKU-2026-3333' });
    await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId: 'e1', at: DEADLINE + 4, token: 'IKU-2026-4444' });
    expect((await ikuState('e1')).context.requestToken).toBe('IKU-2026-4444');
    const data = await consentRequestData(db, 'c', 'e2', bytes([0, 0, 0, 0], [1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]));
    expect(data!.token).toBe('IKU-2026-5555');
    expect(data!.mail.subject).toBe('Din IKU til godkendelse [IKU-2026-5555]');
  });

  it('is refused, with a Danish message, when every try is taken', async () => {
    await expect(consentRequestData(db, 'c', 'e2', bytes([0, 0, 0, 0]))).rejects.toThrow(/unik IKU-reference/);
  });
});

describe('matching a reply to its request', () => {
  it('matches the token only as a whole token, and not when the subject has several', async () => {
    // Issue 19: a subject without a whole token is a mail without the reference; from Åse, whose
    // request is the only one open for her address, it is matched by sender, and says so.
    for (const subject of ['SV: Din IKU til godkendelse [XIKU-2026-2222Z]', 'SV: IKU-2026-2222A']) {
      expect(await matchReply(db, mail({ subject }))).toMatchObject({ found: true, employeeId: 'e0', matchedBy: 'sender' });
      expect(await matchReply(db, mail({ subject, from: 'mallory@evil.example' }))).toEqual({
        found: false,
        reason: { key: 'consent.error.noToken' },
      });
    }
    expect(await matchReply(db, mail({ subject: 'SV: IKU-2026-2222 tak' }))).toMatchObject({
      found: true,
      employeeId: 'e0',
      refusal: null,
    });
    expect(await matchReply(db, mail({ subject: 'SV: [IKU-2026-2222] [IKU-2026-3333]' }))).toEqual({
      found: false,
      reason: { key: 'consent.error.severalTokens', params: { tokens: 'IKU-2026-2222, IKU-2026-3333' } },
    });
    expect(await matchReply(db, mail({ token: 'IKU-2026-9999' }))).toEqual({
      found: false,
      reason: { key: 'consent.error.unknownToken', params: { token: 'IKU-2026-9999' } },
    });
  });

  it.each([
    ['none', 'consent.from.none'],
    ['several', 'consent.from.several'],
    ['confusable', 'consent.from.confusable'],
  ] as const)('refuses a sender the page could not read for certain (%s), and records nothing', async (problem, key) => {
    // Even with the employee's own address beside it: the adapter said it is not certain.
    const m = mail({ fromProblem: problem });
    expect(await matchReply(db, m)).toMatchObject({ found: true, refusal: { key } });
    for (const choice of ['approval', 'changes', 'leaderReading'] as const) {
      expect(await recordReply(db, m, choice, NOW, 1)).toEqual({ ok: false, error: { key } });
    }
    expect((await ikuState('e0')).value).toBe('consentRequested');
  });

  it('refuses an empty sender and another address, naming both addresses', async () => {
    expect(await matchReply(db, mail({ from: '' }))).toMatchObject({ refusal: { key: 'consent.from.none' } });
    expect(await matchReply(db, mail({ from: 'ase@randers.dk' }))).toMatchObject({
      refusal: { key: 'consent.from.other', params: { from: 'ase@randers.dk', expected: 'åse@randers.dk' } },
    });
    expect(await recordReply(db, mail({ from: 'fremmed@example.com' }), 'approval', NOW)).toMatchObject({
      ok: false,
      error: { key: 'consent.from.other' },
    });
    expect((await ikuState('e0')).value).toBe('consentRequested');
  });

  it('compares the sender after NFC and lower case, both ways', async () => {
    // "Å" decomposed (A + combining ring) and in capitals is still Åse's address.
    const decomposed = 'ÅSE@Randers.DK'.normalize('NFD');
    expect(decomposed).not.toBe('ÅSE@Randers.DK');
    expect(await matchReply(db, mail({ from: decomposed }))).toMatchObject({ found: true, from: 'åse@randers.dk', refusal: null });
    // An address stored decomposed (an old import) matches a composed sender too.
    await db.employees.update('e0', { email: 'åse@randers.dk'.normalize('NFD') });
    expect(await matchReply(db, mail({ from: 'Åse@randers.dk' }))).toMatchObject({ refusal: null });
  });
});

describe('recording a reply', () => {
  it('records nothing when the page now shows another message than the panel showed (issue 19)', async () => {
    const shown = await matchReply(db, mail());
    if (!shown.found) throw new Error('expected a reply');
    // The leader opened another mail between showing and clicking: another id, other words.
    const other = mail({ messageId: '<m2@randers.dk>', text: 'Jeg vil gerne have ændringer.' });
    expect(await recordReply(db, other, 'approval', NOW, undefined, shown.mailKey)).toEqual({
      ok: false,
      error: { key: 'consent.error.mailChanged' },
    });
    expect((await ikuState('e0')).value).toBe('consentRequested');
    // The same message as shown records.
    expect(await recordReply(db, mail(), 'approval', NOW, undefined, shown.mailKey)).toEqual({ ok: true, recorded: 'consent' });
  });

  it('records a reply without the reference from the one employee with an open request, matched by sender', async () => {
    const m = mail({ subject: 'SV: min IKU' });
    expect(await matchReply(db, m)).toMatchObject({ found: true, employeeId: 'e0', matchedBy: 'sender', refusal: null });
    expect(await recordReply(db, m, 'approval', NOW)).toEqual({ ok: true, recorded: 'consent' });
    expect((await ikuState('e0')).context.consent?.evidence).toMatchObject({ subject: 'SV: min IKU' });
  });

  it('records the explicit approval sentence as consent, reading "explicit", with the own words only', async () => {
    const m = mail({
      text: 'Hej Lene\n\nJeg godkender min IKU version 1.\n\nMvh Åse\n\n-----Oprindelig meddelelse-----\nFra: Lene\nGodkender du den, så svar …',
    });
    expect(await recordReply(db, m, 'approval', NOW)).toEqual({ ok: true, recorded: 'consent' });
    const iku = await ikuState('e0');
    expect(iku.value).toBe('consented');
    expect(iku.context.consent).toMatchObject({
      version: 1,
      hash: iku.context.hash,
      evidence: {
        channel: 'mail',
        reading: 'explicit',
        from: 'åse@randers.dk',
        messageId: '<m1@randers.dk>',
        text: 'Hej Lene\n\nJeg godkender min IKU version 1.\n\nMvh Åse',
      },
    });
    // Once recorded, the same mail is not offered again.
    expect(await matchReply(db, m)).toMatchObject({ refusal: { key: 'consent.error.notWaiting' } });
  });

  it('refuses "approval" when the text is not the explicit sentence, whatever the panel sent', async () => {
    for (const text of [
      'Jeg er ikke enig i punkt 2, ellers ok.',
      'Ja, det er fint.',
      'Jeg godkender min IKU version 2.',
      '> Jeg godkender min IKU version 1.',
    ]) {
      expect(await recordReply(db, mail({ text }), 'approval', NOW)).toEqual({
        ok: false,
        error: { key: 'consent.error.notExplicit', params: { version: 1 } },
      });
    }
    expect((await ikuState('e0')).value).toBe('consentRequested');
  });

  it('records a wish for changes with the employee’s words, for any reply', async () => {
    const text = 'Jeg er ikke enig i punkt 2, ellers ok.';
    const candidate = await matchReply(db, mail({ text }));
    expect(candidate).toMatchObject({ found: true, refusal: null, reading: { approval: false, reason: 'refusal', ownWords: text } });
    expect(await recordReply(db, mail({ text: `${text}\n\n> Jeg godkender min IKU version 1.` }), 'changes', NOW)).toEqual({
      ok: true,
      recorded: 'changes',
    });
    const iku = await ikuState('e0');
    expect(iku.value).toBe('changesRequested');
    expect(iku.context.changesNote).toBe(text);
    expect(iku.context.consent).toBeNull();
  });

  it('never records a refusal, a condition, a question or another version as the leader’s reading', async () => {
    for (const text of [
      'Nej, jeg godkender ikke.',
      'Ok, men datoen er forkert.',
      'Godkender jeg ved at skrive ok?',
      'Jeg godkender min IKU version 2.',
    ]) {
      const answer = await recordReply(db, mail({ text }), 'leaderReading', NOW, 1);
      expect(answer.ok, text).toBe(false);
    }
    expect((await ikuState('e0')).context.consent).toBeNull();
  });

  it('records the leader’s reading of a differently worded reply as approval, reading "leader", with the text', async () => {
    const text = 'Ja, det er fint. Tak for i dag.';
    expect(await recordReply(db, mail({ text }), 'leaderReading', NOW, 1)).toEqual({ ok: true, recorded: 'consent' });
    const iku = await ikuState('e0');
    expect(iku.value).toBe('consented');
    expect(iku.context.consent?.evidence).toMatchObject({ channel: 'mail', reading: 'leader', from: 'åse@randers.dk', text });
  });

  it('takes the leader’s reading only for the version the leader confirmed, and never of an auto-reply or an empty reply', async () => {
    expect(await recordReply(db, mail({ text: 'Ja.' }), 'leaderReading', NOW)).toEqual({
      ok: false,
      error: { key: 'consent.error.versionChanged', params: { version: 1 } },
    });
    expect(await recordReply(db, mail({ text: 'Ja.' }), 'leaderReading', NOW, 2)).toEqual({
      ok: false,
      error: { key: 'consent.error.versionChanged', params: { version: 1 } },
    });
    expect(await recordReply(db, mail({ text: 'Jeg er ikke på kontoret før mandag.' }), 'leaderReading', NOW, 1)).toEqual({
      ok: false,
      error: { key: 'consent.error.unreadable' },
    });
    // Nothing of their own, only the request quoted back: nothing to read.
    expect(await recordReply(db, mail({ text: '   ' }), 'leaderReading', NOW, 1)).toEqual({
      ok: false,
      error: { key: 'consent.error.unreadable' },
    });
    expect(await recordReply(db, mail({ text: '\n\n> Jeg godkender min IKU version 1.' }), 'leaderReading', NOW, 1)).toEqual({
      ok: false,
      error: { key: 'consent.error.unreadable' },
    });
    expect((await ikuState('e0')).value).toBe('consentRequested');
    // "Ok" above the quoted sentence is the employee's word, which the leader may read as approval.
    expect(await recordReply(db, mail({ text: 'Ok\n\n> Jeg godkender min IKU version 1.' }), 'leaderReading', NOW, 1)).toEqual({
      ok: true,
      recorded: 'consent',
    });
    expect((await ikuState('e0')).context.consent?.evidence).toMatchObject({ reading: 'leader', text: 'Ok' });
  });
});

describe('the record request from the panel', () => {
  it('must say what the leader chose, from three choices', () => {
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply' })).toBeNull();
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply', choice: 'consent' })).toBeNull();
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply', choice: 'leaderReading', version: 0 })).toBeNull();
    const mailKey = 'a'.repeat(64);
    // Issue 19: the click carries the key of the message the panel showed.
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply', choice: 'approval' })).toBeNull();
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply', choice: 'approval', mailKey: 'x' })).toBeNull();
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply', choice: 'approval', mailKey })).toEqual({
      type: 'tus.overlay.recordReply',
      choice: 'approval',
      mailKey,
    });
    expect(parseOverlayRequest({ type: 'tus.overlay.recordReply', choice: 'leaderReading', version: 2, mailKey })).toEqual({
      type: 'tus.overlay.recordReply',
      choice: 'leaderReading',
      version: 2,
      mailKey,
    });
  });
});
