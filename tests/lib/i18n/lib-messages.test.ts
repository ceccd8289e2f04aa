// lib/ hands the views keys, not Danish sentences: the refusals of the stores, the import's row
// reasons, the panels' results and the reminders read in English for an English browser, while
// an error's own `message` stays the Danish text.
import { beforeEach, describe, expect, it } from 'vitest';
import { saveStepOptions } from '../../../lib/cycles/step-options';
import { appendEvent, createCycle, NotFoundError, RefusedEventError } from '../../../lib/cycles/store';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { describeError, KeyedError, messageOf, say } from '../../../lib/i18n/message';
import { markInvitationSent } from '../../../lib/invitations/overlay-handlers';
import { type ReminderPort, runReminders } from '../../../lib/reminders/run';
import { LockedError } from '../../../lib/sheet/locked-error';
import { saveAgreement } from '../../../lib/sheet/store';
import { parseEmployees } from '../../../lib/teams/parse-employees';
import { createTeam, InvalidInputError, moveEmployee, saveEmployee } from '../../../lib/teams/store';

const SESSION = zonedToEpoch('2026-12-02', '09:30');
const DAY = 86_400_000;

let db: TusDb;

beforeEach(async () => {
  db = new TusDb(`lib-messages-${crypto.randomUUID()}`);
  await importDataset(db, {
    teams: [
      { id: 't', name: 'North', archived: 0, createdAt: 0 },
      { id: 't2', name: 'South', archived: 0, createdAt: 0 },
    ],
    employees: [
      { id: 'a', teamId: 't', name: 'Anne', email: 'anne@x.dk' },
      { id: 'b', teamId: 't', name: 'Bo', email: 'bo@x.dk' },
      { id: 'a2', teamId: 't2', name: 'Anne Two', email: 'anne@x.dk' },
    ],
    cycles: [
      { id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', ['a', 'b'], SESSION, 'corrections') },
    ],
  });
});

/** The refusal, read as the English and the Danish leader see it, and its own message. */
async function refusal(work: Promise<unknown>) {
  const e = await work.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e, 'a refusal').toBeInstanceOf(KeyedError);
  return { e: e as KeyedError, en: describeError(e, 'en'), da: describeError(e, 'da'), message: (e as Error).message };
}

describe('refusals from the stores are keyed', () => {
  it('team and employee input names the field and reads in English', async () => {
    const empty = await refusal(createTeam(db, '  ', 0));
    expect(empty.e).toBeInstanceOf(InvalidInputError);
    expect(empty).toMatchObject({ en: 'Enter a name for the team.', message: 'Skriv et navn til teamet.' });
    const long = await refusal(createTeam(db, 'x'.repeat(121), 0));
    expect(long).toMatchObject({ en: 'The name can be at most 120 characters.', da: 'Navnet må højst være 120 tegn.' });
    const email = await refusal(saveEmployee(db, 't', { name: 'Carl', email: 'carl(at)x.dk' }));
    expect(email.e).toMatchObject({ field: 'email' });
    expect(email.en).toBe('Invalid e-mail: carl(at)x.dk');
    const clash = await refusal(moveEmployee(db, 'a2', 't'));
    expect(clash.e).toMatchObject({ field: 'team' });
    expect(clash.en).toBe('The team already has an employee with anne@x.dk');
  });

  it('a missing record stays our keyed error after its transaction (Dexie rewraps one named NotFoundError)', async () => {
    const missing = await refusal(saveEmployee(db, 'nowhere', { name: 'Carl', email: 'carl@x.dk' }));
    expect(missing.e).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ en: 'The team does not exist', message: 'Teamet findes ikke' });
    const cycle = await refusal(appendEvent(db, 'nowhere', { type: 'leader.closeCycle', at: 1 }));
    expect(cycle.en).toBe('The cycle does not exist');
  });

  it('the event store, the sheet and the settings refuse in the leader’s language', async () => {
    const open = await refusal(createCycle(db, { teamId: 't', variant: 'tus', plan: {}, now: 1 }));
    expect(open).toMatchObject({ en: 'The team already has an open cycle', message: 'Teamet har allerede et åbent forløb' });
    const refused = await refusal(appendEvent(db, 'c', { type: 'leader.closeCycle', at: SESSION + DAY }));
    expect(refused.e).toBeInstanceOf(RefusedEventError);
    expect(refused.en).toMatch(/^The event leader\.closeCycle is not allowed in the state /);
    const locked = await refusal(
      saveAgreement(db, { id: 'n', cycleId: 'c', employeeId: null, text: 'New', owner: '', due: '' }, SESSION + DAY),
    );
    expect(locked.e).toBeInstanceOf(LockedError);
    expect(locked.en).toMatch(/^The sheet is locked/);
    expect(locked.message).toMatch(/^Skemaet er låst/);
    const wait = await refusal(saveStepOptions(db, { consentWaitWorkingDays: 0 }));
    expect(wait.en).toBe('The wait for consent must be a whole number of working days between 1 and 30 (got 0).');
  });
});

describe('returned messages are keys', () => {
  it('a panel’s refused append is a message, not a Danish sentence', async () => {
    const answer = await markInvitationSent(db, 'c', SESSION + DAY);
    expect(answer).toMatchObject({ ok: false, error: { key: 'error.refusedEvent' } });
    if (answer.ok) return;
    expect(say(answer.error, 'en')).toMatch(/^The event leader\.invitationSent is not allowed/);
    // Something that is not ours still reaches the leader, in the generic frame.
    expect(say(messageOf(new Error('disk full')), 'en')).toBe('Something went wrong: disk full');
  });

  it('an import row is rejected with a reason in either language', () => {
    const rows = parseEmployees('Anne\t\nBo\tbo(at)x.dk\n\tc@x.dk').rows;
    const reasons = rows.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(reasons.map((r) => say(r, 'en'))).toEqual(['E-mail missing', 'Invalid e-mail: bo(at)x.dk', 'Name missing']);
    expect(reasons.map((r) => say(r, 'da'))).toEqual(['E-mail mangler', 'Ugyldig e-mail: bo(at)x.dk', 'Navn mangler']);
  });

  it('reminders are shown in the port’s language', async () => {
    const shown: { title: string; message: string }[] = [];
    const port: ReminderPort = {
      setBadge: async () => undefined,
      notify: async (_id, title, message) => {
        shown.push({ title, message });
      },
      locale: 'en',
    };
    await runReminders(db, port, SESSION + 30 * DAY);
    expect(shown).toEqual([{ title: 'The correction deadline has passed – North', message: 'You can now generate the IKUs.' }]);
  });
});
