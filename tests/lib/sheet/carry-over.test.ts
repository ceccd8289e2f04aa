import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import type { Agreement } from '../../../lib/domain/types';
import { KeyedError } from '../../../lib/i18n/message';
import { LockedError } from '../../../lib/sheet/locked-error';
import { carriedId, carryOverAgreements } from '../../../lib/sheet/store';

const DAY = 86_400_000;
const OLD_SESSION = Date.UTC(2026, 2, 4, 8);
const NEW_SESSION = Date.UTC(2027, 2, 3, 8);
const NOW = NEW_SESSION - 40 * DAY;

let db: TusDb;

const row = (id: string, cycleId: string, employeeId: string | null, text: string, extra: Partial<Agreement> = {}): Agreement => ({
  id,
  cycleId,
  employeeId,
  text,
  owner: employeeId ? '' : 'Alle',
  due: '2026-06-01',
  createdAt: OLD_SESSION + Number(id.replace(/\D/g, '') || 0),
  updatedAt: OLD_SESSION,
  ...extra,
});

beforeEach(async () => {
  db = new TusDb(`carry-${crypto.randomUUID()}`);
  await importDataset(db, {
    teams: [
      { id: 't', name: 'Nord', archived: 0, createdAt: 0 },
      { id: 't2', name: 'Syd', archived: 0, createdAt: 0 },
    ],
    employees: [
      { id: 'a', teamId: 't', name: 'Anne', email: 'a@x.dk' },
      { id: 'b', teamId: 't', name: 'Bo', email: 'b@x.dk' },
      { id: 's', teamId: 't2', name: 'Sif', email: 's@x.dk' },
    ],
    cycles: [
      {
        id: 'old',
        teamId: 't',
        variant: 'tus',
        createdAt: OLD_SESSION - 30 * DAY,
        events: scriptEvents('tus', ['a', 'b'], OLD_SESSION, 'session'),
      },
      {
        id: 'new',
        teamId: 't',
        variant: 'tus-iku',
        createdAt: NEW_SESSION - 31 * DAY,
        events: scriptEvents('tus-iku', ['a', 'b'], NEW_SESSION, 'draft'),
      },
      {
        id: 'syd',
        teamId: 't2',
        variant: 'tus',
        createdAt: OLD_SESSION - 30 * DAY,
        events: scriptEvents('tus', ['s'], OLD_SESSION, 'session'),
      },
    ],
  });
  // Written straight into the table, as if typed during the old session.
  await db.agreements.bulkAdd([
    row('t1', 'old', null, 'Sparring hver fredag', { term: 'short' }),
    row('t2', 'old', null, 'Fælles kursus i konflikthåndtering', { term: 'long' }),
    row('i3', 'old', 'a', 'Kursus i forflytning'),
    row('i4', 'old', 'gone', 'Mentor for nye'),
    row('s5', 'syd', null, 'Andet teams aftale'),
  ]);
});
afterEach(() => db.close());

const inNew = () => db.agreements.where('cycleId').equals('new').sortBy('createdAt');

describe('carrying agreements into the next cycle', () => {
  it('copies the chosen team and individual agreements into the new sheet, once', async () => {
    const written = await carryOverAgreements(db, { fromCycleId: 'old', toCycleId: 'new', agreementIds: ['t2', 'i3'] }, NOW);
    expect(written.map((a) => a.id)).toEqual([carriedId('new', 't2'), carriedId('new', 'i3')]);
    const rows = await inNew();
    expect(
      rows.map(({ cycleId, employeeId, text, owner, due, term, afterTus }) => ({ cycleId, employeeId, text, owner, due, term, afterTus })),
    ).toEqual([
      {
        cycleId: 'new',
        employeeId: null,
        text: 'Fælles kursus i konflikthåndtering',
        owner: 'Alle',
        due: '2026-06-01',
        term: 'long',
        afterTus: undefined,
      },
      { cycleId: 'new', employeeId: 'a', text: 'Kursus i forflytning', owner: '', due: '2026-06-01', term: undefined, afterTus: undefined },
    ]);
    // The old cycle's rows are untouched.
    expect(await db.agreements.where('cycleId').equals('old').count()).toBe(4);
    // Again, with one more: only the new one is added, the carried one is left as edited since.
    await db.agreements.update(carriedId('new', 't2'), { text: 'Rettet' });
    const again = await carryOverAgreements(db, { fromCycleId: 'old', toCycleId: 'new', agreementIds: ['t2', 't1'] }, NOW + 1);
    expect(again.map((a) => a.id)).toEqual([carriedId('new', 't1')]);
    expect((await inNew()).map((a) => a.text)).toEqual(['Rettet', 'Kursus i forflytning', 'Sparring hver fredag']);
  });

  it('is refused whole when one row cannot go: another cycle, a departed employee, or a later cycle as source', async () => {
    const refused = async (input: Parameters<typeof carryOverAgreements>[1], key: string) => {
      const error = await carryOverAgreements(db, input, NOW).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KeyedError);
      expect((error as KeyedError).key).toBe(key);
      expect(await inNew()).toEqual([]);
    };
    await refused({ fromCycleId: 'old', toCycleId: 'new', agreementIds: ['t1', 's5'] }, 'sheet.carry.notEarlier');
    await refused({ fromCycleId: 'old', toCycleId: 'new', agreementIds: ['t1', 'i4'] }, 'sheet.carry.leftTeam');
    await refused({ fromCycleId: 'syd', toCycleId: 'new', agreementIds: ['s5'] }, 'sheet.carry.notEarlier');
    await refused({ fromCycleId: 'new', toCycleId: 'old', agreementIds: [] }, 'sheet.carry.notEarlier');
    await refused({ fromCycleId: 'old', toCycleId: 'nope', agreementIds: ['t1'] }, 'sheet.carry.notEarlier');
  });

  it('follows the sheet lock: free until the session ends, refused after', async () => {
    await appendEvent(db, 'new', { type: 'leader.invitationSent', at: NOW });
    await appendEvent(db, 'new', { type: 'leader.markPrepared', at: NOW + 1 });
    await expect(carryOverAgreements(db, { fromCycleId: 'old', toCycleId: 'new', agreementIds: ['t1'] }, NOW + 2)).resolves.toHaveLength(1);
    for (const event of scriptEvents('tus-iku', ['a', 'b'], NEW_SESSION, 'corrections').slice(3)) await appendEvent(db, 'new', event);
    const error = await carryOverAgreements(db, { fromCycleId: 'old', toCycleId: 'new', agreementIds: ['t2'] }, NEW_SESSION + DAY).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LockedError);
    expect((error as LockedError).refusal).toBe('corrections');
    expect((await inNew()).map((a) => a.text)).toEqual(['Sparring hver fredag']);
  });
});
