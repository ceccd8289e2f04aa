import Dexie from 'dexie';
import { readCycleLog } from '../cycles/store';
import type { CycleRow, TusDb } from '../db/database';
import { KeyedError } from '../i18n/message';
import { recordErased } from './erased';

const YEAR = 365.2425 * 86_400_000;

/** One closed cycle a retention erasure would remove. */
export interface RetentionItem {
  cycleId: string;
  teamName: string;
  createdAt: number;
  closedAt: number;
  /** Employees (still on a list) named by the cycle's log, agreements or IKUs. */
  employees: string[];
}

export const MIN_YEARS = 1;
export const MAX_YEARS = 50;

function checkYears(years: number): void {
  if (!Number.isInteger(years) || years < MIN_YEARS || years > MAX_YEARS) throw new KeyedError('privacy.retention.invalidYears');
}

/** When a cycle was closed, by the closing event in its log (when the cache does not say). */
async function loggedCloseOf(db: TusDb, row: CycleRow): Promise<number | null> {
  const log = await readCycleLog(db, row.id);
  return log.findLast((e) => e.type === 'leader.closeCycle')?.at ?? null;
}

/** The closed cycles whose closing is more than `years` years before `now`, oldest first; reads only. */
async function dueItems(db: TusDb, years: number, now: number): Promise<RetentionItem[]> {
  const before = now - years * YEAR;
  const teams = new Map((await db.teams.toArray()).map((t) => [t.id, t.name]));
  const employees = await db.employees.toArray();
  const items: RetentionItem[] = [];
  for (const row of await db.cycles.where('open').equals(0).toArray()) {
    // Only a Dexie call is awaited here: a run of awaits on plain promises inside a transaction
    // loses Dexie's zone, and the transaction commits early (PrematureCommitError).
    const cached = row.cache?.context.closedAt;
    const closedAt = typeof cached === 'number' ? cached : await loggedCloseOf(db, row);
    if (closedAt === null || closedAt >= before) continue;
    const log = JSON.stringify((await readCycleLog(db, row.id)).map((e) => e.payload));
    const ids = new Set([
      ...(await db.agreements.where('cycleId').equals(row.id).toArray()).map((a) => a.employeeId),
      ...(await db.ikus.where('cycleId').equals(row.id).toArray()).map((v) => v.employeeId),
    ]);
    const named = employees.filter((e) => ids.has(e.id) || log.includes(JSON.stringify(e.id))).map((e) => e.name);
    items.push({ cycleId: row.id, teamName: teams.get(row.teamId) ?? '', createdAt: row.createdAt, closedAt, employees: named.sort() });
  }
  return items.sort((a, b) => a.closedAt - b.closedAt);
}

/** What `eraseOldCycles` would remove now. */
export async function retentionPreview(db: TusDb, years: number, now: number): Promise<RetentionItem[]> {
  checkYears(years);
  return db.transaction('r', db.tables, () => dueItems(db, years, now));
}

/**
 * Erases the closed cycles older than `years` years, with their logs, step rows, agreements, IKU
 * versions, corrections and team plans, in one transaction; employees stay on their teams. Only what the
 * leader was shown: the due cycles are found again inside the transaction and must be exactly
 * `confirmed`, else nothing goes. Returns what was erased.
 */
export async function eraseOldCycles(db: TusDb, years: number, now: number, confirmed: readonly string[]): Promise<RetentionItem[]> {
  checkYears(years);
  return db.transaction('rw', db.tables, async () => {
    const items = await dueItems(db, years, now);
    const ids = items.map((i) => i.cycleId);
    if (ids.length !== confirmed.length || ids.some((id) => !confirmed.includes(id))) throw new KeyedError('privacy.retention.changed');
    for (const id of ids) {
      await db.events.where('[cycleId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
      await db.agreements.where('cycleId').equals(id).delete();
      await db.ikus.where('cycleId').equals(id).delete();
      await db.corrections.where('cycleId').equals(id).delete();
      await db.teamPlans.where('cycleId').equals(id).delete();
      await db.steps.delete(id);
      await db.cycles.delete(id);
    }
    await recordErased(db, { cycles: ids });
    return items;
  });
}
