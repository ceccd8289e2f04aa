// What the background's handlers return, parsed with the reply schemas the panels use: `tsc` checks
// the shapes, this checks the values (lengths, versions, message keys) on a real database.
import { beforeEach, describe, expect, it } from 'vitest';
import { markUploaded, pendingUploads, uploadFiles } from '../../../lib/consent/archive-handlers';
import { consentRequestData, listConsentRequests, markConsentRequested, matchReply, recordReply } from '../../../lib/consent/handlers';
import { TusDb } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { invitationData, listInvitationCycles } from '../../../lib/invitations/overlay-handlers';
import type { OpenMail } from '../../../lib/messaging/protocol';
import { parseReply } from '../../../lib/messaging/protocol-map';
import { setSetting } from '../../../lib/settings/store';
import { DEADLINE, SESSION_AT } from '../../support/cycle-events';
import { endSessionWithIkus, seedCycleInSession } from '../../support/iku-cycle';

let db: TusDb;
const people = [
  { id: 'e0', name: 'Åse Ærø', email: 'aase@randers.dk' },
  { id: 'e1', name: 'Bo Berg', email: 'bo@randers.dk' },
];
const NOW = DEADLINE + 5 * 86_400_000;
let token = '';
const mail = (text: string, from = 'aase@randers.dk'): OpenMail => ({
  from,
  fromProblem: null,
  subject: `SV: Din IKU til godkendelse [${token}]`,
  receivedAt: NOW - 1000,
  text,
  messageId: '<m1@randers.dk>',
});

beforeEach(async () => {
  db = new TusDb(`replies-${crypto.randomUUID()}`);
  const draft = scriptEvents('tus-iku', ['d0'], SESSION_AT + 30 * 86_400_000, 'draft');
  const rest = await seedCycleInSession(db, people, {
    teams: [{ id: 'u', name: 'Nord & Syd', archived: 0, createdAt: 0 }],
    employees: [{ id: 'd0', name: 'Dan Moe', email: 'dan@randers.dk', teamId: 'u' }],
    cycles: [{ id: 'd', teamId: 'u', variant: 'tus-iku', createdAt: 0, events: draft }],
  });
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers Kommune' });
  await endSessionWithIkus(db, people, rest);
  const data = await consentRequestData(db, 'c', 'e0');
  token = data!.token;
  expect(await markConsentRequested(db, 'c', 'e0', token, DEADLINE + 2)).toEqual({ ok: true });
});

describe('the handlers’ replies fit the schemas the panels parse them with', () => {
  it('invitations: the list and the data an invitation is built from', async () => {
    const list = await listInvitationCycles(db);
    expect(list.map((c) => c.cycleId)).toEqual(['d']);
    expect(parseReply('tus.overlay.list', list)).toEqual(list);
    const data = await invitationData(db, 'd');
    expect(data).not.toBeNull();
    expect(parseReply('tus.overlay.invitationData', data)).toEqual(data);
  });

  it('consent: the requests, a request mail with its PDF, and a refused write as a message key', async () => {
    const items = await listConsentRequests(db);
    expect(items).toHaveLength(2);
    expect(parseReply('tus.overlay.consentRequests', items)).toEqual(items);
    const data = await consentRequestData(db, 'c', 'e1');
    expect(data?.mail.attachments).toHaveLength(1);
    expect(parseReply('tus.overlay.consentRequestData', data)).toEqual(data);
    const refused = await markConsentRequested(db, 'no-such-cycle', 'e1', token, NOW);
    expect(refused.ok).toBe(false);
    expect(parseReply('tus.overlay.markConsentRequested', refused)).toEqual(refused);
  });

  it('the reply in the open mail: whether the leader may read it as approval, as recordReply decides', async () => {
    const worded = await matchReply(db, mail('Ja, det er fint.'));
    expect(worded).toMatchObject({ found: true, leaderMayRead: true });
    expect(parseReply('tus.overlay.consentCandidate', worded)).toEqual(worded);

    // An auto-reply, a reply that only quotes the request, and a condition: never read as approval.
    for (const text of ['Jeg er ikke på kontoret før mandag.', '\n\n> Jeg godkender min IKU version 1.', 'Ok, men punkt 2 skal ændres.']) {
      const candidate = await matchReply(db, mail(text));
      expect(candidate).toMatchObject({ found: true, leaderMayRead: false });
      expect(await recordReply(db, mail(text), 'leaderReading', NOW, 1)).toEqual({ ok: false, error: { key: 'consent.error.unreadable' } });
    }
    const refused = await recordReply(db, mail('Jeg godkender min IKU version 1.', 'mallory@evil.example'), 'approval', NOW);
    expect(parseReply('tus.overlay.recordReply', refused)).toEqual(refused);
  });

  it('the personnel file: what is pending, the files with the receipt, and a mark', async () => {
    expect(await recordReply(db, mail('Jeg godkender min IKU version 1.'), 'approval', NOW)).toEqual({ ok: true, recorded: 'consent' });
    const pending = await pendingUploads(db);
    expect(pending.map((p) => p.employeeId)).toEqual(['e0']);
    expect(parseReply('tus.personnel.pending', pending)).toEqual(pending);
    const files = await uploadFiles(db, 'c', 'e0');
    expect(files?.receipt.evidence.channel).toBe('mail');
    expect(parseReply('tus.personnel.files', files)).toEqual(files);
    const marked = await markUploaded(db, 'c', 'e0', 'ikuFiled', NOW + 1);
    expect(parseReply('tus.personnel.mark', marked)).toEqual({ ok: true });
  });
});
