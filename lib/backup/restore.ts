// Writing a checked backup: replace everything, or add what is missing. One transaction each,
// so a failure part-way (a full disk) leaves the database as it was.
import type { Table } from 'dexie';
import type { TusDb } from '../db/database';
import type { CycleRow } from '../db/rows';
import { toStepRows } from '../db/step-rows';
import { readStepOptions } from '../settings/store';
import { BACKED_UP_TABLES, type BackupContent, type BackupTables, REBUILT_TABLES, type TableName } from './content';
import { LAST_BACKUP_KEY } from './store';
import { KEY_OF } from './validate';

const tablesOf = (db: TusDb) => [...BACKED_UP_TABLES, ...REBUILT_TABLES].map((name) => db.table(name));
const table = (db: TusDb, name: TableName) => db.table(name) as Table<unknown, unknown>;

export type TableCounts = Record<TableName, number>;
const zero = (): TableCounts => Object.fromEntries(BACKED_UP_TABLES.map((n) => [n, 0])) as TableCounts;

/**
 * Clears every table and writes the file's rows; the step rows are made again from the restored
 * caches and settings. The last backup is the file itself (its time, or a later one it recorded).
 */
export async function replaceAll(db: TusDb, content: BackupContent): Promise<TableCounts> {
  const { tables } = content;
  const recorded = tables.settings.find((s) => s.key === LAST_BACKUP_KEY)?.value;
  const lastAt = Math.max(content.madeAt, typeof recorded === 'number' ? recorded : 0);
  const written = zero();
  await db.transaction('rw', tablesOf(db), async () => {
    for (const t of tablesOf(db)) await t.clear();
    for (const name of BACKED_UP_TABLES) {
      await table(db, name).bulkAdd(tables[name]);
      written[name] = tables[name].length;
    }
    await db.settings.put({ key: LAST_BACKUP_KEY, value: lastAt });
    await db.steps.bulkAdd(toStepRows(tables.cycles, await readStepOptions(db)));
  });
  return written;
}

export interface MergeResult {
  added: TableCounts;
  skipped: TableCounts;
}

/** Tables whose rows belong to one cycle: taken with their cycle or not at all. */
const OF_A_CYCLE = ['events', 'agreements', 'ikus', 'corrections'] as const;

/**
 * Adds what is missing by primary key and never overwrites a row. A cycle that exists here is
 * kept whole: none of the file's events, agreements, IKUs or corrections for it are added, as
 * a longer log from the file would not fit this cycle's head, and an IKU or agreement would
 * stand beside a log that never made it.
 */
export async function mergeMissing(db: TusDb, content: BackupContent): Promise<MergeResult> {
  const added = zero();
  const skipped = zero();
  await db.transaction('rw', tablesOf(db), async () => {
    const existing = new Set((await db.cycles.toCollection().primaryKeys()) as string[]);
    const newCycles: CycleRow[] = [];
    for (const name of BACKED_UP_TABLES) {
      const rows = content.tables[name] as BackupTables[TableName][number][];
      const key = KEY_OF[name] as (r: unknown) => string;
      const here = new Set(
        (await table(db, name).toCollection().primaryKeys()).map((k) => (Array.isArray(k) ? k.join('\u0000') : String(k))),
      );
      const fresh = rows.filter(
        (r) =>
          !here.has(key(r)) &&
          !((OF_A_CYCLE as readonly string[]).includes(name) && existing.has((r as { cycleId: string }).cycleId)) &&
          // The file's record of an earlier backup says nothing about this database's.
          !(name === 'settings' && key(r) === LAST_BACKUP_KEY),
      );
      await table(db, name).bulkAdd(fresh);
      added[name] = fresh.length;
      skipped[name] = rows.length - fresh.length;
      if (name === 'cycles') newCycles.push(...(fresh as CycleRow[]));
    }
    await db.steps.bulkAdd(toStepRows(newCycles, await readStepOptions(db)));
  });
  return { added, skipped };
}
