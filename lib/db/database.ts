import Dexie, { type EntityTable } from 'dexie';
import type { StateValue } from 'xstate';
import type { CycleContext } from '../../machines/cycle.machine';
import type { ScheduledStep } from '../../machines/step-schedule';
import { toStepRows } from './step-rows';
import { chainEvents, type BreakKind, type ChainBreak, type ChainHead } from '../cycles/chain';
import type { Agreement, Correction, Employee, IkuVersion, Team, Variant } from '../domain/types';

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
  /** SHA-256 of `prev`, a newline and the canonical content (lib/cycles/chain.ts). */
  hash: string;
  /** The hash of the event before it; GENESIS for the first. */
  prev: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'tus-assistent';

/** Every version stays here with its upgrade, so any old database can be opened. */
export const SCHEMA = {
  1: {
    teams: 'id, archived',
    employees: 'id, teamId',
    cycles: 'id, teamId, open',
    events: '[cycleId+seq]',
  },
  2: {
    teams: 'id, archived',
    employees: 'id, teamId, email',
    cycles: 'id, teamId, open, [teamId+createdAt]',
    events: '[cycleId+seq]',
    settings: 'key',
  },
  3: {
    teams: 'id, archived',
    employees: 'id, teamId, email',
    cycles: 'id, teamId, open, [teamId+createdAt]',
    events: '[cycleId+seq]',
    settings: 'key',
    agreements: 'id, cycleId',
  },
} as const;

export const SCHEMA_4 = {
  ...SCHEMA[3],
  ikus: 'id, cycleId, [cycleId+employeeId]',
  corrections: 'id, cycleId',
} as const;

export const SCHEMA_5 = {
  ...SCHEMA_4,
  steps: 'cycleId, open',
} as const;

/** v6 changes no index: it adds the events' hash chain and the cycles' head. */
export const SCHEMA_6 = SCHEMA_5;

export const LATEST_VERSION = 6;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export class TusDb extends Dexie {
  teams!: EntityTable<Team, 'id'>;
  employees!: EntityTable<Employee, 'id'>;
  cycles!: EntityTable<CycleRow, 'id'>;
  events!: Dexie.Table<EventRow, [string, number]>;
  settings!: EntityTable<SettingRow, 'key'>;
  agreements!: EntityTable<Agreement, 'id'>;
  ikus!: EntityTable<IkuVersion, 'id'>;
  corrections!: EntityTable<Correction, 'id'>;
  steps!: EntityTable<StepRow, 'cycleId'>;

  constructor(name: string = DB_NAME) {
    // 'strict' makes Chrome flush to disk before a write transaction reports success:
    // a consent record must survive a crash right after the leader saw it saved.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA[1]);
    // v2: e-mail index (consent replies are matched by sender) with addresses normalized,
    // a history index per team, and a settings table.
    this.version(2)
      .stores(SCHEMA[2])
      .upgrade((tx) =>
        tx
          .table<Employee>('employees')
          .toCollection()
          .modify((e) => {
            e.email = normalizeEmail(e.email);
          }),
      );
    // v3: Det Fælles Kompetenceskema's agreements, saved as they are typed (not as events).
    this.version(3).stores(SCHEMA[3]);
    // v4: IKU versions (the PDF and its hashes) and the log of corrections.
    this.version(4).stores(SCHEMA_4);
    // v5: the popup's step rows, so it paints without reading every open cycle's snapshot.
    // Made from the caches here; a cycle whose cache is stale gets its row when it is rebuilt.
    this.version(5)
      .stores(SCHEMA_5)
      .upgrade(async (tx) => {
        const cycles = await tx.table<CycleRow>('cycles').toArray();
        await tx.table<StepRow>('steps').bulkPut(toStepRows(cycles));
      });
    // v6: the log becomes a hash chain. Existing events are chained as they stand, cycle by
    // cycle in seq order, and each cycle row records its head; what was changed before this
    // upgrade cannot be told apart from what was written.
    this.version(6)
      .stores(SCHEMA_6)
      .upgrade(async (tx) => {
        const cycles = tx.table<CycleRow, string>('cycles');
        const events = tx.table<EventData, [string, number]>('events');
        for (const id of await cycles.toCollection().primaryKeys()) {
          const rows = chainEvents(await events.where('[cycleId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray());
          await events.bulkPut(rows);
          const last = rows.at(-1);
          await cycles.update(id, { head: last ? { seq: last.seq, hash: last.hash } : null, integrity: null });
        }
      });
  }
}
