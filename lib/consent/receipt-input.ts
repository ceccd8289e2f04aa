import { ikuOf } from '../../machines/cycle.machine';
import type { ConsentEvidence } from '../../machines/iku.machine';
import { readCycleLog, verifyCycleLog } from '../cycles/store';
import type { TusDb } from '../db/database';
import { getSetting } from '../settings/store';
import type { ReceiptInput } from './receipt-pdf';

/**
 * What the consent receipt states for one employee's approval of `version` (by default the consent
 * the IKU holds now); null without one. An approval of a version since replaced (its consent voided
 * by a new version) still has its receipt, which says so: the evidence that it was given stays.
 */
export async function receiptInput(db: TusDb, cycleId: string, employeeId: string, version?: number): Promise<ReceiptInput | null> {
  const cycle = await db.cycles.get(cycleId);
  const iku = cycle?.cache ? ikuOf(cycle.cache.context, employeeId) : undefined;
  const current = iku?.context.consent;
  const wanted = version ?? current?.version;
  const approval = current?.version === wanted ? current : iku?.context.approvals?.findLast((a) => a.version === wanted);
  if (!cycle || !iku || !approval) return null;
  const [team, employee, leader, events, check] = await Promise.all([
    db.teams.get(cycle.teamId),
    db.employees.get(employeeId),
    getSetting(db, 'leader'),
    readCycleLog(db, cycleId),
    verifyCycleLog(db, cycleId),
  ]);
  // The logged consent event itself: its hash is the chain's head at the moment of consent.
  const logged = events.findLast(
    (e) =>
      e.type === 'iku.consent' && e.payload.employeeId === employeeId && e.at === approval.at && e.payload.version === approval.version,
  );
  // The consent held now carries its evidence; an earlier one's is in its logged event.
  const evidence = approval === current ? current.evidence : loggedEvidence(logged?.payload.evidence);
  if (!evidence) return null;
  return {
    workplace: leader.workplace,
    team: team?.name ?? '',
    employee: employee?.name ?? '',
    version: approval.version,
    hash: approval.hash,
    recordedAt: approval.at,
    evidence,
    chain: logged ? { seq: logged.seq, hash: logged.hash } : null,
    log: check.verdict,
    ...(approval.version === iku.context.version ? {} : { replacedBy: iku.context.version }),
  };
}

/** A logged consent's evidence, as the machine took it (a channel it knows); null for anything else. */
const loggedEvidence = (value: unknown): ConsentEvidence | null =>
  typeof value === 'object' && value !== null && ['mail', 'paper', 'inPerson'].includes((value as ConsentEvidence).channel)
    ? (value as ConsentEvidence)
    : null;
