// The backup's keys and cipher, WebCrypto only (extension pages and Node 20 alike).
import { CHECK_BYTES, type Header } from './format';

export interface BackupKeys {
  key: CryptoKey;
  /** Stored in the header: equal when the passphrase is right, whatever happened to the ciphertext. */
  check: Uint8Array<ArrayBuffer>;
}

/** How the keys are made from a passphrase and the header; tests may pass a memoised one. */
export type DeriveKeys = (passphrase: string, header: Pick<Header, 'salt' | 'iterations'>) => Promise<BackupKeys>;

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * PBKDF2-SHA-256 over the passphrase (NFC, so "æ" typed on another machine is the same bytes)
 * gives one 256-bit secret; HKDF splits it into the AES-GCM key and the check value. The check
 * costs a guesser the same PBKDF2 run as the key itself, so it gives nothing away, and with it a
 * wrong passphrase and a changed file get different messages (AES-GCM alone fails both alike).
 */
export const deriveKeys: DeriveKeys = async (passphrase, { salt, iterations }) => {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const secret = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const params = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) });
  const key = await subtle.deriveKey(params('tus-backup aes-256-gcm key'), hkdf, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await subtle.deriveBits(params('tus-backup passphrase check'), hkdf, CHECK_BYTES * 8));
  return { key, check };
};

export const randomBytes = (n: number): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** Constant-time enough for 16 bytes the file itself carries: no secret is compared here. */
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export async function encrypt(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain));
}

/** The plaintext, or null when the tag does not verify (ciphertext or header changed). */
export async function decrypt(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, ciphertext));
  } catch {
    return null;
  }
}
