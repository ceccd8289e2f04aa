import { ERASURE_EVENT } from '../cycles/replay';
import { eventHash, linkEvent } from '../db/chain';
import type { ChainHead, EventRow } from '../db/database';

/**
 * An erasure's change to one cycle's log: the rewritten rows to store, the head after them and
 * the logged erasure event that ends it. Pure: the store writes it in one transaction.
 */
export interface Relinked {
  /** Rows whose payload or hashes changed, to put back under the same key. */
  rows: EventRow[];
  /** How many rows had their content rewritten (tombstoned), not only their hashes renewed. */
  rewritten: number;
  /** The first row whose content was rewritten. */
  fromSeq: number;
  erasure: EventRow;
  head: ChainHead;
}

/** The number a row was hashed under: its own, or one off when it was renumbered (as verifyChain reads it). */
function hashedSeq(r: EventRow): number | null {
  for (const seq of [r.seq, r.seq + 1, r.seq - 1]) if (eventHash({ ...r, seq }, r.prev) === r.hash) return seq;
  return null;
}

/**
 * Rewrites the given payloads and renews the chain after them, keeping every link as it was:
 * a row's new `prev` is the new hash of the row it pointed to before. A row that no longer
 * matched its hash (changed by someone else) keeps its old, wrong hash, so a re-chained log
 * shows exactly the breaks it showed before: an erasure never hides tampering. The erasure event
 * then records the head before the rewrite and how many rows changed, so the rewrite is itself
 * on record in the chain.
 */
export function relinkLog(
  log: readonly EventRow[],
  head: ChainHead | null,
  payloads: ReadonlyMap<number, Record<string, unknown>>,
  at: number,
  subject: string,
): Relinked | null {
  if (payloads.size === 0 || log.length === 0) return null;
  const renewed = new Map<string, string>();
  const rows: EventRow[] = [];
  let fromSeq = Number.POSITIVE_INFINITY;
  for (const r of log) {
    const payload = payloads.get(r.seq);
    const prev = renewed.get(r.prev) ?? r.prev;
    if (!payload && prev === r.prev) continue;
    if (payload) fromSeq = Math.min(fromSeq, r.seq);
    const next: EventRow = { ...r, payload: payload ?? r.payload, prev };
    const seq = hashedSeq(r);
    if (seq !== null) {
      next.hash = eventHash({ ...next, seq }, prev);
      renewed.set(r.hash, next.hash);
    }
    rows.push(next);
  }
  const last = log.at(-1)!;
  // Chained to the head the store last wrote, as appendEvent does, so a cut tail stays visible.
  const before: ChainHead = head ?? { seq: last.seq, hash: last.hash };
  const seq = Math.max(before.seq, typeof last.seq === 'number' ? last.seq : 0) + 1;
  const erasure = linkEvent(
    {
      cycleId: log[0]!.cycleId,
      seq,
      type: ERASURE_EVENT,
      at,
      payload: { subject, rewritten: payloads.size, fromSeq, previousHead: before },
    },
    renewed.get(before.hash) ?? before.hash,
  );
  return { rows, rewritten: payloads.size, fromSeq, erasure, head: { seq, hash: erasure.hash } };
}
