// What the follow-up panel reads: the meetings, and each agreement's latest status with its history. Reads only.
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  type AgreementStatusMark,
  type CycleContext,
  type FollowUpForm,
} from '../../machines/cycle.machine';
import { readCycleLog } from '../cycles/store';
import type { TusDb } from '../db/database';
import type { Agreement } from '../domain/types';
import { agreementsOf } from '../sheet/store';

/** One follow-up meeting; `index` is its place in the cycle's list, what `leader.recordFollowUp` names. */
export interface MeetingView {
  index: number;
  at: number;
  heldAt: number | null;
  /** null for a meeting planned as a bare date (machine v4 and earlier). */
  form: FollowUpForm | null;
  place: string;
  /** A one-to-one's employee (machine v9); null otherwise. */
  employeeId: string | null;
}

/** The cycle's meetings, in time order (the machine keeps them sorted). */
export const meetingsOf = (context: Pick<CycleContext, 'followUps'>): MeetingView[] =>
  context.followUps.map((f, index) => ({
    index,
    at: f.at,
    heldAt: f.heldAt,
    form: f.form ?? null,
    place: f.place ?? '',
    employeeId: f.employeeId ?? null,
  }));

/** The first meeting not yet held: the one the next step names. */
export const nextMeetingOf = (context: Pick<CycleContext, 'followUps'>): MeetingView | null =>
  meetingsOf(context).find((m) => m.heldAt === null) ?? null;

/** One mark of one agreement, as logged. */
export interface StatusEntry {
  status: AgreementStatus;
  note: string | null;
  at: number;
  seq: number;
}

export interface AgreementStatusRow {
  agreement: Agreement;
  /** The latest mark (the machine's context); null when never marked. */
  latest: AgreementStatusMark | null;
  /** Every mark, oldest first: the log is the history. */
  history: StatusEntry[];
}

const isStatus = (s: unknown): s is AgreementStatus => typeof s === 'string' && (AGREEMENT_STATUSES as readonly string[]).includes(s);

/**
 * The cycle's agreements (team first, as the sheet orders them) with their latest status and
 * every mark from the log. A payload is read field by field, as the logbook does.
 */
export async function agreementStatusOf(db: TusDb, cycleId: string): Promise<AgreementStatusRow[]> {
  const [cycle, agreements, log] = await Promise.all([db.cycles.get(cycleId), agreementsOf(db, cycleId), readCycleLog(db, cycleId)]);
  const latest = cycle?.cache?.context.agreementStatus ?? {};
  const history = new Map<string, StatusEntry[]>();
  for (const row of log) {
    if (row.type !== 'leader.markAgreement') continue;
    const { agreementId, status, note } = row.payload;
    if (typeof agreementId !== 'string' || !isStatus(status)) continue;
    const list = history.get(agreementId) ?? [];
    list.push({ status, note: typeof note === 'string' ? note : null, at: row.at, seq: row.seq });
    history.set(agreementId, list);
  }
  return agreements.map((agreement) => ({
    agreement,
    latest: latest[agreement.id] ?? null,
    history: history.get(agreement.id) ?? [],
  }));
}
