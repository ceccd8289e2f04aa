// Writing a checked backup: replace everything, or add what is missing. One transaction each,
// so a failure part-way (a full disk) leaves the database as it was.
import type { Table } from 'dexie';
import type { TusDb } from '../db/database';
import type { CycleRow } from '../db/rows';
import { toStepRows } from '../db/step-rows';
import { KeyedError } from '../i18n/message';
import { eraseEmployee, IkuUnfinishedError } from '../privacy/erase';
import { ERASED_KEY, type ErasedIds, erasedOf, isErased, joinErased, readErased } from '../privacy/erased';
import { readStepOptions } from '../settings/store';
import { BACKED_UP_TABLES, type BackupContent, type BackupTables, REBUILT_TABLES, type TableName } from './content';
import { LAST_BACKUP_KEY } from './store';
import { type ErasedCounts, erasedInFile, KEY_OF } from './validate';

const tablesOf = (db: TusDb) => [...BACKED_UP_TABLES, ...REBUILT_TABLES].map((name) => db.table(name));
const table = (db: TusDb, name: TableName) => db.table(name) as Table<unknown, unknown>;

export type TableCounts = Record<TableName, number>;
const zero = (): TableCounts => Object.fromEntries(BACKED_UP_TABLES.map((n) => [n, 0])) as TableCounts;

/** Tables whose rows belong to one cycle: taken with their cycle or not at all. */
const OF_A_CYCLE = ['events', 'agreements', 'ikus', 'corrections', 'teamPlans'] as const;

/**
 * The file's tables without the cycles erased here (retention) and the rows under them, and
 * without the erased employees' own agreements, IKU versions and corrections.
 */
function withoutErased(tables: BackupTables, erased: ErasedIds): { tables: BackupTables; counts: ErasedCounts; employees: string[] } {
  const is = isErased(erased);
  const keep = (r: { cycleId: string; employeeId?: string | null }) => !is.cycle(r.cycleId) && !(r.employeeId && is.employee(r.employeeId));
  const next: BackupTables = { ...tables, cycles: tables.cycles.filter((c) => !is.cycle(c.id)) };
  for (const name of OF_A_CYCLE) (next[name] as { cycleId: string }[]) = (tables[name] as { cycleId: string }[]).filter(keep);
  const employees = tables.employees.filter((e) => is.employee(e.id)).map((e) => e.id);
  return { tables: next, counts: erasedInFile({ tables }, erased), employees };
}

/**
 * The erasure again, for an employee erased here whose row the file brings back: their row was
 * written with the rest so that eraseEmployee finds their name and address, and it rewrites
 * every log that names them, in the caller's transaction.
 */
async function eraseAgain(db: TusDb, employeeIds: readonly string[], now: number): Promise<void> {
  for (const id of employeeIds) {
    try {
      await eraseEmployee(db, id, now);
    } catch (e) {
      // The file's open cycle waits for their IKU: it could never be finished without them.
      if (e instanceof IkuUnfinishedError) throw new KeyedError('backup.erasedUnfinished', { team: e.team });
      throw e;
    }
  }
}

export interface ReplaceResult {
  written: TableCounts;
  /** Erased here after the file was made: not restored (cycles) or erased again (employees). */
  erased: ErasedCounts;
}

/**
 * Clears every table and writes the file's rows; the step rows are made again from the restored
 * caches and settings. The last backup is the file itself (its time, or a later one it recorded).
 * What was erased here after the file was made stays erased: the cycles are left out and the
 * employees erased again, and the record of erasures keeps both the file's and this database's.
 * (Refusing such a file instead would leave the leader without the rest of it.)
 */
export async function replaceAll(db: TusDb, content: BackupContent, now: number = Date.now()): Promise<ReplaceResult> {
  const recorded = content.tables.settings.find((s) => s.key === LAST_BACKUP_KEY)?.value;
  const lastAt = Math.max(content.madeAt, typeof recorded === 'number' ? recorded : 0);
  const written = zero();
  let erased: ErasedCounts = { employees: 0, cycles: 0 };
  await db.transaction('rw', tablesOf(db), async () => {
    const here = await readErased(db);
    const kept = withoutErased(content.tables, here);
    const { tables } = kept;
    erased = kept.counts;
    for (const t of tablesOf(db)) await t.clear();
    for (const name of BACKED_UP_TABLES) {
      await table(db, name).bulkAdd(tables[name]);
      written[name] = tables[name].length;
    }
    await db.settings.put({ key: LAST_BACKUP_KEY, value: lastAt });
    const fileErased = erasedOf(tables.settings.find((s) => s.key === ERASED_KEY)?.value);
    const record = joinErased(fileErased, here);
    if (record.employees.length + record.cycles.length > 0) await db.settings.put({ key: ERASED_KEY, value: record });
    await db.steps.bulkAdd(toStepRows(tables.cycles, await readStepOptions(db)));
    await eraseAgain(db, kept.employees, now);
    written.employees -= kept.employees.length;
  });
  return { written, erased };
}

/** What a merge leaves out because the store would refuse it (lib/cycles/store.ts, lib/teams/store.ts). */
export interface MergeConflicts {
  /** Open cycles for a team that has an open cycle here (or earlier in the file). */
  cycles: number;
  /** Employees whose address is already used in their team here. */
  employees: number;
}

/** The file's new rows the store rules refuse, by id; reads only (inside the caller's transaction, or alone). */
async function conflictsOf(db: TusDb, tables: BackupTables): Promise<{ cycles: Set<string>; employees: Set<string> }> {
  const cyclesHere = await db.cycles.toArray();
  const known = new Set(cyclesHere.map((c) => c.id));
  const openTeams = new Set(cyclesHere.filter((c) => c.open === 1).map((c) => c.teamId));
  const cycles = new Set<string>();
  for (const c of tables.cycles) {
    if (known.has(c.id) || c.open !== 1) continue;
    if (openTeams.has(c.teamId)) cycles.add(c.id);
    else openTeams.add(c.teamId);
  }
  const employeesHere = await db.employees.toArray();
  const ids = new Set(employeesHere.map((e) => e.id));
  const used = new Set(employeesHere.map((e) => `${e.teamId}\u0000${e.email}`));
  const employees = new Set<string>();
  for (const e of tables.employees) {
    if (ids.has(e.id)) continue;
    const key = `${e.teamId}\u0000${e.email}`;
    if (used.has(key)) employees.add(e.id);
    else used.add(key);
  }
  return { cycles, employees };
}

/** What a merge of this file would leave out by the store rules, for the preview. */
export async function mergeConflicts(db: TusDb, content: BackupContent): Promise<MergeConflicts> {
  return db.transaction('r', db.cycles, db.employees, db.settings, async () => {
    const { cycles, employees } = await conflictsOf(db, withoutErased(content.tables, await readErased(db)).tables);
    return { cycles: cycles.size, employees: employees.size };
  });
}

export interface MergeResult {
  added: TableCounts;
  skipped: TableCounts;
  /** Left out because the store would refuse them (also counted in skipped). */
  conflicts: MergeConflicts;
  /** Erased here after the file was made, and not brought back. */
  erased: ErasedCounts;
}

/**
 * Adds what is missing by primary key and never overwrites a row. A cycle that exists here is
 * kept whole: none of the file's events, agreements, IKUs or corrections for it are added, as
 * a longer log from the file would not fit this cycle's head, and an IKU or agreement would
 * stand beside a log that never made it.
 */
export async function mergeMissing(db: TusDb, content: BackupContent, now: number = Date.now()): Promise<MergeResult> {
  const added = zero();
  const skipped = zero();
  let erased: ErasedCounts = { employees: 0, cycles: 0 };
  let conflicts: MergeConflicts = { cycles: 0, employees: 0 };
  await db.transaction('rw', tablesOf(db), async () => {
    const kept = withoutErased(content.tables, await readErased(db));
    erased = kept.counts;
    const refused = await conflictsOf(db, kept.tables);
    conflicts = { cycles: refused.cycles.size, employees: refused.employees.size };
    const existing = new Set((await db.cycles.toCollection().primaryKeys()) as string[]);
    const newCycles: CycleRow[] = [];
    const newEmployees = new Set<string>();
    for (const name of BACKED_UP_TABLES) {
      const rows = kept.tables[name] as BackupTables[TableName][number][];
      const key = KEY_OF[name] as (r: unknown) => string;
      const here = new Set(
        (await table(db, name).toCollection().primaryKeys()).map((k) => (Array.isArray(k) ? k.join('\u0000') : String(k))),
      );
      const fresh = rows.filter(
        (r) =>
          !here.has(key(r)) &&
          !((OF_A_CYCLE as readonly string[]).includes(name) && existing.has((r as { cycleId: string }).cycleId)) &&
          !(name === 'cycles' && refused.cycles.has(key(r))) &&
          !((OF_A_CYCLE as readonly string[]).includes(name) && refused.cycles.has((r as { cycleId: string }).cycleId)) &&
          !(name === 'employees' && refused.employees.has(key(r))) &&
          // The file's record of an earlier backup says nothing about this database's, nor its
          // record of erasures (an id erased there may be someone kept here).
          !(name === 'settings' && (key(r) === LAST_BACKUP_KEY || key(r) === ERASED_KEY)),
      );
      await table(db, name).bulkAdd(fresh);
      added[name] = fresh.length;
      skipped[name] = content.tables[name].length - fresh.length;
      if (name === 'cycles') newCycles.push(...(fresh as CycleRow[]));
      if (name === 'employees') for (const r of fresh) newEmployees.add(key(r));
    }
    await db.steps.bulkAdd(toStepRows(newCycles, await readStepOptions(db)));
    // An erased employee's row was added only for the erasure to find their name in the new logs.
    const again = kept.employees.filter((id) => newEmployees.has(id));
    await eraseAgain(db, again, now);
    added.employees -= again.length;
    skipped.employees += again.length;
  });
  return { added, skipped, erased, conflicts };
}
