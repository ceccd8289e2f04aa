// The rows the tables hold, apart from the record types in lib/domain. Kept apart from the
// database class so that what derives rows (step-rows.ts, chain.ts) and the class that upgrades
// them both import the types without importing each other.
import type { StateValue } from 'xstate';
import type { CycleContext } from '../../machines/cycle.machine';
import type { ScheduledStep } from '../../machines/step-at';
import type { StepOptions } from '../../machines/step-options';
import type { Variant } from '../domain/types';

/** The last event a cycle's log should end with, kept on the cycle row by the store. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** modified: content no longer matches its hash; missing: deleted; reordered: moved; inserted: not written by the store. */
export type BreakKind = 'modified' | 'missing' | 'reordered' | 'inserted';

export interface ChainBreak {
  /** The event concerned, by its number in the log as written (a missing one by the number it had). */
  seq: number;
  kind: BreakKind;
}

/** The cached snapshot of a cycle; only a speed-up, rebuilt when machineVersion differs. */
export interface CycleCache {
  machineVersion: number;
  seq: number;
  value: StateValue;
  context: CycleContext;
}

export interface CycleRow {
  id: string;
  teamId: string;
  variant: Variant;
  createdAt: number;
  /** 1 while the cycle is not closed; the popup reads only these. */
  open: 0 | 1;
  cache: CycleCache | null;
  /** The last event the store appended (schema v6); a log that ends elsewhere was cut or added to. */
  head?: ChainHead | null;
  /** Set while the log needs the leader's attention; null or absent when it verifies and replays. */
  integrity?: CycleIntegrity | null;
}

/** The hash chain does not hold: every break found, and whether the leader has seen each (a logged event). */
export interface ChainStatus {
  firstBadSeq: number;
  kind: BreakKind;
  breaks: ChainBreak[];
  /** Breaks no `leader.acknowledgeLogChange` covers yet; consent and archive marks wait for these. */
  unseen: ChainBreak[];
  detectedAt: number;
  /** When the leader acknowledged the last of the breaks; null while any is unseen. */
  seenAt: number | null;
}

/** A logged event the current machine refuses: the replay stopped before it, and nothing is appended. */
export interface RefusedEventStatus {
  seq: number;
  type: string;
  machineVersion: number;
  detectedAt: number;
}

export interface CycleIntegrity {
  chain: ChainStatus | null;
  refused: RefusedEventStatus | null;
}

/**
 * What the popup reads for a cycle: its next step at any time, a few numbers instead of the
 * whole snapshot. Derived from the cache and written with it, in the same transaction.
 */
export interface StepRow {
  cycleId: string;
  teamId: string;
  open: 0 | 1;
  machineVersion: number;
  scheduleVersion: number;
  /** The leader's settings the schedule was computed with; a row made with other values is stale. */
  options: StepOptions;
  schedule: ScheduledStep[];
}

/** What an event says; its hash covers exactly these fields. */
export interface EventData {
  cycleId: string;
  seq: number;
  type: string;
  at: number;
  payload: Record<string, unknown>;
}

/** One entry of the append-only log: the truth from which every cycle state is replayed. */
export interface EventRow extends EventData {
  /** SHA-256 of `prev`, a newline and the canonical content (chain.ts). */
  hash: string;
  /** The hash of the event before it; GENESIS for the first. */
  prev: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}
