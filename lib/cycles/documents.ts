// A cycle's page (every cycle, closed ones too): what it holds that the leader may need again, read
// only. The documents are the stored ones (IKU versions and team plans as made, never regenerated).
import type { StateValue } from 'xstate';
import type { CycleContext, FollowUp } from '../../machines/cycle.machine';
import type { CycleRow, TusDb } from '../db/database';
import type { IkuVersion, TeamPlanVersion } from '../domain/types';
import { fromCache, isCacheCurrent, replayLog } from './replay';
import { readCycleLog } from './store';

/** One agreement status set at a follow-up (`leader.markAgreement`), as logged. */
export interface AgreementMark {
  seq: number;
  at: number;
  agreementId: string;
  /** The agreement's text now; null when it is gone (an erasure). */
  text: string | null;
  status: string;
  note: string | null;
}

/** An approval on record: what a consent receipt can be made from. */
export interface ConsentOnRecord {
  employeeId: string;
  version: number;
  at: number;
}

export interface CycleDocuments {
  cycle: Pick<CycleRow, 'id' | 'teamId' | 'variant' | 'createdAt' | 'open'>;
  teamName: string | null;
  /** The state as the log gives it (the cache when current, else replayed here without writing). */
  value: StateValue;
  context: CycleContext;
  /** Names of the employees the cycle mentions who are still here; an erased one has none. */
  names: Record<string, string>;
  /** Every IKU version, by employee and version. */
  ikus: IkuVersion[];
  teamPlans: TeamPlanVersion[];
  consents: ConsentOnRecord[];
  followUps: FollowUp[];
  marks: AgreementMark[];
}

const MARK_EVENT = 'leader.markAgreement';

/** Everything the cycle's page shows, in one read transaction; null when there is no such cycle. */
export function cycleDocumentsOf(db: TusDb, cycleId: string): Promise<CycleDocuments | null> {
  return db.transaction('r', [db.cycles, db.teams, db.employees, db.events, db.ikus, db.teamPlans, db.agreements], async () => {
    const row = await db.cycles.get(cycleId);
    if (!row) return null;
    const [team, events, ikus, teamPlans, agreements] = await Promise.all([
      db.teams.get(row.teamId),
      readCycleLog(db, cycleId),
      db.ikus.where('cycleId').equals(cycleId).toArray(),
      db.teamPlans.where('cycleId').equals(cycleId).toArray(),
      db.agreements.where('cycleId').equals(cycleId).toArray(),
    ]);
    const state = isCacheCurrent(row.cache) ? fromCache(row.cache) : replayLog(row.variant, events).snapshot;
    const { context } = state;
    const ids = [...new Set([...ikus.map((v) => v.employeeId), ...context.ikus.map((i) => i.employeeId)])];
    const employees = await db.employees.bulkGet(ids);
    const texts = new Map(agreements.map((a) => [a.id, a.text]));
    return {
      cycle: { id: row.id, teamId: row.teamId, variant: row.variant, createdAt: row.createdAt, open: row.open },
      teamName: team?.name ?? null,
      value: state.value,
      context,
      names: Object.fromEntries(employees.flatMap((e) => (e ? [[e.id, e.name]] : []))),
      ikus: ikus.sort((a, b) => a.employeeId.localeCompare(b.employeeId) || a.version - b.version),
      teamPlans: teamPlans.sort((a, b) => a.version - b.version),
      // Every approved version, also one a later version replaced.
      consents: context.ikus.flatMap(({ employeeId, context: iku }) =>
        (iku.approvals ?? (iku.consent ? [iku.consent] : [])).map((a) => ({ employeeId, version: a.version, at: a.at })),
      ),
      followUps: context.followUps,
      marks: events.filter((e) => e.type === MARK_EVENT).map((e) => markOf(e.seq, e.at, e.payload, texts)),
    };
  });
}

function markOf(seq: number, at: number, payload: Record<string, unknown>, texts: Map<string, string>): AgreementMark {
  const agreementId = String(payload.agreementId ?? '');
  const note = typeof payload.note === 'string' && payload.note.trim() ? payload.note : null;
  return { seq, at, agreementId, text: texts.get(agreementId) ?? null, status: String(payload.status ?? ''), note };
}
