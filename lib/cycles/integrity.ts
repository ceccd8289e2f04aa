import { ARCHIVE_MARKS } from '../../machines/archive-marks';
import type { SeenLogChange } from '../../machines/cycle.machine';
import type { ChainBreak, ChainVerdict } from '../db/chain';
import type { ChainStatus, CycleIntegrity, EventRow, RefusedEventStatus } from '../db/database';
import { canonicalJson } from '../shared/canonical-json';
import type { EmployeeActionId } from './actions';

/**
 * Consent and archive events: they rest on the log being the one that was written, so they
 * wait while a change to it is unseen. Everything else (the session, corrections) goes on.
 */
export const CHAIN_GUARDED_EVENTS: ReadonlySet<string> = new Set(['iku.requestConsent', 'iku.consent', 'iku.markFiled']);

/** The dashboard's buttons for those events, not offered meanwhile. */
export const CHAIN_GUARDED_ACTIONS: readonly EmployeeActionId[] = ['requestConsent', 'recordConsent', ...ARCHIVE_MARKS];

const key = (b: { seq: number; kind: string }) => `${b.seq}:${b.kind}`;

/**
 * What the leader has acknowledged, read from the log itself (not from the cached state, which
 * sits on the cycle row and could be edited as easily). An acknowledgement counts only from an
 * intact row and only for breaks before it, so a forged or rewritten one cannot cover itself.
 */
export function seenInLog(events: readonly EventRow[], breaks: readonly ChainBreak[]): SeenLogChange[] {
  const bad = new Set(breaks.map((b) => b.seq));
  const seen: SeenLogChange[] = [];
  for (const row of events) {
    if (row.type !== 'leader.acknowledgeLogChange' || bad.has(row.seq)) continue;
    const listed: unknown = row.payload.breaks;
    if (!Array.isArray(listed)) continue;
    for (const b of listed as unknown[]) {
      const { seq, kind } = (typeof b === 'object' && b !== null ? b : {}) as { seq?: unknown; kind?: unknown };
      if (typeof seq === 'number' && typeof kind === 'string' && seq < row.seq) seen.push({ seq, kind, at: row.at });
    }
  }
  return seen;
}

/** The breaks no acknowledgement in the log covers. */
export function unseenBreaks(breaks: readonly ChainBreak[], seen: readonly SeenLogChange[]): ChainBreak[] {
  const known = new Set(seen.map(key));
  return breaks.filter((b) => !known.has(key(b)));
}

/**
 * The chain's part of a cycle's integrity after a verification: null when the log verifies;
 * otherwise the breaks, the moment they were first found (kept while they stay the same) and
 * whether the leader has seen them all.
 */
export function chainStatus(
  previous: ChainStatus | null | undefined,
  verdict: ChainVerdict,
  events: readonly EventRow[],
  now: number,
): ChainStatus | null {
  if (verdict.ok) return null;
  const seen = seenInLog(events, verdict.breaks);
  const unseen = unseenBreaks(verdict.breaks, seen);
  const same = previous && canonicalJson(previous.breaks) === canonicalJson(verdict.breaks);
  const covering = seen.filter((s) => verdict.breaks.some((b) => key(b) === key(s)));
  return {
    firstBadSeq: verdict.firstBadSeq,
    kind: verdict.kind,
    breaks: verdict.breaks,
    unseen,
    detectedAt: same ? previous.detectedAt : now,
    seenAt: unseen.length === 0 ? Math.max(...covering.map((s) => s.at)) : null,
  };
}

export function integrityOf(chain: ChainStatus | null, refused: RefusedEventStatus | null): CycleIntegrity | null {
  return chain || refused ? { chain, refused } : null;
}

export const sameIntegrity = (a: CycleIntegrity | null | undefined, b: CycleIntegrity | null | undefined): boolean =>
  canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** True while consent and archive marks must wait: a break the leader has not seen. */
export const isChainBlocked = (integrity: CycleIntegrity | null | undefined): boolean => (integrity?.chain?.unseen.length ?? 0) > 0;
