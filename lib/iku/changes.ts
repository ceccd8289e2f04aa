// Pure: which IKUs a "new version" would change. The dashboard offers "Ny version" only for these,
// and the store (reviseIkus) makes versions only for these, so the button never makes nothing.

/** An IKU as the cycle's state holds it: whose, its state, and the content hash of its current version (null before one). */
export interface IkuState {
  employeeId: string;
  value: string;
  context: { hash: string | null };
}

/**
 * The employees whose IKU content as the data stands now (`current`: employee → content hash, or
 * the hashes the same data gives in each content format, lib/iku/content-v1.ts) differs from their
 * current version's. An archived IKU is final and never listed; an employee without a current hash
 * (removed, or not asked about) is not either.
 */
export function changedIkus(ikus: readonly IkuState[], current: ReadonlyMap<string, string | readonly string[]>): string[] {
  return ikus
    .filter((i) => i.value !== 'archived')
    .filter((i) => {
      const now = current.get(i.employeeId);
      if (now === undefined || i.context.hash === null) return false;
      return !(typeof now === 'string' ? [now] : now).includes(i.context.hash);
    })
    .map((i) => i.employeeId);
}
