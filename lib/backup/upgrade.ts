import Dexie from 'dexie';
import { LATEST_VERSION, TusDb, VERSIONS } from '../db/database';
import { BACKED_UP_TABLES, type RawContent } from './content';
import { fail, type Outcome } from './problems';

/**
 * The first schema version whose logs carry a hash chain: its upgrade (chainLoggedEvents) chains
 * the events logged before. A number, not the function's name, which a minified build renames.
 */
const CHAINED_FROM = 6;

/** Cycles with events in a file from before the chain: their upgrade chains what the file says, unproven. */
function unchainedIn(raw: RawContent): number {
  if (raw.schemaVersion >= CHAINED_FROM) return 0;
  return new Set((raw.tables.events ?? []).map((e) => e.cycleId)).size;
}

/**
 * Rows written at an older schema version, brought up to the latest by the same named upgrades
 * an installed database runs (VERSIONS): written into a throw-away database at the file's version,
 * reopened at the latest, read back, deleted. One upgrade path for both, so a backup can never be
 * upgraded differently from the database it came from.
 */
export async function upgradeContent(raw: RawContent): Promise<Outcome<RawContent>> {
  if (raw.schemaVersion === LATEST_VERSION) return { ok: true, value: raw };
  const name = `tus-assistent-restore-${globalThis.crypto.randomUUID()}`;
  try {
    const old = new Dexie(name);
    for (const { version, stores } of VERSIONS.filter((x) => x.version <= raw.schemaVersion)) old.version(version).stores(stores);
    await old.open();
    try {
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(raw.tables)) await old.table(table).bulkAdd(rows);
      });
    } finally {
      old.close();
    }
    const db = new TusDb(name);
    try {
      const read = await db.transaction(
        'r',
        BACKED_UP_TABLES.map((t) => db.table(t)),
        () => Promise.all(BACKED_UP_TABLES.map((t) => db.table(t).toArray())),
      );
      const tables = Object.fromEntries(BACKED_UP_TABLES.map((t, i) => [t, read[i]]));
      return { ok: true, value: { schemaVersion: LATEST_VERSION, madeAt: raw.madeAt, tables, unchained: unchainedIn(raw) } };
    } finally {
      db.close();
    }
  } catch (e) {
    // Rows the old version's tables cannot hold (a missing key) or that its upgrade refuses.
    return fail('invalidContent', `upgrade from ${raw.schemaVersion}: ${e instanceof Error ? e.name : 'error'}`);
  } finally {
    await Dexie.delete(name).catch(() => undefined);
  }
}
