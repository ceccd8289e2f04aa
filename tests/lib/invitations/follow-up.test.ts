import ICAL from 'ical.js';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../lib/cycles/store';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { buildFollowUpInvitation } from '../../../lib/invitations/follow-up-mail';
import { followUpInvitationData, listFollowUpMeetings } from '../../../lib/invitations/overlay-handlers';
import { FollowUpInvitationInput } from '../../../lib/messaging/replies';
import { setSetting } from '../../../lib/settings/store';

const DAY = 86_400_000;
const SESSION = zonedToEpoch('2027-01-13', '09:00');
const FIRST = zonedToEpoch('2027-03-10', '14:00');
const SECOND = zonedToEpoch('2027-06-09', '08:30');

let db: TusDb;

beforeEach(async () => {
  db = new TusDb(`follow-up-${crypto.randomUUID()}`);
  await importDataset(db, {
    teams: [{ id: 't', name: 'Team "Nord"; Øst', archived: 0, createdAt: 0 }],
    employees: [
      { id: 'a', teamId: 't', name: 'Anne "Nanna" Holm', email: 'anne@randers.dk' },
      { id: 'b', teamId: 't', name: 'Bo, Berg', email: 'bo@randers.dk' },
    ],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus', createdAt: 0, events: scriptEvents('tus', ['a', 'b'], SESSION, 'teamPlan') }],
  });
  await setSetting(db, 'leader', { name: 'Lene Leder', email: 'lene@randers.dk', workplace: 'Randers' });
  await db.agreements.bulkAdd([
    {
      id: 'g1',
      cycleId: 'c',
      employeeId: null,
      text: 'Sparring hver fredag',
      owner: 'Alle',
      due: '',
      createdAt: SESSION,
      updatedAt: SESSION,
    },
    { id: 'g2', cycleId: 'c', employeeId: null, text: 'Fælles kursus', owner: 'Alle', due: '', createdAt: SESSION + 1, updatedAt: SESSION },
    {
      id: 'i1',
      cycleId: 'c',
      employeeId: 'a',
      text: 'Anne: kursus i forflytning',
      owner: '',
      due: '',
      createdAt: SESSION + 2,
      updatedAt: SESSION,
    },
  ]);
  await appendEvent(db, 'c', {
    type: 'leader.planFollowUp',
    at: SESSION + DAY,
    meeting: { at: SECOND, form: 'staffMeeting', place: 'Kantinen' },
  });
  await appendEvent(db, 'c', {
    type: 'leader.planFollowUp',
    at: SESSION + DAY,
    meeting: { at: FIRST, form: 'teamMeeting', place: 'Mødelokale 2, Rådhuset' },
  });
  await appendEvent(db, 'c', {
    type: 'leader.markAgreement',
    at: SESSION + 2 * DAY,
    agreementId: 'g2',
    status: 'dropped',
    note: 'Intet budget',
  });
});
afterEach(() => db.close());

describe('follow-up invitations through the webmail panel', () => {
  it('lists the meetings not yet held, soonest first, until half a day after', async () => {
    const list = await listFollowUpMeetings(db, SESSION + 2 * DAY);
    expect(list.map((m) => [m.meeting.at, m.meeting.form, m.meeting.place])).toEqual([
      [FIRST, 'teamMeeting', 'Mødelokale 2, Rådhuset'],
      [SECOND, 'staffMeeting', 'Kantinen'],
    ]);
    expect(list[0]!.teamName).toBe('Team "Nord"; Øst');
    expect((await listFollowUpMeetings(db, FIRST + 11 * 3_600_000)).map((m) => m.meeting.at)).toEqual([FIRST, SECOND]);
    expect((await listFollowUpMeetings(db, FIRST + 13 * 3_600_000)).map((m) => m.meeting.at)).toEqual([SECOND]);
    await appendEvent(db, 'c', { type: 'leader.recordFollowUp', at: FIRST + DAY, index: 0 });
    expect((await listFollowUpMeetings(db, FIRST)).map((m) => m.meeting.at)).toEqual([SECOND]);
  });

  it("gives one meeting's data: the team, the leader, the team's agreements not dropped; none for a held or unknown meeting", async () => {
    const data = await followUpInvitationData(db, 'c', FIRST);
    expect(v.safeParse(FollowUpInvitationInput, data).success).toBe(true);
    expect(data).toEqual({
      cycleId: 'c',
      teamName: 'Team "Nord"; Øst',
      meeting: { at: FIRST, form: 'teamMeeting', place: 'Mødelokale 2, Rådhuset' },
      employees: [
        { name: 'Anne "Nanna" Holm', email: 'anne@randers.dk' },
        { name: 'Bo, Berg', email: 'bo@randers.dk' },
      ],
      leader: { name: 'Lene Leder', email: 'lene@randers.dk' },
      teamAgreements: ['Sparring hver fredag'],
      ownAgreements: [],
    });
    expect(await followUpInvitationData(db, 'c', FIRST + 1)).toBeNull();
    await appendEvent(db, 'c', { type: 'leader.recordFollowUp', at: FIRST + DAY, index: 0 });
    expect(await followUpInvitationData(db, 'c', FIRST)).toBeNull();
  });

  it('builds the mail and a calendar file that parses back with the meeting', async () => {
    const data = (await followUpInvitationData(db, 'c', FIRST))!;
    const built = buildFollowUpInvitation(data);
    if (!built.ok) throw new Error(built.error);
    expect(built.mail.to).toEqual(['anne@randers.dk', 'bo@randers.dk']);
    expect(built.mail.subject).toBe('Opfølgning på TUS – Team "Nord"; Øst, onsdag den 10. marts 2027');
    const text = built.mail.body.map((b) => (b.kind === 'ul' ? b.items.join('\n') : b.text)).join('\n');
    expect(text).toContain('teammøde onsdag den 10. marts 2027 kl. 14.00, Mødelokale 2, Rådhuset');
    expect(text).toContain('Sparring hver fredag');
    expect(text).not.toContain('Fælles kursus');
    expect(text).not.toContain('forflytning');
    expect(text).toContain('Lene Leder');
    expect(built.files).toHaveLength(1);
    const file = built.files[0]!;
    expect(file.type).toBe('text/calendar');
    expect(file.name).toBe('Opfølgning_Team_Nord_;_Øst_2027-03-10.ics');
    const vevent = new ICAL.Component(ICAL.parse(new TextDecoder().decode(file.bytes))).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().getTime()).toBe(FIRST);
    expect(event.endDate.toJSDate().getTime() - FIRST).toBe(60 * 60_000);
    expect(event.summary).toBe('Opfølgning på TUS – Team "Nord"; Øst');
    expect(event.location).toBe('Mødelokale 2, Rådhuset');
    expect(event.uid).toBe(`c-opfoelgning-${FIRST}@tus-assistent`);
    expect(vevent.getAllProperties('attendee').map((a) => a.getParameter('cn'))).toEqual(["Anne 'Nanna' Holm", 'Bo, Berg']);
  });
});

describe('a one-to-one', () => {
  const THIRD = zonedToEpoch('2027-09-01', '10:00');

  it('invites its employee alone, with the team’s agreements and their own', async () => {
    await appendEvent(db, 'c', {
      type: 'leader.planFollowUp',
      at: SESSION + DAY,
      meeting: { at: THIRD, form: 'oneToOne', place: 'Mit kontor', employeeId: 'a' },
    });
    const list = await listFollowUpMeetings(db, SESSION + 2 * DAY);
    expect(list.map((m) => [m.meeting.at, m.employeeName ?? null])).toEqual([
      [FIRST, null],
      [SECOND, null],
      [THIRD, 'Anne "Nanna" Holm'],
    ]);
    const data = await followUpInvitationData(db, 'c', THIRD);
    expect(v.safeParse(FollowUpInvitationInput, data).success).toBe(true);
    expect(data).toMatchObject({
      employees: [{ name: 'Anne "Nanna" Holm', email: 'anne@randers.dk' }],
      teamAgreements: ['Sparring hver fredag'],
      ownAgreements: ['Anne: kursus i forflytning'],
    });
    const built = buildFollowUpInvitation(data!);
    if (!built.ok) throw new Error(built.error);
    expect(built.mail.to).toEqual(['anne@randers.dk']);
    const text = built.mail.body.map((b) => (b.kind === 'ul' ? b.items.join('\n') : b.text)).join('\n');
    expect(text).toContain('Kære Anne "Nanna" Holm');
    expect(text).toContain('samtale mellem leder og medarbejder onsdag den 1. september 2027 kl. 10.00, Mit kontor');
    expect(text).toContain('Dine egne aftaler\nAnne: kursus i forflytning');
    const vevent = new ICAL.Component(ICAL.parse(new TextDecoder().decode(built.files[0]!.bytes))).getFirstSubcomponent('vevent')!;
    expect(vevent.getAllProperties('attendee').map((a) => a.getParameter('cn'))).toEqual(["Anne 'Nanna' Holm"]);

    // Bo's own agreements never reach Anne, nor hers a team meeting's mail.
    const team = buildFollowUpInvitation((await followUpInvitationData(db, 'c', FIRST))!);
    if (!team.ok) throw new Error(team.error);
    expect(team.mail.body.map((b) => (b.kind === 'ul' ? b.items.join('\n') : b.text)).join('\n')).not.toContain('forflytning');
  });

  it('offers nothing for one planned before it named its employee (machine v8), or whose employee has left', async () => {
    await importDataset(db, {
      teams: [],
      employees: [],
      cycles: [
        {
          id: 'old',
          teamId: 't',
          variant: 'tus',
          createdAt: 0,
          events: [
            ...scriptEvents('tus', ['a', 'b'], SESSION, 'teamPlan'),
            { type: 'leader.planFollowUp', at: SESSION + DAY, meeting: { at: THIRD, form: 'oneToOne', place: '' } },
          ],
        },
      ],
    });
    expect((await db.cycles.get('old'))!.cache!.context.followUps).toHaveLength(1);
    expect(await followUpInvitationData(db, 'old', THIRD)).toBeNull();
    await appendEvent(db, 'c', {
      type: 'leader.planFollowUp',
      at: SESSION + DAY,
      meeting: { at: THIRD, form: 'oneToOne', place: '', employeeId: 'b' },
    });
    // Moved to another team: not offered either.
    await db.employees.update('b', { teamId: 'other' });
    expect((await listFollowUpMeetings(db, SESSION + 2 * DAY)).map((m) => m.meeting.at)).toEqual([FIRST, SECOND]);
    expect(await followUpInvitationData(db, 'c', THIRD)).toBeNull();
    await db.employees.delete('b');
    expect((await listFollowUpMeetings(db, SESSION + 2 * DAY)).map((m) => m.meeting.at)).toEqual([FIRST, SECOND]);
    expect(await followUpInvitationData(db, 'c', THIRD)).toBeNull();
  });
});

describe('what a team invitation is not for', () => {
  it('keeps a long sheet within what the panel takes: the reply always parses', async () => {
    await db.agreements.bulkAdd(
      Array.from({ length: 260 }, (_, i) => ({
        id: `long-${i}`,
        cycleId: 'c',
        employeeId: null,
        text: `Aftale ${i} ${'x'.repeat(6000)}`,
        owner: 'Alle',
        due: '',
        createdAt: SESSION + 10 + i,
        updatedAt: SESSION,
      })),
    );
    const data = await followUpInvitationData(db, 'c', FIRST);
    expect(v.safeParse(FollowUpInvitationInput, data).success).toBe(true);
  });
});
