import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { FIRST_READ_DB, FIRST_READ_VERSION, firstRead, pageFirstRead } from '../../../lib/browser/first-read';
import { readPopupRows } from '../../../lib/cycles/popup-rows';
import { DB_NAME, LATEST_VERSION, storesOf, TusDb, VERSIONS } from '../../../lib/db/database';
import { makeDataset } from '../../../lib/demo/dataset';
import { importDataset } from '../../../lib/demo/import-dataset';
import { teamsByName } from '../../../lib/teams/queries';

const POPUP = [
  { store: 'teams', index: 'archived', key: 0 },
  { store: 'steps', index: 'open', key: 1 },
] as const;
const fresh = () => `first-read-${crypto.randomUUID()}`;

/** The native version as it stands, opened and closed without a version. */
const nativeVersion = (name: string) =>
  new Promise<number>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      resolve(req.result.version);
      req.result.close();
    };
    req.onerror = () => reject(req.error);
  });

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name && (d.version ?? 0) > 0);

describe('firstRead (the popup and dashboard before Dexie)', () => {
  it('knows the schema it reads: the database name and the latest version', () => {
    expect(FIRST_READ_DB).toBe(DB_NAME);
    // A new schema version fails here: check the first reads' stores and indexes still hold, then raise it.
    expect(FIRST_READ_VERSION).toBe(LATEST_VERSION);
  });

  it('reads what Dexie reads at the latest version: the popup rows and the teams', async () => {
    const name = fresh();
    const db = new TusDb(name);
    const now = Date.UTC(2026, 10, 2, 9);
    await importDataset(db, makeDataset({ teams: 6, employeesPerTeam: 3, closedCyclesPerTeam: 1, now }));
    await db.teams.update((await db.teams.toCollection().first())!.id, { archived: 1 });
    const [teams, steps] = await readPopupRows(db);
    const all = await teamsByName(db);
    db.close();
    expect(teams.length).toBeGreaterThan(0);
    expect(steps.length).toBeGreaterThan(0);

    const read = await firstRead(POPUP, { name });
    expect(read).not.toBeNull();
    const byId = <T>(rows: T[], key: keyof T) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    expect(byId(read![0] as typeof teams, 'id')).toEqual(byId(teams, 'id'));
    expect(byId(read![1] as typeof steps, 'cycleId')).toEqual(byId(steps, 'cycleId'));
    expect(byId(((await firstRead([{ store: 'teams' }], { name }))?.[0] ?? []) as typeof all, 'id')).toEqual(byId(all, 'id'));
  });

  it('creates nothing where no database exists, and Dexie then creates it as always', async () => {
    const name = fresh();
    expect(await firstRead(POPUP, { name })).toBeNull();
    expect(await exists(name)).toBe(false);
    const db = new TusDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.teams.count()).toBe(0);
    db.close();
  });

  it.each(VERSIONS.filter((v) => v.version < LATEST_VERSION).map((v) => v.version))(
    'leaves a version %i database as it is (null), and Dexie upgrades it afterwards',
    async (version) => {
      const name = fresh();
      const old = new Dexie(name);
      old.version(version).stores(storesOf(version));
      await old.open();
      await old.table('teams').add({ id: 't1', name: 'Hjemmeplejen', archived: 0, createdAt: 1 });
      old.close();
      const before = await nativeVersion(name);

      expect(await firstRead(POPUP, { name })).toBeNull();
      expect(await firstRead([{ store: 'teams' }], { name })).toBeNull();
      expect(await nativeVersion(name)).toBe(before);

      const db = new TusDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      expect(await db.teams.toArray()).toEqual([{ id: 't1', name: 'Hjemmeplejen', archived: 0, createdAt: 1 }]);
      db.close();
    },
  );

  it('falls back for a newer version, a missing store or a missing index', async () => {
    const raw = (name: string, version: number, make: (db: IDBDatabase) => void) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name, version);
        req.onupgradeneeded = () => make(req.result);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      });
    const newer = fresh();
    await raw(newer, (LATEST_VERSION + 1) * 10, (db) => {
      db.createObjectStore('teams', { keyPath: 'id' }).createIndex('archived', 'archived');
      db.createObjectStore('steps', { keyPath: 'cycleId' }).createIndex('open', 'open');
    });
    expect(await firstRead(POPUP, { name: newer })).toBeNull();

    const noSteps = fresh();
    await raw(noSteps, LATEST_VERSION * 10, (db) => db.createObjectStore('teams', { keyPath: 'id' }).createIndex('archived', 'archived'));
    expect(await firstRead(POPUP, { name: noSteps })).toBeNull();
    expect(await firstRead([{ store: 'teams', index: 'archived', key: 0 }], { name: noSteps })).toEqual([[]]);

    const noIndex = fresh();
    await raw(noIndex, LATEST_VERSION * 10, (db) => {
      db.createObjectStore('teams', { keyPath: 'id' });
      db.createObjectStore('steps', { keyPath: 'cycleId' }).createIndex('open', 'open');
    });
    expect(await firstRead(POPUP, { name: noIndex })).toBeNull();
  });

  it('closes its connection, so an upgrade elsewhere is never blocked by it', async () => {
    const name = fresh();
    const db = new TusDb(name);
    await db.open();
    db.close();
    await firstRead(POPUP, { name });
    const upgraded = await new Promise<string>((resolve) => {
      const req = indexedDB.open(name, LATEST_VERSION * 10 + 5);
      req.onblocked = () => resolve('blocked');
      req.onsuccess = () => {
        req.result.close();
        resolve('opened');
      };
      req.onerror = () => resolve('error');
    });
    expect(upgraded).toBe('opened');
  });

  it('is null without IndexedDB', async () => {
    expect(await firstRead(POPUP, { factory: null as unknown as IDBFactory })).toBeNull();
  });

  it("starts a page's read once: the module takes the one /first-read.js started while the HTML was parsed", async () => {
    globalThis.tusFirstRead = undefined;
    performance.clearMarks('first-read:start');
    const started = pageFirstRead('dashboard');
    expect(pageFirstRead('dashboard')).toBe(started);
    expect(performance.getEntriesByName('first-read:start')).toHaveLength(1);
    // Each page its own read.
    const popup = pageFirstRead('popup');
    expect(popup).not.toBe(started as unknown);
    expect(performance.getEntriesByName('first-read:start')).toHaveLength(2);
    // No database by that name here (the tests' own names are fresh): null, the live query answers.
    expect(await started).toBeNull();
    expect(await popup).toBeNull();
    globalThis.tusFirstRead = undefined;
  });
});
