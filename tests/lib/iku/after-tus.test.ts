import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cycleActions } from '../../../lib/actions/cycle';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { DAY, DEADLINE, SESSION_AT } from '../../support/cycle-events';

// The IKU PDF can fail (a full disk, a font error); `failNext` makes the next one throw.
const pdf = vi.hoisted(() => ({ failNext: false }));
vi.mock('../../../lib/iku/pdf', async (original) => {
  const real = await original<typeof import('../../../lib/iku/pdf')>();
  return {
    ...real,
    ikuPdf: (...args: Parameters<typeof real.ikuPdf>) => {
      if (pdf.failNext) {
        pdf.failNext = false;
        return Promise.reject(new Error('PDF failed'));
      }
      return real.ikuPdf(...args);
    },
  };
});

let db: TusDb;
beforeEach(() => {
  db = new TusDb(`after-tus-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('an agreement after the TUS', () => {
  it('is saved together with the new IKU version or not at all: consent to the old version never outlives it', async () => {
    await importDataset(db, {
      teams: [{ id: 't', name: 'Team Syd', archived: 0, createdAt: 0 }],
      employees: [{ id: 'e1', teamId: 't', name: 'Navn e1', email: 'e1@randers.dk' }],
      cycles: [
        { id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', ['e1'], SESSION_AT, 'corrections') },
      ],
    });
    // The sheet is empty: generated anyway, with the leader's reason (the content check would refuse).
    await cycleActions((await db.cycles.get('c'))!, 'Team Syd', { db, now: () => DEADLINE + 1 }).run('generateIkus', {
      overrides: [{ employeeId: 'e1', reason: 'Aftalerne laves efter TUS' }],
    });
    const actions = cycleActions((await db.cycles.get('c'))!, 'Team Syd', { db, now: () => DEADLINE + DAY });

    pdf.failNext = true;
    const draft = { text: 'Kursus i forflytning', owner: 'Navn e1', due: '2027-03-01' };
    await expect(actions.addAfterTus('e1', draft)).rejects.toThrow('PDF failed');
    expect((await db.agreements.toArray()).filter((a) => a.afterTus)).toEqual([]);
    expect(await db.ikus.count()).toBe(1);

    await actions.addAfterTus('e1', draft);
    expect((await db.agreements.toArray()).filter((a) => a.afterTus).map((a) => a.text)).toEqual(['Kursus i forflytning']);
    expect((await db.ikus.toArray()).map((v) => v.version).sort()).toEqual([1, 2]);
    expect((await db.cycles.get('c'))!.cache!.context.ikus[0]!.context.version).toBe(2);
  });

  it.each([
    ['no text', { text: '  ', owner: 'Bo', due: '2027-03-01' }],
    ['no owner', { text: 'Kursus', owner: ' ', due: '2027-03-01' }],
    ['no date', { text: 'Kursus', owner: 'Bo', due: '' }],
    ['a date that is not one', { text: 'Kursus', owner: 'Bo', due: '2027-02-30' }],
  ])('is refused with %s: it goes straight into an IKU, with no content check between', async (_, draft) => {
    await importDataset(db, {
      teams: [{ id: 't', name: 'Team Syd', archived: 0, createdAt: 0 }],
      employees: [{ id: 'e1', teamId: 't', name: 'Navn e1', email: 'e1@randers.dk' }],
      cycles: [
        { id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', ['e1'], SESSION_AT, 'corrections') },
      ],
    });
    await cycleActions((await db.cycles.get('c'))!, 'Team Syd', { db, now: () => DEADLINE + 1 }).run('generateIkus', {
      overrides: [{ employeeId: 'e1', reason: 'Aftalerne laves efter TUS' }],
    });
    const actions = cycleActions((await db.cycles.get('c'))!, 'Team Syd', { db, now: () => DEADLINE + DAY });
    await expect(actions.addAfterTus('e1', draft)).rejects.toMatchObject({ key: 'ikus.afterTus.incomplete' });
    expect(await db.ikus.count()).toBe(1);
  });
});
