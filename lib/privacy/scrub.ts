// What replaces an erased employee's personal data inside records that stay (events, other rows).
// Pure: the erasure store decides which rows to rewrite, this says how.

/** Written where a name, an address or an erased employee's own words were. */
export const TOMBSTONE = '[slettet]';

/** A new id for the erased employee inside the log: keeps their events apart from others' for the replay. */
export const tombstoneId = (): string => `slettet-${crypto.randomUUID()}`;

/** Who is erased: the id their records carry and the texts to find elsewhere. */
export interface ErasureTarget {
  employeeId: string;
  /** Replaces employeeId inside events. */
  tombstoneId: string;
  /** The name and the address, trimmed; empty ones are left out. */
  needles: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds each needle as a whole word (not inside a longer word: erasing "Bo Ege" must not touch
 * "Bo Egeberg"), case-insensitively, longest first so an address is taken whole.
 */
export function needleMatcher(needles: readonly string[]): RegExp | null {
  const words = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export const scrubText = (text: string, matcher: RegExp | null): string => (matcher ? text.replace(matcher, TOMBSTONE) : text);

/** Every string inside a value scrubbed (keys kept); the same object when nothing changed. */
export function scrubDeep<T>(value: T, matcher: RegExp | null): T {
  if (!matcher) return value;
  if (typeof value === 'string') return scrubText(value, matcher) as T;
  if (Array.isArray(value)) {
    const next = value.map((v) => scrubDeep(v, matcher));
    return next.some((v, i) => v !== value[i]) ? (next as T) : value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      next[k] = scrubDeep(v, matcher);
      if (next[k] !== v) changed = true;
    }
    return changed ? (next as T) : value;
  }
  return value;
}

/** The free-text fields of consent evidence: the employee's own words, address and mail headers. */
const EVIDENCE_TEXT = ['from', 'subject', 'text', 'note', 'messageId'] as const;

/** The erased employee's own event: their id swapped for the tombstone id, their words for the tombstone. */
function ownPayload(payload: Record<string, unknown>, target: ErasureTarget): Record<string, unknown> {
  const next: Record<string, unknown> = { ...payload, employeeId: target.tombstoneId };
  if (typeof next.note === 'string') next.note = TOMBSTONE;
  const evidence = next.evidence;
  if (evidence !== null && typeof evidence === 'object') {
    const e: Record<string, unknown> = { ...(evidence as Record<string, unknown>) };
    for (const field of EVIDENCE_TEXT) if (typeof e[field] === 'string') e[field] = TOMBSTONE;
    next.evidence = e;
  }
  return next;
}

/**
 * An event's payload with the erased employee tombstoned: their id in every place events carry
 * one (own events, an IKU batch, absence, a note-taker), and their name or address in any text.
 * Null when the event does not name them. The type and time stay: the machine replays them.
 */
export function tombstonePayload(
  payload: Record<string, unknown>,
  target: ErasureTarget,
  matcher: RegExp | null,
): Record<string, unknown> | null {
  let next = payload;
  if (payload.employeeId === target.employeeId) next = ownPayload(payload, target);
  if (Array.isArray(next.ikus)) {
    const ikus = next.ikus.map((i: unknown) =>
      i !== null && typeof i === 'object' && (i as { employeeId?: unknown }).employeeId === target.employeeId
        ? { ...(i as Record<string, unknown>), employeeId: target.tombstoneId }
        : i,
    );
    if (ikus.some((i, k) => i !== (next.ikus as unknown[])[k])) next = { ...next, ikus };
  }
  next = scrubDeep(next, matcher);
  return next === payload ? null : next;
}

/** True when the payload names the employee by id (anywhere in it) or by name or address. */
export function namesEmployee(payload: Record<string, unknown>, employeeId: string, matcher: RegExp | null): boolean {
  const json = JSON.stringify(payload);
  if (json.includes(JSON.stringify(employeeId))) return true;
  if (!matcher) return false;
  matcher.lastIndex = 0;
  return matcher.test(json);
}
