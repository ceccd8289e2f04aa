import { cycleMachine, type CycleEvent } from '../../machines/cycle.machine';
import type { CycleRow, TusDb } from '../db/database';
import { isStepRowCurrent, toStepRow } from '../db/step-rows';
import type { CyclePlan, Variant } from '../domain/types';
import { pureStep } from '../../machines/pure-step';
import { errorMessage } from '../error-message';
import { fromCache, isCacheCurrent, replay, toCache, toRow, type CycleSnapshot } from './replay';

export class RefusedEventError extends Error {
  constructor(readonly eventType: string, readonly state: string) {
    super(`Hændelsen ${eventType} er ikke tilladt i tilstanden ${state}`);
    this.name = 'RefusedEventError';
  }
}

export class OpenCycleExistsError extends Error {
  constructor(readonly teamId: string) {
    super('Teamet har allerede et åbent forløb');
    this.name = 'OpenCycleExistsError';
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} findes ikke`);
    this.name = 'NotFoundError';
  }
}

export interface LoadedCycle {
  row: CycleRow;
  snapshot: CycleSnapshot;
}

/** Reads the snapshot, replaying the log when the cache is missing or from another machine version. */
async function snapshotOf(db: TusDb, row: CycleRow): Promise<{ snapshot: CycleSnapshot; seq: number; rebuilt: boolean }> {
  if (isCacheCurrent(row.cache)) return { snapshot: fromCache(row.cache), seq: row.cache.seq, rebuilt: false };
  const events = await db.events.where('[cycleId+seq]').between([row.id, 0], [row.id, Infinity]).toArray();
  return { snapshot: replay(row.variant, events), seq: events.at(-1)?.seq ?? 0, rebuilt: true };
}

/** The tables a write to a cycle touches; a caller's own transaction must include them. */
export const cycleTables = (db: TusDb) => [db.cycles, db.events, db.steps];

/** Writes a cycle row and the popup's step row derived from it (inside the caller's transaction). */
async function putCycle(db: TusDb, row: CycleRow): Promise<void> {
  await db.cycles.put(row);
  const step = toStepRow(row);
  if (step) await db.steps.put(step);
}

/** Loads a cycle; a stale cache is rebuilt from the log, and a missing or stale step row rewritten. */
export async function loadCycle(db: TusDb, cycleId: string): Promise<LoadedCycle> {
  return db.transaction('rw', cycleTables(db), async () => {
    const row = await db.cycles.get(cycleId);
    if (!row) throw new NotFoundError('Forløbet');
    const { snapshot, seq, rebuilt } = await snapshotOf(db, row);
    if (!rebuilt) {
      if (!isStepRowCurrent(await db.steps.get(cycleId))) await putCycle(db, row);
      return { row, snapshot };
    }
    const fresh: CycleRow = { ...row, cache: toCache(snapshot, seq) };
    await putCycle(db, fresh);
    return { row: fresh, snapshot };
  });
}

/**
 * After an update that changed the machine or the next-step rules: every open cycle whose
 * step row is missing or stale gets it rebuilt, so the popup shows the right step again.
 */
export async function refreshStepRows(db: TusDb): Promise<number> {
  const open = await db.cycles.where('open').equals(1).primaryKeys();
  const rows = await db.steps.bulkGet(open);
  const stale = open.filter((_, i) => !isStepRowCurrent(rows[i]));
  for (const id of stale) await loadCycle(db, id);
  return stale.length;
}

const stateName = (s: CycleSnapshot) => JSON.stringify(s.value);

/**
 * Appends one event and updates the cached snapshot in one transaction; an event the
 * machine refuses writes nothing.
 */
export async function appendEvent(db: TusDb, cycleId: string, event: CycleEvent): Promise<LoadedCycle> {
  return db.transaction('rw', cycleTables(db), async () => {
    const row = await db.cycles.get(cycleId);
    if (!row) throw new NotFoundError('Forløbet');
    const { snapshot, seq } = await snapshotOf(db, row);
    if (!snapshot.can(event)) throw new RefusedEventError(event.type, stateName(snapshot));
    const next = pureStep(cycleMachine, snapshot, event);
    const updated: CycleRow = { ...row, open: next.status === 'done' ? 0 : 1, cache: toCache(next, seq + 1) };
    await db.events.add(toRow(cycleId, seq + 1, event));
    await putCycle(db, updated);
    return { row: updated, snapshot: next };
  });
}

/**
 * For panels that show the outcome in the page: a refused or failed append becomes a message
 * to show, not an exception across the message channel.
 */
export async function tryAppend(db: TusDb, cycleId: string, event: CycleEvent): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await appendEvent(db, cycleId, event);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}

export interface NewCycle {
  teamId: string;
  variant: Variant;
  plan: Partial<CyclePlan>;
  now: number;
  id?: string;
}

/** Creates a cycle and its first event (the plan). One open cycle per team. */
export async function createCycle(db: TusDb, input: NewCycle): Promise<LoadedCycle> {
  const id = input.id ?? crypto.randomUUID();
  return db.transaction('rw', [db.teams, ...cycleTables(db)], async () => {
    if (!(await db.teams.get(input.teamId))) throw new NotFoundError('Teamet');
    const open = await db.cycles.where('teamId').equals(input.teamId).filter((c) => c.open === 1).count();
    if (open > 0) throw new OpenCycleExistsError(input.teamId);
    await db.cycles.add({ id, teamId: input.teamId, variant: input.variant, createdAt: input.now, open: 1, cache: null });
    return appendEvent(db, id, { type: 'leader.updatePlan', plan: input.plan, at: input.now });
  });
}
