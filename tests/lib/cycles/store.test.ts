import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, createCycle, loadCycle, OpenCycleExistsError, RefusedEventError, refreshStepRows } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { addEmployees, createTeam } from '../../../lib/teams/store';
import { stepAt } from '../../../machines/step-at';
import { SESSION_AT } from '../../support/cycle-events';

let db: TusDb;

beforeEach(async () => {
  db = new TusDb(`store-${crypto.randomUUID()}`);
  await createTeam(db, 'Team Syd', 0, 't1');
  await addEmployees(db, 't1', [
    { id: 'e1', name: 'Anne', email: 'anne@randers.dk' },
    { id: 'e2', name: 'Bo', email: 'bo@randers.dk' },
  ]);
});

async function driveTo(stage: Parameters<typeof scriptEvents>[3]) {
  const [plan, ...rest] = scriptEvents('tus-iku', ['e1', 'e2'], SESSION_AT, stage);
  const { row } = await createCycle(db, {
    teamId: 't1',
    variant: 'tus-iku',
    plan: plan!.type === 'leader.updatePlan' ? plan!.plan : {},
    now: 1,
  });
  for (const e of rest) await appendEvent(db, row.id, e);
  return row.id;
}

describe('event store', () => {
  it('appends every accepted event to the log with consecutive numbers and caches the state', async () => {
    const id = await driveTo('consent');
    const events = await db.events.where('[cycleId+seq]').between([id, 0], [id, Infinity]).toArray();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const { row, snapshot } = await loadCycle(db, id);
    expect(snapshot.value).toBe('consent');
    expect(row.cache?.seq).toBe(events.length);
  });

  it('refuses an event the machine refuses and writes nothing', async () => {
    const id = await driveTo('invited');
    const before = await db.events.count();
    await expect(appendEvent(db, id, { type: 'leader.closeCycle', at: 5 })).rejects.toBeInstanceOf(RefusedEventError);
    expect(await db.events.count()).toBe(before);
    expect((await loadCycle(db, id)).snapshot.value).toBe('invited');
  });

  it('records an archive mark once: a second click on a mark already set writes nothing, and an unknown mark is refused', async () => {
    const id = await driveTo('consent');
    const hash = (await loadCycle(db, id)).snapshot.context.ikus.find((i) => i.employeeId === 'e1')?.context.hash;
    if (!hash) throw new Error('the script generates an IKU for e1');
    await appendEvent(db, id, {
      type: 'iku.consent',
      employeeId: 'e1',
      at: SESSION_AT + 20,
      version: 1,
      hash,
      evidence: { channel: 'mail', from: 'anne@randers.dk' },
    });
    await appendEvent(db, id, { type: 'iku.markFiled', employeeId: 'e1', at: SESSION_AT + 21, mark: 'ikuFiled' });
    const before = await db.events.count();
    await expect(appendEvent(db, id, { type: 'iku.markFiled', employeeId: 'e1', at: SESSION_AT + 22, mark: 'ikuFiled' })).rejects.toThrow(
      /allerede/,
    );
    const bogus = { type: 'iku.markFiled', employeeId: 'e1', at: SESSION_AT + 22, mark: 'shredded' } as unknown as Parameters<
      typeof appendEvent
    >[2];
    await expect(appendEvent(db, id, bogus)).rejects.toBeInstanceOf(RefusedEventError);
    expect(await db.events.count()).toBe(before);
    const iku = (await loadCycle(db, id)).snapshot.context.ikus.find((i) => i.employeeId === 'e1')!;
    expect(iku.context.marks).toEqual({ ikuFiled: SESSION_AT + 21 });
  });

  it('rebuilds a cache written by another machine version from the log', async () => {
    const id = await driveTo('consent');
    const row = (await db.cycles.get(id))!;
    await db.cycles.put({ ...row, cache: { ...row.cache!, machineVersion: -1, value: 'draft' } });
    const { snapshot, row: rebuilt } = await loadCycle(db, id);
    expect(snapshot.value).toBe('consent');
    expect(rebuilt.cache?.machineVersion).toBeGreaterThan(0);
    expect((await db.cycles.get(id))!.cache?.value).toBe('consent');
  });

  it('keeps one open cycle per team, and closes it when the machine is done', async () => {
    const id = await driveTo('closed');
    expect((await db.cycles.get(id))!.open).toBe(0);
    await createCycle(db, { teamId: 't1', variant: 'tus', plan: {}, now: 2 });
    await expect(createCycle(db, { teamId: 't1', variant: 'tus', plan: {}, now: 3 })).rejects.toBeInstanceOf(OpenCycleExistsError);
    expect(await db.cycles.count()).toBe(2);
  });

  it('leaves the log and the cache untouched when the transaction fails half-way', async () => {
    const id = await driveTo('invited');
    const rowBefore = await db.cycles.get(id);
    const countBefore = await db.events.count();
    // Fail the cache write after the event was added in the same transaction.
    db.cycles.hook('updating', () => {
      throw new Error('disk full');
    });
    db.cycles.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(appendEvent(db, id, { type: 'leader.markPrepared', at: 9 })).rejects.toThrow('disk full');
    expect(await db.events.count()).toBe(countBefore);
    expect(await db.cycles.get(id)).toEqual(rowBefore);
  });

  it("keeps the popup's step row with every write: the step at any time, and closed when the cycle is", async () => {
    const id = await driveTo('invited');
    expect(stepAt((await db.steps.get(id))!.schedule, SESSION_AT - 1)).toMatchObject({
      action: 'prepareSession',
      dueAt: SESSION_AT,
      overdue: false,
    });
    await appendEvent(db, id, { type: 'leader.markPrepared', at: 9 });
    expect(stepAt((await db.steps.get(id))!.schedule, SESSION_AT - 1).action).toBe('startSession');
    expect((await db.steps.get(id))!.open).toBe(1);
  });

  it('marks the step row closed with the cycle, so the popup no longer reads it', async () => {
    const id = await driveTo('closed');
    expect((await db.steps.get(id))!).toMatchObject({ open: 0, schedule: [{ action: 'none' }] });
    expect(await db.steps.where('open').equals(1).count()).toBe(0);
  });

  it('rebuilds a missing or stale step row after an update, and leaves current ones alone', async () => {
    const id = await driveTo('corrections');
    const current = (await db.steps.get(id))!;
    await db.steps.delete(id);
    expect(await refreshStepRows(db)).toBe(1);
    expect(await db.steps.get(id)).toEqual(current);
    await db.steps.put({ ...current, scheduleVersion: -1, schedule: [] });
    expect(await refreshStepRows(db)).toBe(1);
    expect(await db.steps.get(id)).toEqual(current);
    expect(await refreshStepRows(db)).toBe(0);
  });
});
