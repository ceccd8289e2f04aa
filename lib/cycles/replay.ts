import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { cycleMachine, CYCLE_MACHINE_VERSION, type CycleEvent } from '../../machines/cycle.machine';
import type { CycleCache, CycleRow, EventRow } from '../db/database';

export type CycleSnapshot = SnapshotFrom<typeof cycleMachine>;

export const toEvent = (row: EventRow): CycleEvent => ({ ...row.payload, type: row.type, at: row.at }) as CycleEvent;

export function toRow(cycleId: string, seq: number, event: CycleEvent): EventRow {
  const { type, at, ...payload } = event;
  return { cycleId, seq, type, at, payload };
}

/** State = the events folded through the current machine, from its initial state. */
export function replay(variant: CycleRow['variant'], events: readonly EventRow[]): CycleSnapshot {
  let [snapshot] = initialTransition(cycleMachine, { variant });
  for (const row of events) [snapshot] = transition(cycleMachine, snapshot, toEvent(row));
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
