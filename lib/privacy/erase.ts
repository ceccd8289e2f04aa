import type { EntityTable } from 'dexie';
import { loadCycle, NotFoundError, readCycleLog } from '../cycles/store';
import type { CycleRow, EventRow, TusDb } from '../db/database';
import type { Employee } from '../domain/types';
import { KeyedError } from '../i18n/message';
import { recordErased } from './erased';
import { relinkLog } from './relink';
import { type ErasureTarget, needleMatcher, scrubText, tombstoneId, tombstonePayload } from './scrub';

/** What erasing one employee will remove and rewrite, shown before anything goes. */
export interface ErasurePlan {
  employee: Pick<Employee, 'id' | 'name' | 'email' | 'teamId'>;
  teamName: string;
  /** Their own agreements (individual and after the TUS). */
  agreements: number;
  ikuVersions: number;
  corrections: number;
  /** Cycles whose log names them, and how many of its events get the tombstone. */
  cycles: { cycleId: string; teamName: string; createdAt: number; open: boolean; events: number }[];
  /** Teams of open cycles where their IKU is not archived yet: erasure is refused there (see eraseEmployee). */
  unfinishedIn: string[];
  /**
   * Colleagues whose IKU versions print a team agreement that names them. Those PDFs stay as
   * they are: each is the evidence of what that colleague approved (its hash is in their consent).
   */
  colleagueIkus: number;
  /** Settings entries that carry their id (reminders already shown about them): removed. */
  settings: number;
}

export interface ErasureResult {
  cycles: number;
  events: number;
  agreements: number;
  ikuVersions: number;
  corrections: number;
}

/** Refused: the cycle could never reach "archived" without this employee's IKU. */
export class IkuUnfinishedError extends KeyedError {
  constructor(readonly team: string) {
    super('privacy.erase.ikuUnfinished', { team });
    this.name = 'IkuUnfinishedError';
  }
}

/** The payloads to rewrite in one log, by seq. */
function changesIn(log: readonly EventRow[], target: ErasureTarget, matcher: RegExp | null): Map<number, Record<string, unknown>> {
  const changes = new Map<number, Record<string, unknown>>();
  for (const row of log) {
    const next = tombstonePayload(row.payload, target, matcher);
    if (next) changes.set(row.seq, next);
  }
  return changes;
}

const targetOf = (employee: Employee): ErasureTarget => ({
  employeeId: employee.id,
  tombstoneId: tombstoneId(),
  needles: [employee.name, employee.email],
});

/** Open cycles where the employee has an IKU that is not archived: their teams' names. */
function unfinishedIkus(cycles: readonly CycleRow[], employeeId: string, teamName: (id: string) => string): string[] {
  return cycles
    .filter((c) => c.open === 1 && c.cache?.context.ikus.some((i) => i.employeeId === employeeId && i.value !== 'archived'))
    .map((c) => teamName(c.teamId));
}

async function teamNames(db: TusDb): Promise<(id: string) => string> {
  const names = new Map((await db.teams.toArray()).map((t) => [t.id, t.name]));
  return (id) => names.get(id) ?? '';
}

/** Colleagues with an IKU version in a cycle whose team agreements (printed in every IKU there) name the employee. */
async function colleagueIkus(db: TusDb, employeeId: string, matcher: RegExp | null): Promise<number> {
  const names = (text: string) => {
    if (!matcher) return false;
    matcher.lastIndex = 0;
    return matcher.test(text);
  };
  const named = new Set(
    (await db.agreements.filter((a) => a.employeeId === null && (names(a.owner) || names(a.text))).toArray()).map((a) => a.cycleId),
  );
  const colleagues = (await db.ikus.filter((v) => v.employeeId !== employeeId && named.has(v.cycleId)).toArray()).map((v) => v.employeeId);
  return new Set(colleagues).size;
}

/** Whether a settings key or reminder key carries the id as one of its `:`-separated parts. */
const carriesId = (key: string, employeeId: string) => key.split(':').includes(employeeId);

/** The reminder keys (`notified`) that carry the id, and the settings rows keyed by it. */
async function settingsNaming(db: TusDb, employeeId: string): Promise<{ count: number; notified: string[] | null; rows: string[] }> {
  const value = (await db.settings.get('notified'))?.value;
  const keys = Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  const kept = keys.filter((k) => !carriesId(k, employeeId));
  const rows = ((await db.settings.toCollection().primaryKeys()) as string[]).filter((k) => carriesId(k, employeeId));
  const dropped = keys.length - kept.length;
  return { count: dropped + rows.length, notified: dropped > 0 ? kept : null, rows };
}

/** What `eraseEmployee` would do now; reads only. */
export async function planErasure(db: TusDb, employeeId: string): Promise<ErasurePlan> {
  return db.transaction('r', db.tables, async () => {
    const employee = await db.employees.get(employeeId);
    if (!employee) throw new NotFoundError('employee');
    const target = targetOf(employee);
    const matcher = needleMatcher(target.needles);
    const team = await teamNames(db);
    const cycles = await db.cycles.toArray();
    const touched: ErasurePlan['cycles'] = [];
    for (const c of cycles) {
      const events = changesIn(await readCycleLog(db, c.id), target, matcher).size;
      if (events > 0) touched.push({ cycleId: c.id, teamName: team(c.teamId), createdAt: c.createdAt, open: c.open === 1, events });
    }
    const own = (r: { employeeId: string | null }) => r.employeeId === employeeId;
    return {
      employee: { id: employee.id, name: employee.name, email: employee.email, teamId: employee.teamId },
      teamName: team(employee.teamId),
      agreements: await db.agreements.filter(own).count(),
      ikuVersions: await db.ikus.filter(own).count(),
      corrections: await db.corrections.filter(own).count(),
      cycles: touched,
      unfinishedIn: unfinishedIkus(cycles, employeeId, team),
      colleagueIkus: await colleagueIkus(db, employeeId, matcher),
      settings: (await settingsNaming(db, employeeId)).count,
    };
  });
}

/** Options for tests: a step that fails after the log is rewritten, to prove nothing is kept. */
export interface EraseOptions {
  beforeLastWrite?: () => void | Promise<void>;
}

/**
 * Erases one employee in one transaction: their row, their agreements, IKU versions and
 * corrections go; in every cycle's log their id becomes a tombstone id and their name, address
 * and own words `[slettet]`, the chain is renewed after the first rewritten event and a
 * `log.erasure` event records the head before (relink.ts). Their name or address in other rows'
 * text (a team agreement's owner, a correction) is replaced too. Refused while an open cycle
 * waits for their IKU. A failure anywhere leaves everything as it was.
 */
export async function eraseEmployee(db: TusDb, employeeId: string, now: number, options: EraseOptions = {}): Promise<ErasureResult> {
  return db.transaction('rw', db.tables, async () => {
    const employee = await db.employees.get(employeeId);
    if (!employee) throw new NotFoundError('employee');
    const team = await teamNames(db);
    const openIds = await db.cycles.where('open').equals(1).primaryKeys();
    // The caches of open cycles decide the refusal, so they must be current.
    for (const id of openIds) await loadCycle(db, id, now);
    const cycles = await db.cycles.toArray();
    const unfinished = unfinishedIkus(cycles, employeeId, team);
    if (unfinished.length > 0) throw new IkuUnfinishedError(unfinished[0]!);

    const target = targetOf(employee);
    const matcher = needleMatcher(target.needles);
    const result: ErasureResult = { cycles: 0, events: 0, agreements: 0, ikuVersions: 0, corrections: 0 };
    for (const c of cycles) {
      const log = await readCycleLog(db, c.id);
      const relinked = relinkLog(log, c.head ?? null, changesIn(log, target, matcher), now, 'employee');
      if (!relinked) continue;
      await db.events.bulkPut([...relinked.rows, relinked.erasure]);
      // The cache holds the old words too: dropped, and rebuilt from the rewritten log.
      await db.cycles.put({ ...c, head: relinked.head, cache: null });
      await loadCycle(db, c.id, now);
      result.cycles += 1;
      result.events += relinked.rewritten;
    }
    result.agreements = await eraseRows(db.agreements, employeeId, (a) => ({
      ...a,
      text: scrubText(a.text, matcher),
      owner: scrubText(a.owner, matcher),
    }));
    result.corrections = await eraseRows(db.corrections, employeeId, (r) => ({
      ...r,
      oldText: scrubText(r.oldText, matcher),
      newText: scrubText(r.newText, matcher),
      ...(r.oldOwner === undefined ? {} : { oldOwner: scrubText(r.oldOwner, matcher) }),
      ...(r.newOwner === undefined ? {} : { newOwner: scrubText(r.newOwner, matcher) }),
    }));
    result.ikuVersions = await eraseRows(db.ikus, employeeId, (v) => ({ ...v, fileName: scrubText(v.fileName, matcher) }));
    const settings = await settingsNaming(db, employeeId);
    if (settings.notified) await db.settings.put({ key: 'notified', value: settings.notified });
    await db.settings.bulkDelete(settings.rows);
    await recordErased(db, { employees: [employeeId] });
    await options.beforeLastWrite?.();
    await db.employees.delete(employeeId);
    return result;
  });
}

interface Keyed {
  id: string;
  employeeId: string | null;
}

/** The employee's own rows of a table (to delete) and the others with their text scrubbed (to put back when changed). */
function split<R extends Keyed>(rows: readonly R[], employeeId: string, scrub: (row: R) => R): { own: string[]; changed: R[] } {
  const own = rows.filter((r) => r.employeeId === employeeId).map((r) => r.id);
  const changed = rows
    .filter((r) => r.employeeId !== employeeId)
    .flatMap((r) => {
      const next = scrub(r);
      return JSON.stringify(next) === JSON.stringify(r) ? [] : [next];
    });
  return { own, changed };
}

/** Deletes the employee's own rows of a table and puts back the others whose text changed; the number deleted. */
async function eraseRows<R extends Keyed>(table: EntityTable<R, 'id'>, employeeId: string, scrub: (row: R) => R): Promise<number> {
  const { own, changed } = split(await table.toArray(), employeeId, scrub);
  await table.where('id').anyOf(own).delete();
  if (changed.length > 0) await table.bulkPut(changed);
  return own.length;
}
