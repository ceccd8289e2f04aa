// A page's first screen read with IndexedDB itself, before Dexie has loaded: the popup and the
// dashboard paint from it, then hand over to their live queries (Dexie). No Dexie here, and no
// import that brings it: this module is on the pages' first path.
import type { StepRow } from '../db/rows';
import type { Team } from '../domain/types';

/** lib/db/database.ts: DB_NAME (tests/lib/browser/first-read.test.ts checks both). */
export const FIRST_READ_DB = 'tus-assistent';
/**
 * The schema version whose stores this read knows (lib/db/database.ts: LATEST_VERSION). Dexie
 * stores version n as n × 10, and may add to that when it finds a schema change in place, so the
 * native version is read as a whole tenth. Any other version falls back: an older database gets
 * its upgrade from Dexie first, a newer one may hold rows of another shape.
 */
export const FIRST_READ_VERSION = 7;

/** A store to read whole, or by an index's value: `{ store: 'steps', index: 'open', key: 1 }`. */
export interface FirstReadQuery {
  store: string;
  index?: string;
  key?: IDBValidKey;
}

type Rows<Q extends readonly FirstReadQuery[]> = { [K in keyof Q]: unknown[] };

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Opens the database without a version, so it never upgrades it, reads the queries in one read
 * transaction and closes. Null, never an error, whenever the normal path must answer instead: no
 * IndexedDB, no database yet (its creation is aborted, so Dexie creates it as always), another
 * schema version, a store or index missing, a read that fails.
 */
export async function firstRead<const Q extends readonly FirstReadQuery[]>(
  queries: Q,
  { factory = globalThis.indexedDB, name = FIRST_READ_DB }: { factory?: IDBFactory; name?: string } = {},
): Promise<Rows<Q> | null> {
  if (!factory) return null;
  let db: IDBDatabase;
  try {
    db = await openExisting(factory, name);
  } catch {
    return null;
  }
  try {
    performance.mark('first-read:open');
    if (Math.floor(db.version / 10) !== FIRST_READ_VERSION) return null;
    const stores = [...new Set(queries.map((q) => q.store))];
    if (!stores.every((s) => db.objectStoreNames.contains(s))) return null;
    const tx = db.transaction(stores, 'readonly');
    const reads = queries.map(({ store, index, key }) => {
      const source = tx.objectStore(store);
      if (index === undefined) return request(source.getAll(key));
      if (!source.indexNames.contains(index)) throw new Error(`No index ${store}.${index}`);
      return request(source.index(index).getAll(key));
    });
    const rows = (await Promise.all(reads)) as Rows<Q>;
    performance.mark('first-read:data');
    return rows;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** The database as it is; rejects, leaving nothing behind, where none exists yet. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    // Only a database that does not exist yet asks for an upgrade when opened without a version:
    // aborting leaves none, and the normal path creates it with its schema.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const db = req.result;
      // Another page upgrading must never wait for this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

/** The popup's rows, as lib/cycles/popup-rows.ts reads them: the active teams and the open cycles' step rows. */
export const POPUP_FIRST_READ = [
  { store: 'teams', index: 'archived', key: 0 },
  { store: 'steps', index: 'open', key: 1 },
] as const;

export const readPopupFirst = (options?: Parameters<typeof firstRead>[1]) =>
  firstRead(POPUP_FIRST_READ, options) as Promise<[Team[], StepRow[]] | null>;

/** The dashboard's sidebar: every team, archived ones too, by name as a Dane sorts them (lib/teams/queries.ts). */
export async function readTeamsFirst(options?: Parameters<typeof firstRead>[1]): Promise<Team[] | null> {
  const reading = firstRead([{ store: 'teams' }], options) as Promise<[Team[]] | null>;
  // Made while IndexedDB answers: the first Danish collator loads ICU's data, the longest step
  // between the rows and the paint otherwise. Compares as localeCompare(…, 'da') does.
  const collator = new Intl.Collator('da');
  const read = await reading;
  return read && read[0].sort((a, b) => collator.compare(a.name, b.name));
}

/** The pages that paint from a first read. */
export type FirstReadPage = 'popup' | 'dashboard';

interface FirstReads {
  popup: Promise<[Team[], StepRow[]] | null>;
  dashboard: Promise<Team[] | null>;
}

declare global {
  /** The first reads started on this page (pageFirstRead). */
  var tusFirstRead: Partial<FirstReads> | undefined;
}

const READS: { [P in FirstReadPage]: () => FirstReads[P] } = { popup: () => readPopupFirst(), dashboard: () => readTeamsFirst() };

/**
 * The page's first read, started once: by /first-read.js while the page's HTML is parsed
 * (entrypoints/first-read.ts), then taken by the page's module; or by the module, where that
 * script did not run.
 */
export function pageFirstRead<P extends FirstReadPage>(page: P): FirstReads[P] {
  const reads: Partial<FirstReads> = (globalThis.tusFirstRead ??= {});
  if (!reads[page]) {
    performance.mark('first-read:start');
    reads[page] = READS[page]();
  }
  return reads[page] as FirstReads[P];
}
