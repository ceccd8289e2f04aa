import Dexie from 'dexie';
import { CYCLE_MACHINE_VERSION, type CycleEvent, cycleMachine } from '../../machines/cycle.machine';
import { pureStep } from '../../machines/pure-step';
import { refusedAtWrite } from '../../machines/write-rules';
import { type BreakKind, type ChainBreak, type ChainHead, GENESIS, linkEvent, verifyChain } from '../db/chain';
import type { CycleIntegrity, CycleRow, EventRow, RefusedEventStatus, TusDb } from '../db/database';
import { isStepRowCurrent, toStepRow } from '../db/step-rows';
import type { CyclePlan, Variant } from '../domain/types';
import { KeyedError, type Message, messageOf } from '../i18n/message';
import { readStepOptions } from '../settings/store';
import { canonicalJson } from '../shared/canonical-json';
import { CHAIN_GUARDED_EVENTS, chainStatus, integrityOf, sameIntegrity } from './integrity';
import { type CycleSnapshot, fromCache, isCacheCurrent, replayLog, toCache, toRow } from './replay';

export class RefusedEventError extends KeyedError {
  constructor(
    readonly eventType: string,
    readonly state: string,
  ) {
    super('error.refusedEvent', { eventType, state });
    this.name = 'RefusedEventError';
  }
}

export class OpenCycleExistsError extends KeyedError {
  constructor(readonly teamId: string) {
    super('error.openCycleExists');
    this.name = 'OpenCycleExistsError';
  }
}

export type MissingRecord = 'team' | 'cycle' | 'employee';

export class NotFoundError extends KeyedError {
  constructor(readonly what: MissingRecord) {
    super(`error.notFound.${what}`);
    // Not 'NotFoundError': Dexie turns an error of that name leaving a transaction into its own
    // (Dexie.NotFoundError), and the key the view translates would be lost.
    this.name = 'RecordNotFoundError';
  }
}

export class LogChangedError extends KeyedError {
  constructor(
    readonly firstBadSeq: number,
    readonly kind: BreakKind,
  ) {
    super(`error.logChanged.${kind}`, { seq: firstBadSeq });
    this.name = 'LogChangedError';
  }
}

export class LogNeedsAttentionError extends KeyedError {
  constructor(
    readonly seq: number,
    readonly eventType: string,
  ) {
    super('error.logNeedsAttention', { seq, type: eventType });
    this.name = 'LogNeedsAttentionError';
  }
}

export interface LoadedCycle {
  row: CycleRow;
  snapshot: CycleSnapshot;
}

export const ACKNOWLEDGE_LOG_CHANGE = 'leader.acknowledgeLogChange';

/**
 * A cycle's whole log in key order. The bounds take every key, not only positive numbers, so
 * a row slipped in under an odd number is read and verified too.
 */
export const readCycleLog = (db: TusDb, cycleId: string): Promise<EventRow[]> =>
  db.events.where('[cycleId+seq]').between([cycleId, Dexie.minKey], [cycleId, Dexie.maxKey]).toArray();

interface CycleState {
  snapshot: CycleSnapshot;
  seq: number;
  rebuilt: boolean;
  refused: RefusedEventStatus | null;
}

/**
 * The snapshot from the cache, or replayed from the log when the cache is missing or from
 * another machine version (`events` must then be given). A replay that meets an event the
 * machine refuses stops there and reports it.
 */
function stateOf(row: CycleRow, events: readonly EventRow[] | null, now: number): CycleState {
  if (isCacheCurrent(row.cache))
    return { snapshot: fromCache(row.cache), seq: row.cache.seq, rebuilt: false, refused: row.integrity?.refused ?? null };
  const { snapshot, seq, refused } = replayLog(row.variant, events ?? []);
  const before = row.integrity?.refused;
  const same =
    before && refused && before.seq === refused.seq && before.type === refused.type && before.machineVersion === CYCLE_MACHINE_VERSION;
  return {
    snapshot,
    seq,
    rebuilt: true,
    refused: refused ? { ...refused, machineVersion: CYCLE_MACHINE_VERSION, detectedAt: same ? before.detectedAt : now } : null,
  };
}

/**
 * The tables a write to a cycle touches; a caller's own transaction must include them. The
 * settings are read for the step row, in the same transaction as a change of them.
 */
export const cycleTables = (db: TusDb) => [db.cycles, db.events, db.steps, db.settings];

/** Writes a cycle row and the popup's step row derived from it (inside the caller's transaction). */
async function putCycle(db: TusDb, row: CycleRow): Promise<void> {
  await db.cycles.put(row);
  const step = toStepRow(row, await readStepOptions(db));
  if (step) await db.steps.put(step);
}

/**
 * Loads a cycle and verifies its log's hash chain; the outcome is kept on the cycle row
 * (`integrity`). A stale cache is rebuilt from the log, and a missing or stale step row rewritten.
 */
export async function loadCycle(db: TusDb, cycleId: string, now: number = Date.now()): Promise<LoadedCycle> {
  return db.transaction('rw', cycleTables(db), async () => {
    const row = await db.cycles.get(cycleId);
    if (!row) throw new NotFoundError('cycle');
    const events = await readCycleLog(db, cycleId);
    const state = stateOf(row, events, now);
    const chain = chainStatus(row.integrity?.chain, verifyChain(events, row.head ?? null), events, now);
    const integrity = integrityOf(chain, state.refused);
    const fresh: CycleRow = state.rebuilt ? { ...row, cache: toCache(state.snapshot, state.seq), integrity } : { ...row, integrity };
    const stepStale = async () => !isStepRowCurrent(await db.steps.get(cycleId), await readStepOptions(db));
    if (state.rebuilt || !sameIntegrity(row.integrity, integrity) || (await stepStale())) await putCycle(db, fresh);
    return { row: fresh, snapshot: state.snapshot };
  });
}

/** What the logbook shows about a cycle's log, open or closed: read only, nothing written. */
export interface LogCheck {
  events: number;
  head: ChainHead | null;
  integrity: CycleIntegrity | null;
  /** Shaped for the logbook: ok, or the first event that does not match. */
  verdict: { ok: true } | { ok: false; firstBadSeq: number; kind: BreakKind; breaks: ChainBreak[] };
}

/** Verifies a cycle's log now, for the logbook (closed cycles too); the same check loadCycle makes. */
export async function verifyCycleLog(db: TusDb, cycleId: string, now: number = Date.now()): Promise<LogCheck> {
  return db.transaction('r', [db.cycles, db.events], async () => {
    const row = await db.cycles.get(cycleId);
    if (!row) throw new NotFoundError('cycle');
    const events = await readCycleLog(db, cycleId);
    const state = stateOf(row, events, now);
    const verdict = verifyChain(events, row.head ?? null);
    const integrity = integrityOf(chainStatus(row.integrity?.chain, verdict, events, now), state.refused);
    return {
      events: events.length,
      head: verdict.head,
      integrity,
      verdict: verdict.ok ? { ok: true } : { ok: false, firstBadSeq: verdict.firstBadSeq, kind: verdict.kind, breaks: verdict.breaks },
    };
  });
}

/**
 * After an update that changed the machine or the next-step rules: every open cycle whose
 * step row is missing or stale (also: made with other settings) gets it rebuilt, so the popup
 * shows the right step again.
 */
export async function refreshStepRows(db: TusDb): Promise<number> {
  const open = await db.cycles.where('open').equals(1).primaryKeys();
  const [rows, options] = await Promise.all([db.steps.bulkGet(open), readStepOptions(db)]);
  const stale = open.filter((_, i) => !isStepRowCurrent(rows[i], options));
  for (const id of stale) await loadCycle(db, id);
  return stale.length;
}

const stateName = (s: CycleSnapshot) => JSON.stringify(s.value);

type BreakRef = Pick<ChainBreak, 'seq'> & { kind: string };
const sameBreaks = (a: readonly BreakRef[], b: readonly BreakRef[]) =>
  canonicalJson(a.map(({ seq, kind }) => ({ seq, kind }))) === canonicalJson(b.map(({ seq, kind }) => ({ seq, kind })));

/**
 * Appends one event, chained to the last, and updates the cached snapshot in one transaction;
 * an event the machine refuses writes nothing. Refused as well: anything while the log holds
 * an event the machine cannot replay, and consent and archive marks while a change to the log
 * is unseen (verified here and now, not read from the stored flag). A refusal that found
 * something new still records it on the cycle row before it throws.
 */
export async function appendEvent(db: TusDb, cycleId: string, event: CycleEvent): Promise<LoadedCycle> {
  const outcome = await db.transaction('rw', cycleTables(db), async (): Promise<LoadedCycle | Error> => {
    const row = await db.cycles.get(cycleId);
    if (!row) throw new NotFoundError('cycle');
    const watched = CHAIN_GUARDED_EVENTS.has(event.type) || event.type === ACKNOWLEDGE_LOG_CHANGE;
    const events = watched || !isCacheCurrent(row.cache) ? await readCycleLog(db, cycleId) : null;
    const state = stateOf(row, events, event.at);
    if (state.refused) {
      const flagged: CycleRow = {
        ...row,
        cache: state.rebuilt ? toCache(state.snapshot, state.seq) : row.cache,
        integrity: integrityOf(row.integrity?.chain ?? null, state.refused),
      };
      if (state.rebuilt || !sameIntegrity(row.integrity, flagged.integrity)) await putCycle(db, flagged);
      return new LogNeedsAttentionError(state.refused.seq, state.refused.type);
    }
    let chain = row.integrity?.chain ?? null;
    if (events && watched) {
      chain = chainStatus(chain, verifyChain(events, row.head ?? null), events, event.at);
      if (event.type === ACKNOWLEDGE_LOG_CHANGE) {
        if (!chain || !sameBreaks(event.breaks, chain.unseen)) throw new KeyedError('error.acknowledgeMismatch');
        chain = { ...chain, unseen: [], seenAt: event.at };
      } else if (chain && chain.unseen.length > 0) {
        const integrity = integrityOf(chain, null);
        if (!sameIntegrity(row.integrity, integrity)) await putCycle(db, { ...row, integrity });
        return new LogChangedError(chain.unseen[0]!.seq, chain.unseen[0]!.kind);
      }
    }
    if (!state.snapshot.can(event)) throw new RefusedEventError(event.type, stateName(state.snapshot));
    // Rules logs written before them may break (a repeated mark, closing corrections after the
    // window, …): checked here, not in the machine, so those logs still replay (write-rules.ts).
    const refusal = refusedAtWrite(state.snapshot.context, event);
    if (refusal === 'markAlreadySet' && event.type === 'iku.markFiled') throw new KeyedError('error.markAlreadySet', { mark: event.mark });
    if (refusal === 'meetingTimeTaken') throw new KeyedError('followUp.error.timeTaken');
    if (refusal) throw new RefusedEventError(event.type, stateName(state.snapshot));
    const next = pureStep(cycleMachine, state.snapshot, event);
    // Chained to the head the store last wrote, not to whatever row is last now: a cut or
    // rewritten tail stays visible after further appends.
    const last = events ? events.at(-1) : await db.events.where('[cycleId+seq]').between([cycleId, -Infinity], [cycleId, Infinity]).last();
    const seq = Math.max(row.head?.seq ?? 0, state.seq, typeof last?.seq === 'number' ? last.seq : 0) + 1;
    const stored = linkEvent(toRow(cycleId, seq, event), row.head?.hash ?? last?.hash ?? GENESIS);
    await db.events.add(stored);
    const updated: CycleRow = {
      ...row,
      open: next.status === 'done' ? 0 : 1,
      cache: toCache(next, seq),
      head: { seq, hash: stored.hash },
      integrity: integrityOf(chain, null),
    };
    await putCycle(db, updated);
    return { row: updated, snapshot: next };
  });
  if (outcome instanceof Error) throw outcome;
  return outcome;
}

/**
 * Several events for one cycle, appended in order in one transaction: all are written or none.
 * Each is checked as `appendEvent` checks it, against the state the ones before it left. A
 * refusal that found a change to the log is recorded afterwards (the transaction that found it
 * was rolled back with the rest), so the team page still shows it.
 */
export async function appendEvents(db: TusDb, cycleId: string, events: readonly CycleEvent[]): Promise<LoadedCycle> {
  if (events.length === 0) throw new KeyedError('error.nothingToAppend');
  try {
    return await db.transaction('rw', cycleTables(db), async () => {
      let last: LoadedCycle | undefined;
      for (const event of events) last = await appendEvent(db, cycleId, event);
      return last!;
    });
  } catch (e) {
    if (e instanceof LogChangedError || e instanceof LogNeedsAttentionError) await loadCycle(db, cycleId, events[0]!.at).catch(() => {});
    throw e;
  }
}

/** The leader has seen every change to the log found now: logged, so the acknowledgement is evidence too. */
export async function acknowledgeLogChange(db: TusDb, cycleId: string, at: number): Promise<LoadedCycle> {
  return db.transaction('rw', cycleTables(db), async () => {
    const { row } = await loadCycle(db, cycleId, at);
    const unseen = row.integrity?.chain?.unseen ?? [];
    if (unseen.length === 0) throw new KeyedError('error.nothingToAcknowledge');
    return appendEvent(db, cycleId, { type: ACKNOWLEDGE_LOG_CHANGE, at, breaks: unseen.map(({ seq, kind }) => ({ seq, kind })) });
  });
}

/**
 * For panels that show the outcome in the page: a refused or failed append becomes a message
 * (a key the panel translates), not an exception across the message channel.
 */
export const tryAppend = (db: TusDb, cycleId: string, event: CycleEvent): Promise<WriteOutcome> =>
  outcomeOf(() => appendEvent(db, cycleId, event));

/** `tryAppend` for several events in one transaction (`appendEvents`): all or none. */
export const tryAppendAll = (db: TusDb, cycleId: string, events: readonly CycleEvent[]): Promise<WriteOutcome> =>
  outcomeOf(() => appendEvents(db, cycleId, events));

export type WriteOutcome = { ok: true } | { ok: false; error: Message };

async function outcomeOf(write: () => Promise<unknown>): Promise<WriteOutcome> {
  try {
    await write();
    return { ok: true };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
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
    if (!(await db.teams.get(input.teamId))) throw new NotFoundError('team');
    const open = await db.cycles
      .where('teamId')
      .equals(input.teamId)
      .filter((c) => c.open === 1)
      .count();
    if (open > 0) throw new OpenCycleExistsError(input.teamId);
    await db.cycles.add({
      id,
      teamId: input.teamId,
      variant: input.variant,
      createdAt: input.now,
      open: 1,
      cache: null,
      head: null,
      integrity: null,
    });
    return appendEvent(db, id, { type: 'leader.updatePlan', plan: input.plan, at: input.now });
  });
}
