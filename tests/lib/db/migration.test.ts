import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { replay, toCache, toRow } from '../../../lib/cycles/replay';
import { appendEvent, loadCycle, refreshStepRows } from '../../../lib/cycles/store';
import { eventHash, GENESIS, verifyChain } from '../../../lib/db/chain';
import { type CycleRow, type EventRow, LATEST_VERSION, storesOf, TusDb, VERSIONS } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import type { Employee } from '../../../lib/domain/types';
import { CYCLE_MACHINE_VERSION } from '../../../machines/machine-version';
import { nextStep } from '../../../machines/next-step';
import { stepAt } from '../../../machines/step-at';
import { DEFAULT_STEP_OPTIONS } from '../../../machines/step-options';
import { blobHash, DB_FIXTURES, type DbFixture, writeFixture } from '../../support/db-fixtures';

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
    expect(db.verno).toBe(LATEST_VERSION);
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

type Row = Record<string, unknown>;
type Rows = Record<string, Row[]>;

/**
 * What each named upgrade must do, keyed by the upgrade function's name: `rows` turns the rows
 * before it into the rows expected after it (written out, not by calling the upgrade's helpers,
 * so that a wrong helper cannot confirm itself), and `check` looks at the upgraded database.
 */
interface UpgradeEffect {
  rows: (rows: Rows) => Rows;
  check: (db: TusDb, before: DbFixture) => Promise<void>;
}

const HEX64 = /^[0-9a-f]{64}$/;

const EFFECTS: Record<string, UpgradeEffect> = {
  lowercaseEmails: {
    rows: (rows) => ({ ...rows, employees: (rows.employees ?? []).map((e) => ({ ...e, email: String(e.email).trim().toLowerCase() })) }),
    async check(db, before) {
      for (const e of before.rows.employees as Employee[]) {
        expect(await db.employees.where('email').equals(e.email.trim().toLowerCase()).primaryKeys()).toContain(e.id);
      }
    },
  },
  makeStepRows: {
    // A row for every cycle whose cache this code can read, made with the default settings.
    rows: (rows) => ({
      ...rows,
      steps: (rows.cycles ?? [])
        .filter((c) => (c as unknown as CycleRow).cache?.machineVersion === CYCLE_MACHINE_VERSION)
        .map((c) => ({
          cycleId: c.id,
          teamId: c.teamId,
          open: c.open,
          machineVersion: CYCLE_MACHINE_VERSION,
          scheduleVersion: expect.any(Number),
          options: DEFAULT_STEP_OPTIONS,
          schedule: expect.any(Array),
        })),
    }),
    async check(db) {
      for (const step of await db.steps.toArray()) {
        const { cache } = (await db.cycles.get(step.cycleId))!;
        for (const now of [0, Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 21), Date.UTC(2027, 6, 1)]) {
          expect(stepAt(step.schedule, now)).toEqual(nextStep(cache!, now, DEFAULT_STEP_OPTIONS));
        }
      }
      // A cycle without a current cache gets its row when it is rebuilt.
      await refreshStepRows(db);
      const open = await db.cycles.where('open').equals(1).primaryKeys();
      expect((await db.steps.bulkGet(open)).every((s) => s !== undefined)).toBe(true);
    },
  },
  chainLoggedEvents: {
    rows: (rows) => ({
      ...rows,
      events: (rows.events ?? []).map((e) => ({ ...e, prev: expect.stringMatching(HEX64), hash: expect.stringMatching(HEX64) })),
      cycles: (rows.cycles ?? []).map((c) => ({ ...c, head: expect.anything(), integrity: null })),
    }),
    async check(db) {
      for (const cycle of await db.cycles.toArray()) {
        const stored: EventRow[] = await db.events.where('[cycleId+seq]').between([cycle.id, 0], [cycle.id, Infinity]).toArray();
        let prev = GENESIS;
        for (const row of stored) {
          expect(row.prev).toBe(prev);
          expect(row.hash).toBe(eventHash(row, prev));
          prev = row.hash;
        }
        expect(cycle.head).toEqual(stored.length ? { seq: stored.at(-1)!.seq, hash: prev } : null);
        const loaded = await loadCycle(db, cycle.id);
        expect(loaded.row.integrity).toBeNull();
        expect(loaded.row.cache?.seq).toBe(stored.length);
      }
    },
  },
};

/** The table's primary key of a row, from the version's index string ('id', '[cycleId+seq]', 'key', …). */
function keyOf(stores: string, row: Row): string {
  const first = stores.split(',')[0]!.trim();
  const fields = first.startsWith('[') ? first.slice(1, -1).split('+') : [first];
  return JSON.stringify(fields.map((f) => row[f]));
}

/** Blobs become their SHA-256, type and size, so a PDF compares by content. */
async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobSha256: await blobHash(value), type: value.type, size: value.size };
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await comparable(v)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

async function sortedTable(stores: string, rows: readonly Row[]): Promise<unknown[]> {
  const sorted = [...rows].sort((a, b) => (keyOf(stores, a) < keyOf(stores, b) ? -1 : 1));
  return (await comparable(sorted)) as unknown[];
}

const upgradesAfter = (from: number) => VERSIONS.filter((v) => v.version > from && v.upgrade);
const tablesOf = (version: number) =>
  Object.entries(storesOf(version))
    .filter(([, s]) => s !== null)
    .map(([t]) => t)
    .sort();

describe('every schema version upgrades to the latest, with nothing lost', () => {
  it('has a filled fixture for every version in VERSIONS (add one with each new version)', () => {
    expect(VERSIONS.map((v) => v.version).filter((v) => !DB_FIXTURES[v])).toEqual([]);
  });

  it('numbers the versions 1, 2, 3, … and gives each upgrade its own name and an effect this test checks', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    const names = VERSIONS.flatMap((v) => (v.upgrade ? [v.upgrade.name] : []));
    expect(names.every((n) => /^[a-z][A-Za-z0-9]+$/.test(n) && n !== 'upgrade')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !EFFECTS[n])).toEqual([]);
    expect(Object.keys(EFFECTS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('declares schema versions only in lib/db/database.ts, the one list', () => {
    const offenders: string[] = [];
    for (const dir of ['lib', 'entrypoints', 'components', 'machines', 'bench']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        const path = join(dir, file);
        if (!/\.tsx?$/.test(path) || path === join('lib', 'db', 'database.ts')) continue;
        if (/\.version\(\s*\d/.test(readFileSync(path, 'utf8')) || /\.upgrade\(/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    }
    expect(offenders).toEqual([]);
  });

  it.each(VERSIONS.map((v) => v.version))(
    'v%i, filled, opens as the latest version with every row and every upgrade done',
    async (from) => {
      const build = DB_FIXTURES[from];
      expect(build, `no fixture for schema v${from} in tests/support/db-fixtures`).toBeDefined();
      const fixture = await build!();
      expect(fixture.version).toBe(from);
      // The fixture fills every table its version has.
      expect(Object.keys(fixture.rows).sort()).toEqual(tablesOf(from));
      for (const rows of Object.values(fixture.rows)) expect(rows.length).toBeGreaterThan(0);

      const name = `migration-${from}-${crypto.randomUUID()}`;
      await writeFixture(name, fixture);
      const db = new TusDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);

      const applied = upgradesAfter(from);
      let expected = fixture.rows as Rows;
      for (const v of applied) expected = EFFECTS[v.upgrade!.name]!.rows(expected);
      const latest = storesOf(LATEST_VERSION);
      for (const table of tablesOf(LATEST_VERSION)) {
        const actual = await db.table(table).toArray();
        expect(await sortedTable(latest[table]!, actual), `table ${table}`).toEqual(
          await sortedTable(latest[table]!, expected[table] ?? []),
        );
      }
      for (const v of applied) await EFFECTS[v.upgrade!.name]!.check(db, fixture);
      db.close();
    },
  );
});
