import { describe, expect, it } from 'vitest';
import { createClient, type Send } from '../../../lib/messaging/client';
import { parseReply } from '../../../lib/messaging/protocol-map';

/** A client whose "background" answers with `reply` (or throws it), recording what was sent. */
function clientAnswering(reply: unknown, { fail = false } = {}) {
  const sent: unknown[] = [];
  const send: Send = async (message) => {
    sent.push(message);
    if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
    return reply;
  };
  return { request: createClient(send), sent };
}

const cycle = { cycleId: 'c1', teamName: 'Hjemmeplejen Øst', variant: 'tus-iku', sessionAt: 1_800_000_000_000, state: 'draft' };

describe('the typed client', () => {
  it('sends the request as it is and resolves to the reply parsed with its schema', async () => {
    const { request, sent } = clientAnswering([{ ...cycle, extra: 'not in the schema' }]);
    expect(await request({ type: 'tus.overlay.list' })).toEqual([cycle]);
    expect(sent).toEqual([{ type: 'tus.overlay.list' }]);
  });

  it('rejects a reply that fails its schema: null, not a cast', async () => {
    expect(await clientAnswering([{ ...cycle, sessionAt: '2027-01-15' }]).request({ type: 'tus.overlay.list' })).toBeNull();
    expect(await clientAnswering([{ ...cycle, state: 'archived' }]).request({ type: 'tus.overlay.list' })).toBeNull();
    expect(await clientAnswering({ ok: 'yes' }).request({ type: 'tus.overlay.markSent', cycleId: 'c1' })).toBeNull();
  });

  it('rejects the reply of another request: each type is parsed with its own schema', async () => {
    // A RecordResult is a fine reply to recordReply and no reply at all to consentCandidate.
    const recorded = { ok: true, recorded: 'consent' };
    expect(
      await clientAnswering(recorded).request({ type: 'tus.overlay.recordReply', choice: 'approval', mailKey: 'a'.repeat(64) }),
    ).toEqual(recorded);
    expect(await clientAnswering(recorded).request({ type: 'tus.overlay.consentCandidate' })).toBeNull();
  });

  it('rejects a message key the catalog does not have, which the panel could not translate', async () => {
    const { request } = clientAnswering({ ok: false, error: { key: 'consent.error.noSuchKey' } });
    expect(await request({ type: 'tus.overlay.recordReply', choice: 'approval', mailKey: 'a'.repeat(64) })).toBeNull();
    const known = { ok: false, error: { key: 'consent.error.notExplicit', params: { version: 2 } } };
    expect(await clientAnswering(known).request({ type: 'tus.overlay.recordReply', choice: 'approval', mailKey: 'a'.repeat(64) })).toEqual(
      known,
    );
  });

  it('turns a refusal (the router answers a frame it does not trust with null) and a failed send into null', async () => {
    expect(await clientAnswering(null).request({ type: 'tus.personnel.pending' })).toBeNull();
    expect(await clientAnswering(undefined).request({ type: 'tus.panel.claim', nonce: '0'.repeat(32) })).toBeNull();
    expect(await clientAnswering([], { fail: true }).request({ type: 'tus.personnel.pending' })).toBeNull();
  });

  it('keeps a reply that is null by its schema (the cycle no longer waits for an invitation)', async () => {
    expect(await clientAnswering(null).request({ type: 'tus.overlay.invitationData', cycleId: 'c1' })).toBeNull();
    expect(await clientAnswering(true).request({ type: 'tus.panel.claim', nonce: '0'.repeat(32) })).toBe(true);
    expect(await clientAnswering('true').request({ type: 'tus.panel.claim', nonce: '0'.repeat(32) })).toBeNull();
  });
});

describe('the fill response from the content script', () => {
  const filled = {
    ok: false,
    to: true,
    subject: true,
    body: false,
    attached: [],
    notAttached: ['IKU.pdf'],
    problems: [{ key: 'fill.noBody' }],
  };

  it('carries its problems as message keys', () => {
    expect(parseReply('tus.fillCompose', filled)).toEqual(filled);
  });

  it('is refused with problems as finished sentences (the old form) or with an unknown key', () => {
    expect(parseReply('tus.fillCompose', { ...filled, problems: ['Brevteksten kunne ikke indsættes.'] })).toBeNull();
    expect(parseReply('tus.fillCompose', { ...filled, problems: [{ key: 'fill.nope' }] })).toBeNull();
  });
});

describe('the consent candidate', () => {
  const found = {
    found: true,
    cycleId: 'c',
    employeeId: 'e0',
    employeeName: 'Åse Ærø',
    version: 1,
    hash: 'h',
    from: 'ase@randers.dk',
    subject: 'SV: Din IKU til godkendelse [IKU-2026-2222]',
    reading: { approval: false, reason: 'condition', ownWords: 'Ja, men …' },
    leaderMayRead: true,
    sentence: 'Jeg godkender min IKU version 1.',
    refusal: null,
    matchedBy: 'reference' as const,
    mailKey: 'b'.repeat(64),
    receivedAt: null,
  };

  it('parses a found reply and a not-found reason', () => {
    expect(parseReply('tus.overlay.consentCandidate', found)).toEqual(found);
    expect(parseReply('tus.overlay.consentCandidate', { found: false, reason: { key: 'consent.error.noToken' } })).toEqual({
      found: false,
      reason: { key: 'consent.error.noToken' },
    });
  });

  it('refuses a reading with a reason the panel has no words for, or an approval without its flag', () => {
    expect(
      parseReply('tus.overlay.consentCandidate', { ...found, reading: { approval: false, reason: 'maybe', ownWords: '' } }),
    ).toBeNull();
    expect(parseReply('tus.overlay.consentCandidate', { ...found, reading: { approval: 'true', ownWords: '' } })).toBeNull();
    const { leaderMayRead: _, ...withoutFlag } = found;
    expect(parseReply('tus.overlay.consentCandidate', withoutFlag)).toBeNull();
  });
});
