import { agreementWrites, refusalOf } from '../../machines/agreement-writes';
import { cycleTables, loadCycle } from '../cycles/store';
import type { TusDb } from '../db/database';
import type { Agreement } from '../domain/types';
import { KeyedError } from '../i18n/message';
import { LockedError, lockedError } from './locked-error';

export type AgreementDraft = Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'> &
  Partial<Pick<Agreement, 'afterTus' | 'term'>>;

/** Refuses a write to this row unless the cycle's state allows it now (machines/agreement-writes.ts). */
async function checkWrite(
  db: TusDb,
  row: Pick<Agreement, 'cycleId' | 'employeeId' | 'afterTus'>,
  existing: Agreement | undefined,
  now: number,
): Promise<void> {
  const { snapshot } = await loadCycle(db, row.cycleId);
  if (existing && row !== existing) checkTies(existing, row);
  const refusal = refusalOf(agreementWrites(snapshot, now), {
    employeeId: row.employeeId,
    afterTus: row.afterTus === true,
    existing: existing !== undefined,
  });
  if (refusal) throw lockedError(refusal);
}

/**
 * Refuses a draft that would move its stored row to another cycle or employee, or in or out of
 * "after the TUS". Asked once the cycle is loaded (a cycle that does not exist is said as such)
 * and before the state's rule, whose reason would be less clear.
 */
function checkTies(existing: Agreement, draft: Pick<Agreement, 'cycleId' | 'employeeId' | 'afterTus'>): void {
  if (existing.cycleId !== draft.cycleId) throw new LockedError('otherCycle');
  if (existing.employeeId !== draft.employeeId) throw new LockedError('otherEmployee');
  if ((existing.afterTus === true) !== (draft.afterTus === true)) throw new LockedError('afterTusSwitch');
}

/**
 * Saves one agreement as typed; createdAt is kept from the first save. Refused (LockedError,
 * nothing written) when the cycle's state does not allow it, when it would move a row to
 * another cycle or employee or change whether it was agreed after the TUS, and for any
 * agreement after the TUS: those are written only with their IKU version (addAfterTusRow).
 */
export async function saveAgreement(db: TusDb, draft: AgreementDraft, now: number): Promise<Agreement> {
  return db.transaction('rw', [db.agreements, ...cycleTables(db)], async () => {
    const existing = await db.agreements.get(draft.id);
    await checkWrite(db, draft, existing, now);
    if (draft.afterTus) throw new LockedError('afterTusViaIku');
    const agreement: Agreement = { ...draft, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await db.agreements.put(agreement);
    return agreement;
  });
}

/**
 * A new agreement after the TUS. Only lib/iku/store.ts addAgreementAfterTus calls it, inside the
 * transaction that also writes the employee's new IKU version; a stored one is never changed.
 */
export async function addAfterTusRow(db: TusDb, draft: AgreementDraft, now: number): Promise<Agreement> {
  return db.transaction('rw', [db.agreements, ...cycleTables(db)], async () => {
    const existing = await db.agreements.get(draft.id);
    await checkWrite(db, { ...draft, afterTus: true }, existing, now);
    const agreement: Agreement = { ...draft, afterTus: true, createdAt: now, updatedAt: now };
    await db.agreements.add(agreement);
    return agreement;
  });
}

/** Deletes one agreement, under the same rule as writing it. `now` only names the lock. */
export async function deleteAgreement(db: TusDb, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', [db.agreements, ...cycleTables(db)], async () => {
    const existing = await db.agreements.get(id);
    if (!existing) return;
    await checkWrite(db, existing, existing, now);
    // A status taken at a follow-up meeting names this row: the log must keep what it refers to.
    if ((await loadCycle(db, existing.cycleId)).snapshot.context.agreementStatus?.[id]) throw new KeyedError('sheet.hasStatus');
    await db.agreements.delete(id);
  });
}

/** Team agreements first, then each employee's, each in the order written. */
export async function agreementsOf(db: TusDb, cycleId: string): Promise<Agreement[]> {
  const all = await db.agreements.where('cycleId').equals(cycleId).toArray();
  return all.sort((a, b) => Number(a.employeeId !== null) - Number(b.employeeId !== null) || a.createdAt - b.createdAt);
}

/** A carried-over agreement's id in the new cycle: one per source row, so carrying it again adds nothing. */
export const carriedId = (toCycleId: string, agreementId: string) => `${toCycleId}:fra:${agreementId}`;

/**
 * Carries chosen agreements of an earlier cycle of the same team into a new cycle's sheet, as
 * ordinary rows (not after the TUS), text, owner, due date and term as they were. One transaction;
 * refused whole (nothing written) when the new cycle's sheet is not free now (the same rule as
 * typing: draft, invited, prepared and the session), when a row is not from the earlier cycle, or
 * when its employee has left the team. A row already carried is left as it is now.
 * Returns the rows written.
 */
export async function carryOverAgreements(
  db: TusDb,
  input: { fromCycleId: string; toCycleId: string; agreementIds: readonly string[] },
  now: number,
): Promise<Agreement[]> {
  return db.transaction('rw', [db.agreements, db.employees, ...cycleTables(db)], async () => {
    const [from, to] = await Promise.all([db.cycles.get(input.fromCycleId), db.cycles.get(input.toCycleId)]);
    if (!from || !to || from.teamId !== to.teamId || from.id === to.id || from.createdAt > to.createdAt)
      throw new KeyedError('sheet.carry.notEarlier');
    const { snapshot } = await loadCycle(db, to.id);
    const sources = await db.agreements.bulkGet([...input.agreementIds]);
    const team = new Set((await db.employees.where('teamId').equals(to.teamId).toArray()).map((e) => e.id));
    const written: Agreement[] = [];
    for (const source of sources) {
      if (!source || source.cycleId !== from.id) throw new KeyedError('sheet.carry.notEarlier');
      if (source.employeeId !== null && !team.has(source.employeeId)) throw new KeyedError('sheet.carry.leftTeam');
      const refusal = refusalOf(agreementWrites(snapshot, now), { employeeId: source.employeeId, afterTus: false, existing: false });
      if (refusal) throw lockedError(refusal);
      const id = carriedId(to.id, source.id);
      if (await db.agreements.get(id)) continue;
      const row: Agreement = {
        id,
        cycleId: to.id,
        employeeId: source.employeeId,
        text: source.text,
        owner: source.owner,
        due: source.due,
        ...(source.term ? { term: source.term } : {}),
        createdAt: now + written.length,
        updatedAt: now,
      };
      await db.agreements.add(row);
      written.push(row);
    }
    return written;
  });
}
