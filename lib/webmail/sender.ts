// Who sent the open mail, read from the address part of its header only. Consent rests on this:
// a display name is free text the sender chooses ("bo@randers.dk" <mallory@evil.example>), so an
// address-looking display name must never count. Anything unclear is a refusal with a reason.
// Pure: it takes elements and strings, and touches no DOM globals.
import type { OpenMail } from '../messaging/protocol';

export type Sender = Pick<OpenMail, 'from' | 'fromProblem'>;

// Shape only, before any check: an "@" (or a look-alike of it, so that a fullwidth "＠" is
// reported as a look-alike rather than as no address), something on both sides, and a dot (or a
// look-alike) in the domain. Whether the characters are acceptable is `normalizeAddress`'s job.
const AT = '@\uFF20\uFE6B';
const DOTS = /[.\uFF0E\u3002\uFF61]/u;
const NOT_IN_ADDRESS = `\\p{White_Space}<>()\\[\\],;:"${AT}`;
const ADDRESS_SHAPE = new RegExp(`^([^${NOT_IN_ADDRESS}]+)[${AT}]([^${NOT_IN_ADDRESS}]+)$`, 'u');

const looksLikeAddress = (s: string) => {
  const m = ADDRESS_SHAPE.exec(s);
  return m !== null && DOTS.test(m[2]!);
};

/** Removes RFC 5322 quoted strings and comments: both are display text, never the address. */
const withoutDisplayText = (text: string) => text.replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/\([^()]*\)/g, ' ');

/** The address-like values inside `<…>`; null when the text has no angle brackets at all. */
function angleAddresses(text: string): string[] | null {
  const rest = withoutDisplayText(text);
  if (!/[<>]/.test(rest)) return null;
  const found: string[] = [];
  for (const m of rest.matchAll(/<([^<>]*)>/g)) {
    const inside = m[1]!.trim().replace(/^mailto:/i, '');
    if (looksLikeAddress(inside)) found.push(inside);
  }
  return found;
}

/**
 * The addresses a header string gives in its address part: `"Bo Berg" <bo@x.dk>` → bo@x.dk,
 * `bo@x.dk` → bo@x.dk, `"bo@x.dk" <m@evil.example>` → m@evil.example. A bare address counts only
 * when the whole text is addresses (`a@x.dk, b@x.dk` gives both); text that merely contains an
 * address-like string (`Bo bo@x.dk`) gives nothing. Raw values: check them with `normalizeAddress`.
 */
export function headerAddresses(text: string): string[] {
  const inAngles = angleAddresses(text);
  if (inAngles) return inAngles;
  const parts = withoutDisplayText(text)
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every(looksLikeAddress) ? parts : [];
}

/** The addresses a `mailto:` link names (before any `?`), each percent-decoded. */
export function mailtoAddresses(href: string): string[] {
  const m = /^\s*mailto:([^?#]*)/i.exec(href);
  if (!m) return [];
  return m[1]!.split(',').flatMap((part) => {
    try {
      return headerAddresses(decodeURIComponent(part));
    } catch {
      return []; // malformed escape: not an address we can read for certain
    }
  });
}

// Letters outside a–z that an address may hold: ones that decompose to an ASCII letter plus
// visible accents (é, å, ü), and whole Nordic and central-European letters with no ASCII twin.
const WHOLE_LETTERS = new Set(['æ', 'ø', 'ð', 'þ', 'ß', 'œ', 'ł', 'đ', 'ħ']);
const ACCENTED_ASCII = /^[a-z][\u0300-\u036f]+$/u;
const PRINTABLE_ASCII = /^[\x21-\x7e]$/;

/**
 * The address in the form we compare (NFC, lower case, trimmed), or null when it holds a character
 * that can pass for another. Why: IDN homographs. An address with a Cyrillic "а" (U+0430), a Greek
 * "ο", a fullwidth "＠", or an invisible joiner (\p{Cf}) looks like an employee's address in the
 * mail header but is another mailbox. So every character must be printable ASCII or a Latin
 * letter that is an ASCII letter with a visible accent or one of WHOLE_LETTERS: stricter than
 * "no non-Latin script", because Latin itself has look-alikes (ɑ, ı, ǀ). Characters that NFC would
 * silently turn into ASCII (the Kelvin sign K) are refused before normalising, and so are
 * compatibility forms (NFKC ≠ NFC: fullwidth letters, ligatures).
 */
export function normalizeAddress(raw: string): string | null {
  const trimmed = raw.trim();
  for (const ch of trimmed) if (ch.normalize('NFC') !== ch) return null;
  const address = trimmed.normalize('NFC').toLowerCase().normalize('NFC');
  if (address.normalize('NFKC') !== address) return null;
  for (const ch of address) {
    if (ch.charCodeAt(0) < 0x80 ? !PRINTABLE_ASCII.test(ch) : !(WHOLE_LETTERS.has(ch) || ACCENTED_ASCII.test(ch.normalize('NFD'))))
      return null;
  }
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || !address.slice(at + 1).includes('.')) return null;
  return address;
}

const squashed = (text: string) =>
  text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

/** Every address one sender element gives in its address part: attributes, mailto links, `<…>`. */
export function elementAddresses(el: Element): string[] {
  const found: string[] = [];
  const withSelf = (css: string) => [...(el.matches(css) ? [el] : []), ...el.querySelectorAll(css)];
  for (const node of withSelf('[email]')) found.push(...headerAddresses(node.getAttribute('email') ?? ''));
  // A title counts only when it is an address or `Name <address>`; a title holding the name gives
  // nothing, and so does a tooltip repeating the shown text: that is display text, which the
  // sender chooses ("bo@randers.dk" shown, and its tooltip, for mallory@evil.example).
  for (const node of withSelf('[title]')) {
    const title = node.getAttribute('title') ?? '';
    if (squashed(title) !== squashed(node.textContent ?? '')) found.push(...headerAddresses(title));
  }
  for (const node of withSelf('a[href]')) found.push(...mailtoAddresses(node.getAttribute('href') ?? ''));
  // Shown text and accessible labels: only what stands inside <…>, never a bare address-like name.
  for (const node of withSelf('[aria-label]')) found.push(...(angleAddresses(node.getAttribute('aria-label') ?? '') ?? []));
  found.push(...(angleAddresses(el.textContent ?? '') ?? []));
  return found;
}

/** One certain sender from raw candidates, or the reason there is none. */
export function senderFromAddresses(candidates: readonly string[]): Sender {
  if (candidates.length === 0) return { from: '', fromProblem: 'none' };
  const addresses = new Set<string>();
  for (const raw of candidates) {
    const address = normalizeAddress(raw);
    if (address === null) return { from: '', fromProblem: 'confusable' };
    addresses.add(address);
  }
  if (addresses.size > 1) return { from: '', fromProblem: 'several' };
  return { from: [...addresses][0]!, fromProblem: null };
}

/** The sender the given elements (the one message's sender elements) show, or why not. */
export const senderOf = (elements: readonly Element[]): Sender => senderFromAddresses(elements.flatMap(elementAddresses));

/**
 * The addresses a contact (persona) card shows: what a header element gives, plus any text of its
 * own that is exactly one address (a card lists the address on a line of its own). A card whose
 * name line is itself an address then shows two, and senderFromAddresses refuses it as `several`.
 */
export function cardAddresses(card: Element): string[] {
  const found = elementAddresses(card);
  for (const el of [card, ...card.querySelectorAll('*')]) {
    const text = el.children.length === 0 ? (el.textContent ?? '').trim() : '';
    if (looksLikeAddress(text)) found.push(text);
  }
  return found;
}
