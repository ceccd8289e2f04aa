import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryOver, followUpActions } from '../../../lib/actions/follow-ups';
import { fromCache } from '../../../lib/cycles/replay';
import { appendEvent, RefusedEventError } from '../../../lib/cycles/store';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { validateMeetingForm } from '../../../lib/follow-ups/meeting-form';
import { agreementStatusOf, meetingsOf, nextMeetingOf } from '../../../lib/follow-ups/queries';
import { followUpRights } from '../../../lib/follow-ups/rights';
import { KeyedError } from '../../../lib/i18n/message';
import { type ReminderPort, runReminders } from '../../../lib/reminders/run';
import { carryOverOf } from '../../../lib/sheet/queries';
import { carriedId } from '../../../lib/sheet/store';

const DAY = 86_400_000;
const SESSION = zonedToEpoch('2027-01-13', '09:00');
const FIRST = { date: '2027-03-10', time: '14:00', form: 'teamMeeting', place: 'Mødelokale 2', employeeId: '' } as const;
const SECOND = { date: '2027-06-09', time: '08:30', form: 'staffMeeting', place: 'Kantinen', employeeId: '' } as const;

let db: TusDb;
let clock: number;
const deps = () => ({ db, now: () => clock });
const row = async (id = 'c') => (await db.cycles.get(id))!;
const actions = async (id = 'c') => followUpActions(await row(id), deps());

beforeEach(async () => {
  db = new TusDb(`follow-ups-${crypto.randomUUID()}`);
  clock = SESSION + DAY;
  await importDataset(db, {
    teams: [{ id: 't', name: 'Nord', archived: 0, createdAt: 0 }],
    employees: [
      { id: 'a', teamId: 't', name: 'Anne', email: 'a@x.dk' },
      { id: 'b', teamId: 't', name: 'Bo', email: 'b@x.dk' },
    ],
    cycles: [
      { id: 'c', teamId: 't', variant: 'tus', createdAt: SESSION - 30 * DAY, events: scriptEvents('tus', ['a', 'b'], SESSION, 'teamPlan') },
    ],
  });
  await db.agreements.bulkAdd([
    {
      id: 'g1',
      cycleId: 'c',
      employeeId: null,
      text: 'Sparring hver fredag',
      owner: 'Alle',
      due: '',
      term: 'short',
      createdAt: SESSION,
      updatedAt: SESSION,
    },
    {
      id: 'g2',
      cycleId: 'c',
      employeeId: null,
      text: 'Fælles kursus',
      owner: 'Alle',
      due: '',
      term: 'long',
      createdAt: SESSION + 1,
      updatedAt: SESSION,
    },
    {
      id: 'i1',
      cycleId: 'c',
      employeeId: 'a',
      text: 'Kursus i forflytning',
      owner: '',
      due: '',
      createdAt: SESSION + 2,
      updatedAt: SESSION,
    },
  ]);
});
afterEach(() => db.close());

describe('the meeting form', () => {
  it('turns Danish wall-clock date and time into the instant, and names each bad field', () => {
    expect(validateMeetingForm({ ...FIRST, place: '  Mødelokale \n 2 ' })).toEqual({
      ok: true,
      meeting: { at: zonedToEpoch('2027-03-10', '14:00'), form: 'teamMeeting', place: 'Mødelokale 2' },
    });
    expect(validateMeetingForm({ date: '', time: '25:00', form: 'oneToOne', place: 'x'.repeat(201), employeeId: '' })).toEqual({
      ok: false,
      errors: { date: 'error.required', time: 'error.time', place: 'followUp.error.place', employeeId: 'followUp.error.employee' },
    });
  });

  it('names a one-to-one’s employee, and no one for the team’s meetings', () => {
    expect(validateMeetingForm({ ...FIRST, form: 'oneToOne', employeeId: ' a ' })).toEqual({
      ok: true,
      meeting: { at: zonedToEpoch('2027-03-10', '14:00'), form: 'oneToOne', place: 'Mødelokale 2', employeeId: 'a' },
    });
    // An employee chosen before the form was switched to a team meeting is not kept.
    expect(validateMeetingForm({ ...FIRST, employeeId: 'a' })).toEqual({
      ok: true,
      meeting: { at: zonedToEpoch('2027-03-10', '14:00'), form: 'teamMeeting', place: 'Mødelokale 2' },
    });
  });
});

describe('a one-to-one', () => {
  it('is planned with an employee of the team only, and never without one', async () => {
    const seq = (await row()).cache!.seq;
    // Someone from another team, or no one: refused where it is written, nothing logged.
    await db.employees.add({ id: 'z', teamId: 'other', name: 'Zenia', email: 'z@x.dk' });
    for (const employeeId of ['z', 'gone']) {
      const refused = await (await actions()).plan({ ...FIRST, form: 'oneToOne', employeeId }).catch((e: unknown) => e);
      expect((refused as KeyedError).key).toBe('followUp.unknownEmployee');
    }
    const event = { type: 'leader.planFollowUp', at: clock, meeting: { at: SESSION + 30 * DAY, form: 'oneToOne', place: '' } } as const;
    await expect(appendEvent(db, 'c', event)).rejects.toBeInstanceOf(RefusedEventError);
    expect((await row()).cache!.seq).toBe(seq);

    expect(await (await actions()).plan({ ...FIRST, form: 'oneToOne', employeeId: 'b' })).toMatchObject({ ok: true });
    const [meeting] = meetingsOf((await row()).cache!.context);
    expect(meeting).toMatchObject({ form: 'oneToOne', employeeId: 'b' });
    // One meeting per time: its invitation and calendar file are found by it.
    const taken = await (await actions()).plan({ ...FIRST, form: 'oneToOne', employeeId: 'a' }).catch((e: unknown) => e);
    expect((taken as KeyedError).key).toBe('followUp.error.timeTaken');
    expect(meetingsOf((await row()).cache!.context)).toHaveLength(1);
  });
});

describe('follow-up meetings and agreement status', () => {
  it('plans meetings in time order, marks agreements with history, and records a meeting held', async () => {
    expect(followUpRights(fromCache((await row()).cache!), clock)).toEqual({ plan: true, mark: false, record: [] });
    expect(await (await actions()).plan({ ...SECOND })).toMatchObject({ ok: true });
    expect(await (await actions()).plan({ ...FIRST })).toMatchObject({ ok: true });
    // A refused form writes nothing.
    const seq = (await row()).cache!.seq;
    expect(await (await actions()).plan({ ...FIRST, date: 'nej' })).toMatchObject({ ok: false });
    expect((await row()).cache!.seq).toBe(seq);

    const context = (await row()).cache!.context;
    expect(meetingsOf(context).map((m) => [m.index, m.at, m.form, m.place, m.heldAt])).toEqual([
      [0, zonedToEpoch('2027-03-10', '14:00'), 'teamMeeting', 'Mødelokale 2', null],
      [1, zonedToEpoch('2027-06-09', '08:30'), 'staffMeeting', 'Kantinen', null],
    ]);
    expect(nextMeetingOf(context)?.index).toBe(0);
    // Neither meeting has come yet: neither can be marked as held.
    expect(followUpRights(fromCache((await row()).cache!), clock)).toEqual({ plan: true, mark: true, record: [] });

    clock = zonedToEpoch('2027-03-10', '14:30');
    // The first meeting's day: it can be held, the second not yet.
    expect(followUpRights(fromCache((await row()).cache!), clock)).toEqual({ plan: true, mark: true, record: [0] });
    await (await actions()).mark('g1', 'underWay', '');
    await (await actions()).mark('i1', 'notStarted', '');
    clock += 60_000;
    await (await actions()).mark('g1', 'done', 'Kører hver uge');
    // Dropped needs a note: the machine refuses, nothing is logged.
    await expect((await actions()).mark('g2', 'dropped', '  ')).rejects.toBeInstanceOf(KeyedError);
    await (await actions()).mark('g2', 'dropped', 'Intet budget');
    // Only this cycle's agreements.
    await db.agreements.add({ id: 'x1', cycleId: 'other', employeeId: null, text: 'x', owner: '', due: '', createdAt: 0, updatedAt: 0 });
    for (const id of ['x1', 'nope']) {
      const refused = await (await actions()).mark(id, 'done', '').catch((e: unknown) => e);
      expect((refused as KeyedError).key).toBe('followUp.unknownAgreement');
    }
    await (await actions()).held(0);

    const rows = await agreementStatusOf(db, 'c');
    expect(rows.map((r) => [r.agreement.id, r.latest?.status ?? null, r.latest?.note ?? null])).toEqual([
      ['g1', 'done', 'Kører hver uge'],
      ['g2', 'dropped', 'Intet budget'],
      ['i1', 'notStarted', null],
    ]);
    expect(rows[0]!.history.map((h) => [h.status, h.note, h.at])).toEqual([
      ['underWay', null, zonedToEpoch('2027-03-10', '14:30')],
      ['done', 'Kører hver uge', zonedToEpoch('2027-03-10', '14:31')],
    ]);
    const after = (await row()).cache!.context;
    expect(meetingsOf(after)[0]!.heldAt).toBe(clock);
    expect(nextMeetingOf(after)?.index).toBe(1);
    expect(followUpRights(fromCache((await row()).cache!), clock).record).toEqual([]);
    expect(followUpRights(fromCache((await row()).cache!), zonedToEpoch('2027-06-09', '00:00')).record).toEqual([1]);
    // Held once only.
    await expect((await actions()).held(0)).rejects.toBeInstanceOf(Error);
  });

  it('reminds of each meeting two days before, once', async () => {
    await (await actions()).plan({ ...FIRST });
    const shown: string[] = [];
    const port: ReminderPort = { setBadge: async () => {}, notify: async (_, title) => void shown.push(title) };
    const at = zonedToEpoch('2027-03-10', '14:00');
    await runReminders(db, port, at - 2 * DAY - 1);
    expect(shown).toEqual([]);
    await runReminders(db, port, at - 2 * DAY);
    await runReminders(db, port, at - DAY);
    expect(shown).toEqual(['Opfølgningsmøde snart – Nord']);
  });
});

describe('the next cycle starts from the last one', () => {
  it('shows the last cycle’s agreements with their latest status, and carries chosen ones over', async () => {
    await (await actions()).plan({ ...FIRST });
    clock = zonedToEpoch('2027-03-10', '15:00');
    await (await actions()).mark('g1', 'underWay', 'Halvvejs');
    await (await actions()).mark('g2', 'dropped', 'Intet budget');
    await (await actions()).held(0);
    await importDataset(db, {
      teams: [],
      employees: [],
      cycles: [
        {
          id: 'n',
          teamId: 't',
          variant: 'tus-iku',
          createdAt: clock + DAY,
          events: scriptEvents('tus-iku', ['a', 'b'], clock + 60 * DAY, 'draft'),
        },
      ],
    });
    const source = await carryOverOf(db, 'n');
    expect(source?.cycleId).toBe('c');
    expect(source?.rows.map((r) => [r.agreement.id, r.status?.status ?? null, r.status?.note ?? null, r.carried])).toEqual([
      ['g1', 'underWay', 'Halvvejs', false],
      ['g2', 'dropped', 'Intet budget', false],
      ['i1', null, null, false],
    ]);
    clock += 2 * DAY;
    expect(await carryOver('c', 'n', ['g1', 'i1'], deps())).toBe(2);
    expect((await carryOverOf(db, 'n'))?.rows.map((r) => r.carried)).toEqual([true, false, true]);
    expect((await db.agreements.get(carriedId('n', 'g1')))?.text).toBe('Sparring hver fredag');
    // The old cycle has nothing earlier to offer.
    expect(await carryOverOf(db, 'c')).toBeNull();
  });
});
