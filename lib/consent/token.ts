// The reference in a consent request's subject, [IKU-2026-7F3K]: a reply keeps the subject, so the
// token ties it to one employee's one IKU version. No personal data in it (subjects are not
// encrypted in Digital Post either).

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud or retyped safely

export function makeToken(year: number, random: Uint8Array): string {
  const code = Array.from(random.slice(0, 4), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `IKU-${year}-${code}`;
}

export const randomBytes = () => crypto.getRandomValues(new Uint8Array(4));

export function newToken(year: number, random: () => Uint8Array = randomBytes): string {
  return makeToken(year, random());
}

/**
 * A token standing alone: "[IKU-2026-7F3K]" or "IKU-2026-7F3K" between spaces or punctuation, not
 * inside a longer code ("XIKU-2026-7F3KZ", "IKU-2026-7F3KA", "IKU-2026-7F3K-2"). Letters spelled
 * out instead of the `i` flag, which would also let the Kelvin sign stand for K.
 */
const TOKEN = /(?<![\p{L}\p{N}_-])([Ii][Kk][Uu]-\d{4}-[2-9A-HJ-NP-Za-hj-np-z]{4})(?![\p{L}\p{N}_-])/gu;

/** Every distinct token in a subject, upper case. */
export function findTokens(subject: string): string[] {
  return [...new Set([...subject.matchAll(TOKEN)].map((m) => m[1]!.toUpperCase()))];
}

/** The one token in a subject such as "SV: Din IKU til godkendelse [IKU-2026-7F3K]"; null if none or several. */
export function findToken(subject: string): string | null {
  const found = findTokens(subject);
  return found.length === 1 ? found[0]! : null;
}
