import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { watchDb, watchDbProblem } from '../../../lib/browser/db';
import { LATEST_VERSION, TusDb } from '../../../lib/db/database';
import type { MessageKey } from '../../../lib/i18n';

/** A raw connection at an older version that, like a hung tab, never closes on versionchange. */
function openStubborn(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('the database singleton', () => {
  it('tells the leader to close the other tabs while an upgrade is blocked, and stops once it opens', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const old = await openStubborn(name, (LATEST_VERSION - 1) * 10);
    const seen: (MessageKey | null)[] = [];
    const stop = watchDbProblem((p) => seen.push(p));
    const db = watchDb(new TusDb(name), {});
    const opening = db.teams.add({ id: 't1', name: 'Team', archived: 0, createdAt: 1 });
    await vi.waitFor(() => expect(seen.at(-1)).toBe('saveError.blocked'));
    old.close();
    await opening;
    expect(seen.at(-1)).toBeNull();
    expect(await db.teams.count()).toBe(1);
    stop();
    db.close();
  });

  it('says why once when the database cannot be opened at all (a damaged profile, a partitioned frame)', async () => {
    const db = new TusDb(`broken-${crypto.randomUUID()}`);
    vi.spyOn(db, 'open').mockRejectedValue(new Dexie.OpenFailedError('open failed', new DOMException('Internal error.', 'UnknownError')));
    const seen: (MessageKey | null)[] = [];
    const stop = watchDbProblem((p) => seen.push(p));
    watchDb(db, {});
    await vi.waitFor(() => expect(seen.at(-1)).toBe('saveError.open'));
    stop();
  });

  it('closes at once when another page upgrades, and reloads the page (or says the connection closed)', async () => {
    const name = `versionchange-${crypto.randomUUID()}`;
    const reload = vi.fn();
    const db = watchDb(new TusDb(name), { reload });
    await db.open();
    const newer = await openStubborn(name, db.verno * 10 + 10);
    expect(reload).toHaveBeenCalledOnce();
    expect(db.isOpen()).toBe(false);
    newer.close();

    const seen: (MessageKey | null)[] = [];
    const stop = watchDbProblem((p) => seen.push(p));
    const worker = watchDb(new TusDb(`${name}-worker`), {});
    await worker.open();
    const newer2 = await openStubborn(`${name}-worker`, worker.verno * 10 + 10);
    expect(seen.at(-1)).toBe('saveError.closed');
    newer2.close();
    stop();
  });
});
