// A reply without the [IKU-…] reference (the employee wrote a new mail, or the subject was
// changed): it is matched by its sender only when exactly one open request waits for that address.
// Pure; the background hands it the open requests.

/** One consent request sent and waiting for a reply. */
export interface OpenRequest {
  cycleId: string;
  employeeId: string;
  email: string;
}

export type SenderMatch<T extends OpenRequest> = { kind: 'one'; request: T } | { kind: 'none' } | { kind: 'several'; count: number };

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();

/**
 * The one open request for this sender's address. A sender the page could not read for certain
 * (`unsure`) matches nothing; two open requests for the same address (two teams) are never guessed between.
 */
export function matchBySender<T extends OpenRequest>(open: readonly T[], from: string, unsure: boolean): SenderMatch<T> {
  const address = norm(from);
  if (unsure || address === '') return { kind: 'none' };
  const same = open.filter((r) => norm(r.email) === address);
  if (same.length === 1) return { kind: 'one', request: same[0]! };
  return same.length === 0 ? { kind: 'none' } : { kind: 'several', count: same.length };
}
