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

// What counts as part of a word around a needle, so that erasing one person never rewrites
// another's name or address: "Anne Holm" is not in "Anne Holm-Jensen", "Per-Anne Holm",
// "Anne Holm_2" or "D'Anne Holm", nor "anne.holm@randers.dk" in "mette.anne.holm@randers.dk" or
// "anne.holm@randers.dk.uk". A dot or apostrophe that ends a sentence, a quote or a possessive
// ("Anne Holm's", "Anne Holm'") is not part of the word: that is still the erased person.
const BEFORE = String.raw`(?<![\p{L}\p{N}._%+@-])(?<![\p{L}\p{N}]')`;
const AFTER = String.raw`(?![\p{L}\p{N}_@-]|\.[\p{L}\p{N}]|'(?=[\p{L}\p{N}])(?!s(?![\p{L}\p{N}])))`;

/**
 * Finds each needle as a whole word (not inside a longer word or name: erasing "Bo Ege" must not
 * touch "Bo Egeberg" or "Bo Ege-Hansen"), case-insensitively, longest first so an address is taken whole.
 */
export function needleMatcher(needles: readonly string[]): RegExp | null {
  const words = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return new RegExp(`${BEFORE}(?:${words.map(escape).join('|')})${AFTER}`, 'giu');
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
 * one (own events, an IKU batch, absence, a note-taker, a one-to-one), and their name or address in any text.
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
  // A one-to-one follow-up's employee (leader.planFollowUp, machine v9).
  const meeting = next.meeting;
  if (meeting !== null && typeof meeting === 'object' && (meeting as { employeeId?: unknown }).employeeId === target.employeeId)
    next = { ...next, meeting: { ...(meeting as Record<string, unknown>), employeeId: target.tombstoneId } };
  next = scrubDeep(next, matcher);
  return next === payload ? null : next;
}

/** True when some string inside the value passes the test. */
function anyString(value: unknown, test: (s: string) => boolean): boolean {
  if (typeof value === 'string') return test(value);
  if (Array.isArray(value)) return value.some((v) => anyString(v, test));
  if (value !== null && typeof value === 'object') return Object.values(value).some((v) => anyString(v, test));
  return false;
}

/**
 * True when the payload names the employee by id (anywhere in it) or by name or address. Each
 * string is searched as it is, not the JSON text: there a line break before a name reads "\\nAnne".
 */
export function namesEmployee(payload: Record<string, unknown>, employeeId: string, matcher: RegExp | null): boolean {
  return anyString(payload, (text) => {
    if (text === employeeId) return true;
    if (!matcher) return false;
    matcher.lastIndex = 0;
    return matcher.test(text);
  });
}
