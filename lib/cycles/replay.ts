import { type SnapshotFrom } from 'xstate';
import { initialSnapshot, pureStep } from '../../machines/pure-step';
import { cycleMachine, CYCLE_MACHINE_VERSION, type CycleEvent, type CycleInput } from '../../machines/cycle.machine';
import type { CycleCache, CycleRow, EventRow } from '../db/database';

export type CycleSnapshot = SnapshotFrom<typeof cycleMachine>;

export const toEvent = (row: EventRow): CycleEvent => ({ ...row.payload, type: row.type, at: row.at }) as CycleEvent;

export function toRow(cycleId: string, seq: number, event: CycleEvent): EventRow {
  const { type, at, ...payload } = event;
  return { cycleId, seq, type, at, payload };
}

/**
 * State = the events folded through the current machine, from its initial state, with the
 * machine's own transition function and one shared inert scope (see machines/pure-step.ts).
 * A refused event leaves the snapshot as it was, as it did when the event was sent live.
 */
export function replay(variant: CycleRow['variant'], events: readonly EventRow[]): CycleSnapshot {
  let snapshot = initialSnapshot(cycleMachine, { variant } satisfies CycleInput);
  for (const row of events) snapshot = pureStep(cycleMachine, snapshot, toEvent(row));
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
