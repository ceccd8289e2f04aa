// The reference in a consent request's subject, [IKU-2026-7F3K]: a reply keeps the subject, so the
// token ties it to one employee's one IKU version. No personal data in it (subjects are not
// encrypted in Digital Post either).

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O, 1/I: read aloud or retyped safely

export function makeToken(year: number, random: Uint8Array): string {
  const code = [...random.slice(0, 4)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `IKU-${year}-${code}`;
}

export function newToken(year: number): string {
  return makeToken(year, crypto.getRandomValues(new Uint8Array(4)));
}

/** The token in a subject such as "SV: Din IKU til godkendelse [IKU-2026-7F3K]". */
export function findToken(subject: string): string | null {
  return /\[?(IKU-\d{4}-[2-9A-HJ-NP-Z]{4})\]?/i.exec(subject)?.[1]?.toUpperCase() ?? null;
}
