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
 * Rewrites the given payloads and renews the chain, keeping every link as it was: a row's new
 * `prev` is the new hash of the row it pointed to before, wherever that row stands (after a swap
 * it may come later). So it takes two passes: first every row that matches its own hash gets its
 * new hash (following `prev` links, each row once), then every row's `prev` is re-pointed. A row
 * that no longer matched its hash (changed by someone else) keeps its old, wrong hash, so the
 * renewed log shows exactly the breaks it showed before: an erasure never hides tampering. The
 * erasure event then records the head before the rewrite and how many rows changed, so the
 * rewrite is itself on record in the chain.
 */
export function relinkLog(
  log: readonly EventRow[],
  head: ChainHead | null,
  payloads: ReadonlyMap<number, Record<string, unknown>>,
  at: number,
  subject: string,
): Relinked | null {
  if (payloads.size === 0 || log.length === 0) return null;
  const payloadOf = (r: EventRow) => payloads.get(r.seq) ?? r.payload;
  // The first row that matches its own hash, by that hash (a duplicated row has the same one).
  const valid = new Map<string, { row: EventRow; seq: number }>();
  for (const row of log) {
    const seq = hashedSeq(row);
    if (seq !== null && !valid.has(row.hash)) valid.set(row.hash, { row, seq });
  }
  // Pass 1: old hash → new hash, predecessors first (an explicit stack: a log may be long).
  const renewed = new Map<string, string>();
  const renew = (hash: string): string => {
    const stack: string[] = [];
    for (let h = hash; valid.has(h) && !renewed.has(h) && !stack.includes(h); h = valid.get(h)!.row.prev) stack.push(h);
    for (const h of stack.reverse()) {
      const { row, seq } = valid.get(h)!;
      const prev = renewed.get(row.prev) ?? row.prev;
      renewed.set(h, eventHash({ ...row, payload: payloadOf(row), seq }, prev));
    }
    return renewed.get(hash) ?? hash;
  };
  for (const h of valid.keys()) renew(h);
  // Pass 2: each row with its payload, its re-pointed prev, and its own hash renewed when it held.
  const rows: EventRow[] = [];
  let fromSeq = Number.POSITIVE_INFINITY;
  for (const r of log) {
    const payload = payloads.get(r.seq);
    const prev = renewed.get(r.prev) ?? r.prev;
    if (!payload && prev === r.prev && !renewed.has(r.hash)) continue;
    if (payload) fromSeq = Math.min(fromSeq, r.seq);
    const next: EventRow = { ...r, payload: payload ?? r.payload, prev };
    const seq = hashedSeq(r);
    if (seq !== null) next.hash = eventHash({ ...next, seq }, prev);
    if (payload || next.prev !== r.prev || next.hash !== r.hash) rows.push(next);
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
