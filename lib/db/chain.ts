import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../shared/canonical-json';
import type { BreakKind, ChainBreak, ChainHead, EventData, EventRow } from './rows';

export type { BreakKind, ChainBreak, ChainHead } from './rows';

/**
 * The event log's hash chain. Each row stores the SHA-256 of the hash before it plus its own
 * canonical content, so a row changed, deleted, moved or slipped in afterwards shows. Synchronous
 * (@noble/hashes): awaiting WebCrypto inside a Dexie transaction would commit the transaction.
 */

/** The `prev` of a cycle's first event. */
export const GENESIS = '0'.repeat(64);

export type ChainVerdict =
  | { ok: true; head: ChainHead | null }
  | { ok: false; firstBadSeq: number; kind: BreakKind; breaks: ChainBreak[]; head: ChainHead | null };

/**
 * What an event's hash covers: canonicalJson of these five fields (keys sorted), written out
 * by hand at the top level because it runs once per event on every verification.
 */
export const canonicalEvent = (e: EventData): string =>
  `{"at":${canonicalJson(e.at)},"cycleId":${canonicalJson(e.cycleId)},"payload":${canonicalJson(e.payload)},"seq":${canonicalJson(e.seq)},"type":${canonicalJson(e.type)}}`;

export const sha256HexSync = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

export const eventHash = (e: EventData, prev: string): string => sha256HexSync(`${prev}\n${canonicalEvent(e)}`);

/** The row to store for an event that follows `prev`. */
export const linkEvent = (e: EventData, prev: string): EventRow => ({ ...e, prev, hash: eventHash(e, prev) });

/** Chains rows in the order given, from `prev` (a whole log from GENESIS by default). */
export function chainEvents(events: readonly EventData[], prev: string = GENESIS): EventRow[] {
  return events.map((e) => {
    const row = linkEvent(e, prev);
    prev = row.hash;
    return row;
  });
}

/**
 * The number the row had when it was hashed: its own, or one off when later rows were
 * renumbered around a deletion or insertion; null when its content no longer matches.
 */
function originalSeq(r: EventRow): number | null {
  if (typeof r.seq !== 'number' || !Number.isFinite(r.seq)) return null;
  if (eventHash(r, r.prev) === r.hash) return r.seq;
  for (const seq of [r.seq + 1, r.seq - 1]) if (eventHash({ ...r, seq }, r.prev) === r.hash) return seq;
  return null;
}

const seqOr = (r: EventRow, fallback: number) => (typeof r.seq === 'number' && Number.isFinite(r.seq) ? r.seq : fallback);

/**
 * Verifies a cycle's log (rows in key order) against its chain and, when known, the head the
 * store last wrote. Costs one hash per row while the chain holds. After a break it picks the
 * chain up again from the next row that fits, so every break is listed, not only the first:
 * a leader who has seen one change must not miss a later one.
 */
export function verifyChain(rows: readonly EventRow[], head: ChainHead | null = null): ChainVerdict {
  const breaks: ChainBreak[] = [];
  let prev = GENESIS;
  let next = 1; // the original number of the event that should come next
  let byHash: Map<string, number> | undefined;
  const indexOf = (hash: string) => (byHash ??= new Map(rows.map((r, i) => [r.hash, i]))).get(hash);

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const orig = originalSeq(r);
    if (orig === next && r.prev === prev) {
      // Renumbered but intact: a consequence of a break already listed, or a change of its own.
      if (r.seq !== orig && breaks.length === 0) breaks.push({ seq: r.seq, kind: 'modified' });
      prev = r.hash;
      next = orig + 1;
      continue;
    }
    const at = seqOr(r, next);
    const j = indexOf(r.prev); // where the event it was chained to is now
    if (j !== undefined && j > i) {
      // Its predecessor comes later: events swapped places. Resume after the moved block.
      breaks.push({ seq: at, kind: 'reordered' });
      let top = { orig: orig ?? next, hash: r.hash };
      for (let k = i + 1; k <= j; k++) {
        const o = originalSeq(rows[k]!);
        if (o !== null && o > top.orig) top = { orig: o, hash: rows[k]!.hash };
      }
      prev = top.hash;
      next = top.orig + 1;
      i = j;
      continue;
    }
    const following = rows[i + 1];
    const foreign = following ? following.prev === prev : head !== null && at > head.seq;
    if (foreign && (orig === null || orig !== next)) {
      // The next row follows straight on from the last good one: this one was slipped in.
      breaks.push({ seq: at, kind: 'inserted' });
      continue;
    }
    if (orig === null) {
      breaks.push({ seq: at, kind: 'modified' });
      prev = r.hash;
      next += 1;
      continue;
    }
    if (j !== undefined && j < i - 1) breaks.push({ seq: seqOr(rows[j + 1]!, at), kind: 'inserted' });
    else if (orig > next) breaks.push({ seq: next, kind: 'missing' });
    else breaks.push({ seq: i > 0 ? seqOr(rows[i - 1]!, at) : at, kind: 'modified' }); // the event before it was rewritten
    prev = r.hash;
    next = orig + 1;
  }

  if (head) {
    const last = next - 1;
    if (last < head.seq) breaks.push({ seq: next, kind: 'missing' });
    else if (last > head.seq) breaks.push({ seq: head.seq + 1, kind: 'inserted' });
    else if (prev !== head.hash) breaks.push({ seq: head.seq, kind: 'modified' });
  }

  const lastRow = rows.at(-1);
  const found: ChainHead | null = lastRow ? { seq: lastRow.seq, hash: lastRow.hash } : null;
  if (breaks.length === 0) return { ok: true, head: found };
  const first = breaks.reduce((a, b) => (b.seq < a.seq ? b : a));
  return { ok: false, firstBadSeq: first.seq, kind: first.kind, breaks, head: found };
}
