import { type SnapshotFrom } from 'xstate';
import { CYCLE_MACHINE_VERSION, type CycleEvent, type CycleInput, cycleMachine } from '../../machines/cycle.machine';
import { initialSnapshot, pureStep } from '../../machines/pure-step';
import type { CycleCache, CycleRow, EventData } from '../db/database';
import { KeyedError } from '../i18n/message';

export type CycleSnapshot = SnapshotFrom<typeof cycleMachine>;

export const toEvent = (row: EventData): CycleEvent => ({ ...row.payload, type: row.type, at: row.at }) as CycleEvent;

/** An event as the log says it, before it is chained (lib/db/chain.ts links it). */
export function toRow(cycleId: string, seq: number, event: CycleEvent): EventData {
  const { type, at, ...payload } = event;
  return { cycleId, seq, type, at, payload };
}

/**
 * Logged by an erasure (lib/privacy): a fact about the log, not a step of the lifecycle, so the
 * replay passes over it (a closed cycle takes no event, and an erasure may touch one).
 */
export const ERASURE_EVENT = 'log.erasure';

export interface Replayed {
  snapshot: CycleSnapshot;
  /** The last event folded in. */
  seq: number;
  /** The logged event the current machine refused; the replay stopped there. */
  refused: { seq: number; type: string } | null;
}

/**
 * State = the events folded through the current machine, from its initial state, with the
 * machine's own transition function and one shared inert scope (see machines/pure-step.ts).
 * The store logs only accepted events, so a refusal here means the log and the machine
 * disagree (a newer machine, or a changed log): the replay stops before that event and says
 * so. Skipping it would quietly drop evidence from the state.
 */
export function replayLog(variant: CycleRow['variant'], events: readonly EventData[]): Replayed {
  let snapshot = initialSnapshot(cycleMachine, { variant } satisfies CycleInput);
  let seq = 0;
  for (const row of events) {
    if (row.type === ERASURE_EVENT) {
      seq = row.seq;
      continue;
    }
    const next = pureStep(cycleMachine, snapshot, toEvent(row));
    // pureStep returns the very same snapshot when no transition was enabled.
    if (next === snapshot) return { snapshot, seq, refused: { seq: row.seq, type: row.type } };
    snapshot = next;
    seq = row.seq;
  }
  return { snapshot, seq, refused: null };
}

export class ReplayRefusedError extends KeyedError {
  constructor(
    readonly seq: number,
    readonly eventType: string,
  ) {
    super('error.replayRefused', { seq, type: eventType });
    this.name = 'ReplayRefusedError';
  }
}

/** The state of a log that must replay whole (imports, tests); a refused event throws. */
export function replay(variant: CycleRow['variant'], events: readonly EventData[]): CycleSnapshot {
  const { snapshot, refused } = replayLog(variant, events);
  if (refused) throw new ReplayRefusedError(refused.seq, refused.type);
  return snapshot;
}

export function fromCache(cache: CycleCache): CycleSnapshot {
  return cycleMachine.resolveState({ value: cache.value, context: cache.context });
}

export function toCache(snapshot: CycleSnapshot, seq: number): CycleCache {
  return { machineVersion: CYCLE_MACHINE_VERSION, seq, value: snapshot.value, context: snapshot.context };
}

export const isCacheCurrent = (cache: CycleCache | null): cache is CycleCache =>
  cache !== null && cache.machineVersion === CYCLE_MACHINE_VERSION;
