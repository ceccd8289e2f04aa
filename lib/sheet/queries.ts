import type { AgreementStatusMark } from '../../machines/cycle.machine';
import { sessionDateOf } from '../cycles/session-date';
import type { TusDb } from '../db/database';
import type { Agreement, Correction } from '../domain/types';
import { agreementsOf, carriedId } from './store';

/** The logged corrections of a cycle's individual rows, oldest first, for a live query. */
export const correctionsOf = (db: TusDb, cycleId: string): Promise<Correction[]> =>
  db.corrections.where('cycleId').equals(cycleId).sortBy('at');

/** One agreement of the earlier cycle as the carry-over shows it. */
export interface CarryOverRow {
  agreement: Agreement;
  /** Its latest status at a follow-up of that cycle; null when never marked. */
  status: AgreementStatusMark | null;
  /** Already copied into this cycle. */
  carried: boolean;
}

export interface CarryOverSource {
  cycleId: string;
  /** The earlier cycle's TUS date, for the heading. */
  sessionAt: number;
  rows: CarryOverRow[];
}

/**
 * What a new cycle may take over from its team's last cycle with agreements: those agreements
 * with their latest status (the earlier cycle's cached context), leaving out an employee's who
 * has left the team (carryOverAgreements refuses them). null when there is none.
 */
export async function carryOverOf(db: TusDb, cycleId: string): Promise<CarryOverSource | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle) return null;
  const earlier = (
    await db.cycles.where('[teamId+createdAt]').between([cycle.teamId, 0], [cycle.teamId, cycle.createdAt]).reverse().toArray()
  ).filter((c) => c.id !== cycle.id);
  const team = new Set((await db.employees.where('teamId').equals(cycle.teamId).toArray()).map((e) => e.id));
  for (const source of earlier) {
    const agreements = (await agreementsOf(db, source.id)).filter((a) => a.employeeId === null || team.has(a.employeeId));
    if (!agreements.length) continue;
    const carried = await db.agreements.bulkGet(agreements.map((a) => carriedId(cycle.id, a.id)));
    const status = source.cache?.context.agreementStatus ?? {};
    return {
      cycleId: source.id,
      sessionAt: source.cache ? sessionDateOf(source, source.cache.context) : source.createdAt,
      rows: agreements.map((agreement, i) => ({ agreement, status: status[agreement.id] ?? null, carried: carried[i] !== undefined })),
    };
  }
  return null;
}
