import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { replay, toCache, toRow } from '../../../lib/cycles/replay';
import { appendEvent, loadCycle, refreshStepRows } from '../../../lib/cycles/store';
import { eventHash, GENESIS, verifyChain } from '../../../lib/db/chain';
import { LATEST_VERSION, storesOf, TusDb } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { nextStep } from '../../../machines/next-step';
import { stepAt } from '../../../machines/step-at';
import { DEFAULT_STEP_OPTIONS } from '../../../machines/step-options';

describe('database migration', () => {
  it('opens a v1 database filled with data, upgrades to the current version, and loses nothing', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(storesOf(1));
    await v1.open();
    await v1.table('teams').bulkAdd([{ id: 't1', name: 'Hjemmeplejen Nord', archived: 0, createdAt: 1 }]);
    await v1.table('employees').bulkAdd([
      { id: 'e1', teamId: 't1', name: 'Åse Ørnsø', email: '  Aase.Oernsoe@Randers.DK ' },
      { id: 'e2', teamId: 't1', name: 'Bo', email: 'bo@randers.dk', number: '1234' },
    ]);
    await v1.table('cycles').add({ id: 'c1', teamId: 't1', variant: 'tus', createdAt: 2, open: 1, cache: null });
    await v1.table('events').add({ cycleId: 'c1', seq: 1, type: 'leader.updatePlan', at: 2, payload: { plan: { sessionAt: 10 } } });
    v1.close();

    const db = new TusDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.agreements.count()).toBe(0);
    expect(await db.teams.toArray()).toEqual([{ id: 't1', name: 'Hjemmeplejen Nord', archived: 0, createdAt: 1 }]);
    expect(await db.employees.orderBy('id').toArray()).toEqual([
      { id: 'e1', teamId: 't1', name: 'Åse Ørnsø', email: 'aase.oernsoe@randers.dk' },
      { id: 'e2', teamId: 't1', name: 'Bo', email: 'bo@randers.dk', number: '1234' },
    ]);
    expect(await db.employees.where('email').equals('aase.oernsoe@randers.dk').count()).toBe(1);
    expect(await db.cycles.where('[teamId+createdAt]').between(['t1', 0], ['t1', Infinity]).count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(await db.events.get(['c1', 1])).toMatchObject({ prev: GENESIS, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    db.close();
  });

  it("v5 → v6 chains every cycle's existing events in seq order and records each head; a change afterwards shows", async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(storesOf(5));
    await v5.open();
    const at = Date.UTC(2026, 0, 12, 8);
    const rows = {
      c1: scriptEvents('tus-iku', ['e1', 'e2'], at, 'archived').map((e, i) => toRow('c1', i + 1, e)),
      c2: scriptEvents('tus', [], at, 'closed').map((e, i) => toRow('c2', i + 1, e)),
    };
    await v5.table('teams').add({ id: 't1', name: 'Team', archived: 0, createdAt: 1 });
    await v5.table('cycles').bulkAdd([
      { id: 'c1', teamId: 't1', variant: 'tus-iku', createdAt: 2, open: 1, cache: toCache(replay('tus-iku', rows.c1), rows.c1.length) },
      { id: 'c2', teamId: 't1', variant: 'tus', createdAt: 3, open: 0, cache: toCache(replay('tus', rows.c2), rows.c2.length) },
      { id: 'c3', teamId: 't1', variant: 'tus', createdAt: 4, open: 1, cache: null },
    ]);
    // Written out of order: the chain follows seq, not insertion order.
    await v5.table('events').bulkAdd([...rows.c2, ...rows.c1].reverse());
    v5.close();

    const db = new TusDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    for (const id of ['c1', 'c2'] as const) {
      const stored = await db.events.where('[cycleId+seq]').between([id, 0], [id, Infinity]).toArray();
      expect(stored.map(({ hash: _h, prev: _p, ...e }) => e)).toEqual(rows[id]);
      let prev = GENESIS;
      for (const row of stored) {
        expect(row.prev).toBe(prev);
        expect(row.hash).toBe(eventHash(row, prev));
        prev = row.hash;
      }
      const cycle = (await db.cycles.get(id))!;
      expect(cycle.head).toEqual({ seq: stored.length, hash: prev });
      expect(verifyChain(stored, cycle.head)).toEqual({ ok: true, head: cycle.head });
      expect((await loadCycle(db, id)).row.integrity).toBeNull();
    }
    expect((await db.cycles.get('c3'))!.head).toBeNull();

    // The upgraded chain is the one the store goes on with, and it catches a later change.
    await appendEvent(db, 'c1', { type: 'leader.planFollowUps', at: at + 20 * 86_400_000, dates: [at + 90 * 86_400_000] });
    expect((await loadCycle(db, 'c1')).row.integrity).toBeNull();
    await db.events.update(['c1', 5], { at: 0 });
    expect((await loadCycle(db, 'c1')).row.integrity?.chain).toMatchObject({ firstBadSeq: 5, kind: 'modified' });
    db.close();
  });

  it("v4 → v5 gives every open cycle with a current cache the popup's step row; a stale one gets it when refreshed", async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(storesOf(4));
    await v4.open();
    const events = scriptEvents('tus-iku', ['e1'], Date.UTC(2026, 0, 12, 8), 'corrections').map((e, i) => toRow('c1', i + 1, e));
    const cache = toCache(replay('tus-iku', events), events.length);
    await v4.table('teams').add({ id: 't1', name: 'Team', archived: 0, createdAt: 1 });
    await v4.table('cycles').bulkAdd([
      { id: 'c1', teamId: 't1', variant: 'tus-iku', createdAt: 2, open: 1, cache },
      { id: 'c2', teamId: 't1', variant: 'tus-iku', createdAt: 3, open: 1, cache: { ...cache, machineVersion: -1 } },
    ]);
    await v4.table('events').bulkAdd([...events, ...events.map((e) => ({ ...e, cycleId: 'c2' }))]);
    v4.close();

    const db = new TusDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const row = (await db.steps.get('c1'))!;
    for (const now of [cache.context.plan.correctionDeadline! - 1, cache.context.plan.correctionDeadline!]) {
      expect(stepAt(row.schedule, now)).toEqual(nextStep(cache, now, DEFAULT_STEP_OPTIONS));
    }
    expect(await db.steps.get('c2')).toBeUndefined();
    expect(await refreshStepRows(db)).toBe(1);
    expect((await db.steps.get('c2'))!.schedule).toEqual(row.schedule);
    expect((await db.cycles.get('c2'))!.cache).toEqual(cache);
    db.close();
  });
});
