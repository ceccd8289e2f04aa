import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { DEFAULT_STEP_OPTIONS } from '../../machines/step-options';
import { normalizeEmail } from '../domain/email';
import type { Agreement, Correction, Employee, IkuVersion, Team, TeamPlanVersion } from '../domain/types';
import { chainEvents } from './chain';
import type { CycleRow, EventData, EventRow, SettingRow, StepRow } from './rows';
import { toStepRows } from './step-rows';

export type * from './rows';

export const DB_NAME = 'tus-assistent';

type Stores = Readonly<Record<string, string | null>>;

/** One schema version: its tables' indexes in full, and how data written by the version before is brought up to it. */
export interface DbVersion {
  version: number;
  stores: Stores;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** v2: consent replies are matched by sender, so stored addresses become lower case. */
async function lowercaseEmails(tx: Transaction): Promise<void> {
  await tx
    .table<Employee>('employees')
    .toCollection()
    .modify((e) => {
      e.email = normalizeEmail(e.email);
    });
}

/**
 * v5: step rows made from the caches; a cycle whose cache is stale gets its row when it is rebuilt.
 * Made with the default settings: a row made with other values than the leader's is stale, and
 * rebuilt by refreshStepRows after the update.
 */
async function makeStepRows(tx: Transaction): Promise<void> {
  const cycles = await tx.table<CycleRow>('cycles').toArray();
  await tx.table<StepRow>('steps').bulkPut(toStepRows(cycles, DEFAULT_STEP_OPTIONS));
}

/**
 * v6: existing events are chained as they stand, cycle by cycle in seq order, and each cycle row
 * records its head; what was changed before this upgrade cannot be told apart from what was written.
 */
async function chainLoggedEvents(tx: Transaction): Promise<void> {
  const cycles = tx.table<CycleRow, string>('cycles');
  const events = tx.table<EventData, [string, number]>('events');
  for (const id of await cycles.toCollection().primaryKeys()) {
    const rows = chainEvents(await events.where('[cycleId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray());
    await events.bulkPut(rows);
    const last = rows.at(-1);
    await cycles.update(id, { head: last ? { seq: last.seq, hash: last.hash } : null, integrity: null });
  }
}

const V1 = {
  teams: 'id, archived',
  employees: 'id, teamId',
  cycles: 'id, teamId, open',
  events: '[cycleId+seq]',
} as const;
// v2: the e-mail index, a history index per team, and a settings table.
const V2 = { ...V1, employees: 'id, teamId, email', cycles: 'id, teamId, open, [teamId+createdAt]', settings: 'key' } as const;
// v3: Det Fælles Kompetenceskema's agreements, saved as they are typed (not as events).
const V3 = { ...V2, agreements: 'id, cycleId' } as const;
// v4: IKU versions (the PDF and its hashes) and the log of corrections.
const V4 = { ...V3, ikus: 'id, cycleId, [cycleId+employeeId]', corrections: 'id, cycleId' } as const;
// v5: the popup's step rows, so it paints without reading every open cycle's snapshot.
const V5 = { ...V4, steps: 'cycleId, open' } as const;
// v7: the completed team plans, every version as made (issue 15), so none is regenerated.
const V7 = { ...V5, teamPlans: 'id, cycleId' } as const;

/** Every version stays here, in order, with its upgrade, so any old database can be opened. */
export const VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: V1 },
  { version: 2, stores: V2, upgrade: lowercaseEmails },
  { version: 3, stores: V3 },
  { version: 4, stores: V4 },
  { version: 5, stores: V5, upgrade: makeStepRows },
  // v6 changes no index: it adds the events' hash chain and the cycles' head.
  { version: 6, stores: V5, upgrade: chainLoggedEvents },
  { version: 7, stores: V7 },
];

export const LATEST_VERSION = VERSIONS.at(-1)!.version;

/** A version's tables, for tests that build an old database. */
export function storesOf(version: number): Stores {
  const found = VERSIONS.find((v) => v.version === version);
  if (!found) throw new Error(`No schema version ${version}`);
  return found.stores;
}

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
  teamPlans!: EntityTable<TeamPlanVersion, 'id'>;

  constructor(name: string = DB_NAME) {
    // 'strict' makes Chrome flush to disk before a write transaction reports success:
    // a consent record must survive a crash right after the leader saw it saved.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}
