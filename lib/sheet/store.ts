import type { TusDb } from '../db/database';
import type { Agreement } from '../domain/types';

export type AgreementDraft = Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'> & Partial<Pick<Agreement, 'afterTus' | 'term'>>;

/** Saves one agreement as typed; createdAt is kept from the first save. */
export async function saveAgreement(db: TusDb, draft: AgreementDraft, now: number): Promise<Agreement> {
  return db.transaction('rw', db.agreements, async () => {
    const existing = await db.agreements.get(draft.id);
    const agreement: Agreement = { ...draft, createdAt: existing?.createdAt ?? now, updatedAt: now };
    await db.agreements.put(agreement);
    return agreement;
  });
}

export async function deleteAgreement(db: TusDb, id: string): Promise<void> {
  await db.agreements.delete(id);
}

/** Team agreements first, then each employee's, each in the order written. */
export async function agreementsOf(db: TusDb, cycleId: string): Promise<Agreement[]> {
  const all = await db.agreements.where('cycleId').equals(cycleId).toArray();
  return all.sort((a, b) => Number(a.employeeId !== null) - Number(b.employeeId !== null) || a.createdAt - b.createdAt);
}
