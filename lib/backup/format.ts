// The file's plain header: a magic line, the format version, and the key derivation and cipher
// parameters as JSON. It is readable without the passphrase (so a newer or foreign file is named
// as such), and authenticated as AES-GCM's additional data (so a changed header fails to open).
import * as v from 'valibot';
import { base64ToBytes, bytesToBase64 } from '../messaging/base64';
import { fail, type Outcome } from './problems';

/** The first bytes of every backup; readable text, so a leader opening the file sees what it is. */
export const MAGIC = 'TUS-assistent sikkerhedskopi\n';
export const FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. A header asking for fewer is refused, never obeyed. */
export const MIN_ITERATIONS = 600_000;
/** A header asking for more would hang the page: refused as altered. */
export const MAX_ITERATIONS = 20_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const CHECK_BYTES = 16;
/** AES-GCM's tag. */
export const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;

const magicBytes = new TextEncoder().encode(MAGIC);
/** Magic, uint16 format version, uint32 header length. */
const PREFIX_BYTES = magicBytes.length + 6;

/** The length base64 decodes to, or -1 (atob throws on bad input; valibot runs every check of a pipe). */
function decodedLength(s: string): number {
  try {
    return base64ToBytes(s).length;
  } catch {
    return -1;
  }
}

const bytesOf = (n: number) =>
  v.pipe(
    v.string(),
    v.maxLength(64),
    v.check((s) => decodedLength(s) === n),
  );

const HeaderSchema = v.strictObject({
  kdf: v.literal('PBKDF2-SHA-256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
  salt: bytesOf(SALT_BYTES),
  cipher: v.literal('AES-256-GCM'),
  iv: bytesOf(IV_BYTES),
  /** Derived from the key (crypto.ts): tells a wrong passphrase from a changed file. */
  check: bytesOf(CHECK_BYTES),
  compression: v.literal('deflate'),
  /** The ciphertext's length with its tag: a shorter file was cut off. */
  length: v.pipe(v.number(), v.integer(), v.minValue(TAG_BYTES), v.maxValue(2 ** 32)),
});

export interface Header {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  check: Uint8Array<ArrayBuffer>;
  length: number;
}

export interface ParsedFile {
  header: Header;
  /** Every byte before the ciphertext: the additional data AES-GCM authenticates. */
  aad: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** The header's bytes (magic, version, length, JSON), to be authenticated and then followed by the ciphertext. */
export function encodeHeader(h: Header): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(
    JSON.stringify({
      kdf: 'PBKDF2-SHA-256',
      iterations: h.iterations,
      salt: bytesToBase64(h.salt),
      cipher: 'AES-256-GCM',
      iv: bytesToBase64(h.iv),
      check: bytesToBase64(h.check),
      compression: 'deflate',
      length: h.length,
    }),
  );
  const out = new Uint8Array(PREFIX_BYTES + json.length);
  out.set(magicBytes);
  const view = new DataView(out.buffer);
  view.setUint16(magicBytes.length, FORMAT_VERSION);
  view.setUint32(magicBytes.length + 2, json.length);
  out.set(json, PREFIX_BYTES);
  return out;
}

const startsWith = (bytes: Uint8Array, prefix: Uint8Array, n = prefix.length) => {
  for (let i = 0; i < n; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
};

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Splits a file into header and ciphertext, naming what is wrong: not ours (no magic), a newer
 * format, cut off (shorter than it says), or altered (a header that does not parse, asks for
 * too few iterations, or bytes after the end). Never throws.
 */
export function parseFile(file: Uint8Array): Outcome<ParsedFile> {
  const bytes = new Uint8Array(file);
  if (bytes.length < magicBytes.length) {
    // A file cut inside the magic line is still recognisably ours.
    return bytes.length > 0 && startsWith(bytes, magicBytes, bytes.length) ? fail('truncated') : fail('notOurs');
  }
  if (!startsWith(bytes, magicBytes)) return fail('notOurs');
  if (bytes.length < PREFIX_BYTES) return fail('truncated');
  const view = new DataView(bytes.buffer);
  const version = view.getUint16(magicBytes.length);
  if (version > FORMAT_VERSION) return fail('newerFormat', String(version));
  if (version < 1) return fail('altered', 'version');
  const headerLength = view.getUint32(magicBytes.length + 2);
  if (headerLength > MAX_HEADER_BYTES) return fail('altered', 'header length');
  const start = PREFIX_BYTES + headerLength;
  if (bytes.length < start) return fail('truncated');
  const parsed = v.safeParse(HeaderSchema, parseJson(bytes.subarray(PREFIX_BYTES, start)));
  if (!parsed.success) return fail('altered', 'header');
  const h = parsed.output;
  const ciphertext = bytes.subarray(start);
  if (ciphertext.length < h.length) return fail('truncated');
  if (ciphertext.length > h.length) return fail('altered', 'trailing bytes');
  return {
    ok: true,
    value: {
      header: {
        iterations: h.iterations,
        salt: base64ToBytes(h.salt),
        iv: base64ToBytes(h.iv),
        check: base64ToBytes(h.check),
        length: h.length,
      },
      aad: bytes.slice(0, start),
      ciphertext: bytes.slice(start),
    },
  };
}
