import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { buildInvitation } from '../../../lib/invitations/build';
import { cancellationOf } from '../../../lib/invitations/cancellation';
import { invitationData, listInvitationCycles } from '../../../lib/invitations/overlay-handlers';
import { parseReply } from '../../../lib/messaging/protocol-map';
import { setSetting } from '../../../lib/settings/store';
import { DAY, SESSION_AT } from '../../support/cycle-events';

let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`changed-invitation-${crypto.randomUUID()}`);
  await importDataset(db, {
    teams: [{ id: 't', name: 'Hjemmeplejen Øst', archived: 0, createdAt: 0 }],
    employees: [{ id: 'e1', teamId: 't', name: 'Åse Ærø', email: 'aase@randers.dk' }],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus', createdAt: 0, events: scriptEvents('tus', ['e1'], SESSION_AT, 'prepared') }],
  });
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers Kommune' });
});

const icsOf = async () => {
  const built = await buildInvitation((await invitationData(db, 'c'))!);
  if (!built.ok) throw new Error('not built');
  const file = built.files.find((f) => f.name.endsWith('.ics'))!;
  const vevent = new ICAL.Component(ICAL.parse(new TextDecoder().decode(file.bytes))).getFirstSubcomponent('vevent')!;
  return { subject: built.mail.subject, vevent };
};

describe('an invitation sent again after the session moved', () => {
  it('is not offered while nothing changed since the invitation', async () => {
    expect(await listInvitationCycles(db)).toEqual([]);
    expect(await invitationData(db, 'c')).toBeNull();
  });

  it('is offered when the time or place changed, says so, and updates the same booking (UID, SEQUENCE)', async () => {
    await appendEvent(db, 'c', {
      type: 'leader.updatePlan',
      at: SESSION_AT - DAY,
      plan: { sessionAt: SESSION_AT + 2 * DAY, place: 'Kantinen' },
    });
    const list = await listInvitationCycles(db);
    expect(list.map((c) => [c.cycleId, c.state])).toEqual([['c', 'changed']]);
    expect(parseReply('tus.overlay.list', list)).toEqual(list);
    const data = await invitationData(db, 'c');
    expect(parseReply('tus.overlay.invitationData', data)).toEqual(data);
    const { subject, vevent } = await icsOf();
    expect(subject.startsWith('Ændret: ')).toBe(true);
    expect(vevent.getFirstPropertyValue('uid')).toBe('c@tus-assistent');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
    expect(vevent.getFirstPropertyValue('location')).toBe('Kantinen');

    // A change that moves nothing (the same place again) adds no sequence.
    await appendEvent(db, 'c', { type: 'leader.updatePlan', at: SESSION_AT - DAY, plan: { place: 'Kantinen' } });
    expect((await icsOf()).vevent.getFirstPropertyValue('sequence')).toBe(1);
    await appendEvent(db, 'c', { type: 'leader.updatePlan', at: SESSION_AT - DAY, plan: { durationMin: 120 } });
    expect((await icsOf()).vevent.getFirstPropertyValue('sequence')).toBe(2);
  });
});

describe('a cycle cancelled after its invitation went out', () => {
  it('gives a calendar file that cancels the same booking, one SEQUENCE past the last invitation', async () => {
    expect(await cancellationOf(db, 'c', SESSION_AT - DAY)).toBeNull();
    await appendEvent(db, 'c', { type: 'leader.updatePlan', at: SESSION_AT - 3 * DAY, plan: { place: 'Kantinen' } });
    await appendEvent(db, 'c', { type: 'leader.cancelCycle', at: SESSION_AT - 2 * DAY, reason: 'Teamet er lagt sammen' });
    const file = await cancellationOf(db, 'c', SESSION_AT - DAY);
    if (!file?.ics.ok) throw new Error('no cancellation');
    const calendar = new ICAL.Component(ICAL.parse(file.ics.ics));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('uid')).toBe('c@tus-assistent');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    // Once the session's time has passed there is no booking left to remove.
    expect(await cancellationOf(db, 'c', SESSION_AT + DAY)).toBeNull();
  });
});
