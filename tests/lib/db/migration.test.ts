import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA, TusDb } from '../../../lib/db/database';

describe('database migration', () => {
  it('opens a v1 database filled with data, upgrades to the current version, and loses nothing', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA[1]);
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
    db.close();
  });
});
