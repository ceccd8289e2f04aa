import { ikuOf } from '../../machines/cycle.machine';
import { readCycleLog, verifyCycleLog } from '../cycles/store';
import type { TusDb } from '../db/database';
import { getSetting } from '../settings/store';
import type { ReceiptInput } from './receipt-pdf';

/** What the consent receipt states for one employee, from the recorded consent; null without one. */
export async function receiptInput(db: TusDb, cycleId: string, employeeId: string): Promise<ReceiptInput | null> {
  const cycle = await db.cycles.get(cycleId);
  const consent = cycle?.cache ? ikuOf(cycle.cache.context, employeeId)?.context.consent : undefined;
  if (!cycle || !consent) return null;
  const [team, employee, leader, events, check] = await Promise.all([
    db.teams.get(cycle.teamId),
    db.employees.get(employeeId),
    getSetting(db, 'leader'),
    readCycleLog(db, cycleId),
    verifyCycleLog(db, cycleId),
  ]);
  // The logged consent event itself: its hash is the chain's head at the moment of consent.
  const logged = events.findLast(
    (e) => e.type === 'iku.consent' && e.payload.employeeId === employeeId && e.at === consent.at && e.payload.version === consent.version,
  );
  return {
    workplace: leader.workplace,
    team: team?.name ?? '',
    employee: employee?.name ?? '',
    version: consent.version,
    hash: consent.hash,
    recordedAt: consent.at,
    evidence: consent.evidence,
    chain: logged ? { seq: logged.seq, hash: logged.hash } : null,
    log: check.verdict,
  };
}
