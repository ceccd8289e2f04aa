import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendEvent } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import type { Variant } from '../../../lib/domain/types';
import { correctAgreement } from '../../../lib/iku/store';
import { debounced } from '../../../lib/sheet/debounce';
import { LockedError } from '../../../lib/sheet/locked-error';
import { type AgreementDraft, addAfterTusRow, agreementsOf, deleteAgreement, saveAgreement } from '../../../lib/sheet/store';
import type { CycleEvent } from '../../../machines/cycle.machine';
import { PEOPLE, SESSION, WRITE_CASES, type WriteCase } from './write-cases';

/**
 * A team of e1 and e2 and cycle `c` driven through `events`. The agreements are written where
 * they would be: the team's t0 and e1's i0 before the session ends, and e1's after-TUS x0 right
 * after the IKUs are generated.
 */
async function cycleAfter(variant: Variant, events: readonly CycleEvent[]): Promise<TusDb> {
  const db = new TusDb(`sheet-${crypto.randomUUID()}`);
  const [plan, ...rest] = events;
  await importDataset(db, {
    teams: [
      { id: 't', name: 'Teamet', archived: 0, createdAt: 0 },
      { id: 't2', name: 'Andet team', archived: 0, createdAt: 0 },
    ],
    employees: PEOPLE.map((id) => ({ id, teamId: 't', name: id, email: `${id}@x.dk` })),
    cycles: [
      { id: 'c', teamId: 't', variant, createdAt: 0, events: [plan!] },
      { id: 'other', teamId: 't2', variant, createdAt: 0, events: [plan!] },
    ],
  });
  await saveAgreement(db, { id: 't0', cycleId: 'c', employeeId: null, text: 'Sparring hver fredag', owner: 'Alle', due: '' }, plan!.at);
  await saveAgreement(db, { id: 'i0', cycleId: 'c', employeeId: 'e1', text: 'Kursus i forflytning', owner: '', due: '' }, plan!.at + 1);
  for (const event of rest) {
    await appendEvent(db, 'c', event);
    if (event.type === 'leader.generateIkus')
      await addAfterTusRow(
        db,
        { id: 'x0', cycleId: 'c', employeeId: 'e1', afterTus: true, text: 'Mentor', owner: '', due: '' },
        event.at + 1,
      );
  }
  return db;
}

const rows = (db: TusDb) => db.agreements.orderBy('id').toArray();

interface Op {
  name: string;
  run: (db: TusDb, now: number) => Promise<unknown>;
  /** Whether the case's expected rule allows it (the table in write-cases.ts, written by hand). */
  allowed: (c: WriteCase) => boolean;
  /** The row it writes (absent after a delete). */
  id: string;
  deletes?: boolean;
}

const draft = (id: string, employeeId: string | null, text: string, afterTus = false): AgreementDraft => ({
  id,
  cycleId: 'c',
  employeeId,
  text,
  owner: '',
  due: '',
  ...(afterTus ? { afterTus } : {}),
});
const free = (c: WriteCase) => c.expected.mode === 'free';
const afterTusFor = (employeeId: string) => (c: WriteCase) => c.expected.afterTusFor.includes(employeeId);

// Saves first, then edits, then deletes, so an allowed op never hides a later one.
const OPS: Op[] = [
  { name: 'add a team row', id: 'n-team', run: (db, now) => saveAgreement(db, draft('n-team', null, 'Ny teamaftale'), now), allowed: free },
  { name: 'add an individual row', id: 'n-e2', run: (db, now) => saveAgreement(db, draft('n-e2', 'e2', 'Ny aftale'), now), allowed: free },
  {
    name: 'add an after-TUS row for the team',
    id: 'n-after-team',
    run: (db, now) => saveAgreement(db, draft('n-after-team', null, 'Efter TUS', true), now),
    allowed: () => false,
  },
  // The sheet's own save never writes an agreement after the TUS: only addAfterTusRow does, which
  // lib/iku/store.ts addAgreementAfterTus calls in the transaction that writes the new IKU version.
  {
    name: 'save an after-TUS row for e1 as a sheet row',
    id: 'n-after-e1',
    run: (db, now) => saveAgreement(db, draft('n-after-e1', 'e1', 'Efter TUS', true), now),
    allowed: () => false,
  },
  {
    name: 'add an after-TUS row for e1',
    id: 'n-after-e1',
    run: (db, now) => addAfterTusRow(db, draft('n-after-e1', 'e1', 'Efter TUS', true), now),
    allowed: afterTusFor('e1'),
  },
  {
    name: 'add an after-TUS row for e2',
    id: 'n-after-e2',
    run: (db, now) => addAfterTusRow(db, draft('n-after-e2', 'e2', 'Efter TUS', true), now),
    allowed: afterTusFor('e2'),
  },
  {
    name: 'add an after-TUS row with an id already used',
    id: 'x0',
    run: (db, now) => addAfterTusRow(db, draft('x0', 'e1', 'Ændret', true), now),
    allowed: () => false,
  },
  { name: 'edit the team row', id: 't0', run: (db, now) => saveAgreement(db, draft('t0', null, 'Ændret'), now), allowed: free },
  { name: 'edit the individual row', id: 'i0', run: (db, now) => saveAgreement(db, draft('i0', 'e1', 'Ændret'), now), allowed: free },
  {
    name: 'edit the after-TUS row',
    id: 'x0',
    run: (db, now) => saveAgreement(db, draft('x0', 'e1', 'Ændret', true), now),
    // It is printed in an IKU version the employee may already have approved.
    allowed: () => false,
  },
  { name: 'delete the team row', id: 't0', deletes: true, run: (db, now) => deleteAgreement(db, 't0', now), allowed: free },
  { name: 'delete the individual row', id: 'i0', deletes: true, run: (db, now) => deleteAgreement(db, 'i0', now), allowed: free },
  {
    name: 'delete the after-TUS row',
    id: 'x0',
    deletes: true,
    run: (db, now) => deleteAgreement(db, 'x0', now),
    allowed: () => false,
  },
];

describe('competence sheet store: writes by state', () => {
  describe.each(WRITE_CASES.map((c) => [`${c.variant}: ${c.name}`, c] as const))('%s', (_, c) => {
    it('allows exactly the writes the state allows; a refused one leaves the table unchanged', async () => {
      const db = await cycleAfter(c.variant, c.events);
      const hasAfterTus = (await db.agreements.get('x0')) !== undefined;
      const outcomes: string[] = [];
      for (const op of OPS) {
        if (op.id === 'x0' && !hasAfterTus) continue;
        const before = await rows(db);
        const allowed = op.allowed(c);
        const result = await op.run(db, c.now).then(
          () => 'written',
          (e: unknown) => e,
        );
        if (allowed) {
          expect(result, op.name).toBe('written');
          const row = await db.agreements.get(op.id);
          if (op.deletes) expect(row, op.name).toBeUndefined();
          else expect(row?.updatedAt, op.name).toBe(c.now);
        } else {
          expect(result, op.name).toBeInstanceOf(LockedError);
          expect((result as Error).message, op.name).toMatch(/låst|TUS|IKU/);
          expect(await rows(db), op.name).toEqual(before);
        }
        outcomes.push(`${op.name}: ${allowed ? 'written' : 'refused'}`);
      }
      // Guard against a table that silently skipped everything.
      expect(outcomes.length).toBeGreaterThanOrEqual(8);
    });
  });

  it('says why in Danish: after the session only the logged correction, and after the IKUs only agreements after the TUS', async () => {
    const corrections = WRITE_CASES.find((c) => c.name === 'corrections, window open')!;
    let db = await cycleAfter('tus-iku', corrections.events);
    await expect(saveAgreement(db, draft('i0', 'e1', 'Sent'), corrections.now)).rejects.toThrow(
      'Skemaet er låst efter samtalen. En individuel aftale ændres kun som en logget rettelse på teamets side, mens rettelsesperioden er åben.',
    );
    // The logged path still works.
    await correctAgreement(db, draft('i0', 'e1', 'Rettet'), corrections.now);
    expect((await db.agreements.get('i0'))?.text).toBe('Rettet');
    expect(await db.corrections.count()).toBe(1);

    const consent = WRITE_CASES.find((c) => c.name === 'consent, e1 archived')!;
    db = await cycleAfter('tus-iku', consent.events);
    await expect(saveAgreement(db, draft('t0', null, 'Sent'), consent.now)).rejects.toThrow("Skemaet er låst, fordi IKU'erne er lavet.");
    await expect(saveAgreement(db, draft('y', null, 'Sent', true), consent.now)).rejects.toThrow(
      'En aftale efter TUS gælder én medarbejder, ikke hele teamet.',
    );
    await expect(saveAgreement(db, draft('y', 'e1', 'Sent', true), consent.now)).rejects.toThrow(
      'Medarbejderen har ingen IKU, der kan få en ny version',
    );
  });

  it('never moves a row to another employee, to or from the team, to another cycle, or between session and after-TUS', async () => {
    const session = WRITE_CASES.find((c) => c.variant === 'tus-iku' && c.name === 'session.teamFocus.plenum')!;
    const db = await cycleAfter('tus-iku', session.events);
    const before = await rows(db);
    await expect(saveAgreement(db, draft('i0', 'e2', 'Kursus i forflytning'), session.now)).rejects.toThrow(
      'Aftalen hører til en anden medarbejder.',
    );
    await expect(saveAgreement(db, draft('i0', null, 'Kursus i forflytning'), session.now)).rejects.toThrow(
      'Aftalen hører til en anden medarbejder.',
    );
    await expect(saveAgreement(db, draft('t0', 'e1', 'Sparring'), session.now)).rejects.toThrow('Aftalen hører til en anden medarbejder.');
    await expect(saveAgreement(db, { ...draft('t0', null, 'Sparring'), cycleId: 'other' }, session.now)).rejects.toThrow(
      'Aftalen hører til et andet forløb.',
    );
    // Not toBeInstanceOf(NotFoundError): Dexie re-wraps an error of that name when it leaves a transaction.
    await expect(saveAgreement(db, { ...draft('t0', null, 'Sparring'), cycleId: 'missing' }, session.now)).rejects.toThrow(
      'Forløbet findes ikke',
    );
    expect(await rows(db)).toEqual(before);

    const generated = WRITE_CASES.find((c) => c.name === 'ikusGenerated')!;
    const later = await cycleAfter('tus-iku', generated.events);
    const rowsThen = await rows(later);
    // An agreement from the session cannot be re-labelled as agreed after the TUS, nor the reverse.
    await expect(saveAgreement(later, draft('i0', 'e1', 'Kursus i forflytning', true), generated.now)).rejects.toThrow(
      'En aftale fra samtalen kan ikke gøres til en aftale efter TUS',
    );
    await expect(saveAgreement(later, draft('x0', 'e1', 'Mentor'), generated.now)).rejects.toBeInstanceOf(LockedError);
    expect(await rows(later)).toEqual(rowsThen);
  });

  it('a correction cannot move a row to another cycle either', async () => {
    const corrections = WRITE_CASES.find((c) => c.name === 'corrections, window open')!;
    const db = await cycleAfter('tus-iku', corrections.events);
    await db.agreements.add({ ...draft('foreign', 'e1', 'Fra et andet forløb'), cycleId: 'other', createdAt: 0, updatedAt: 0 });
    const before = await rows(db);
    await expect(correctAgreement(db, draft('foreign', 'e1', 'Flyttet'), corrections.now)).rejects.toThrow(
      'Aftalen hører til et andet forløb.',
    );
    expect(await rows(db)).toEqual(before);
    expect(await db.corrections.count()).toBe(0);
  });

  it('keeps the first save time, orders team agreements first, deletes', async () => {
    const session = WRITE_CASES.find((c) => c.variant === 'tus-iku' && c.name === 'session.intro')!;
    const db = await cycleAfter('tus-iku', session.events);
    await db.agreements.clear();
    await saveAgreement(db, { id: 'i1', cycleId: 'c', employeeId: 'e1', text: 'Kursus', owner: '', due: '' }, SESSION + 1);
    await saveAgreement(db, { id: 't1', cycleId: 'c', employeeId: null, text: 'Sparring', owner: 'Alle', due: '2027-01-31' }, SESSION + 2);
    const again = await saveAgreement(
      db,
      { id: 'i1', cycleId: 'c', employeeId: 'e1', text: 'Kursus i forflytning', owner: '', due: '' },
      SESSION + 5,
    );
    expect(again).toMatchObject({ createdAt: SESSION + 1, updatedAt: SESSION + 5, text: 'Kursus i forflytning' });
    expect((await agreementsOf(db, 'c')).map((a) => a.id)).toEqual(['t1', 'i1']);
    await deleteAgreement(db, 't1');
    expect((await agreementsOf(db, 'c')).map((a) => a.id)).toEqual(['i1']);
    // Deleting a row that is not there is no write at all.
    await deleteAgreement(db, 'gone');
  });
});

describe('debounced save', () => {
  afterEach(() => vi.useRealTimers());
  it('saves the last value after quiet typing, and at once on flush', () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const d = debounced((v: string) => saved.push(v), 500);
    d.push('a');
    d.push('ab');
    vi.advanceTimersByTime(499);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(['ab']);
    d.push('abc');
    d.flush();
    expect(saved).toEqual(['ab', 'abc']);
    d.flush();
    expect(saved).toEqual(['ab', 'abc']);
  });
});
