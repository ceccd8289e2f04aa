// A backup file from content and a passphrase, and back: header, key, cipher and content together.
import { type BackupContent, decodeContent, encodeContent, type RawContent } from './content';
import { type DeriveKeys, decrypt, deriveKeys, encrypt, randomBytes, sameBytes } from './crypto';
import { encodeHeader, IV_BYTES, MIN_ITERATIONS, parseFile, SALT_BYTES, TAG_BYTES } from './format';
import { fail, type Outcome } from './problems';

export type BackupStage = 'reading' | 'deriving' | 'encrypting' | 'decrypting' | 'checking' | 'writing';
export type OnStage = (stage: BackupStage) => void;

export interface MakeOptions {
  /** At least MIN_ITERATIONS; more is allowed, fewer is refused. */
  iterations?: number;
  onStage?: OnStage;
}

export async function makeBackupFile(
  content: BackupContent,
  passphrase: string,
  options: MakeOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const iterations = options.iterations ?? MIN_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS) throw new Error(`PBKDF2 needs at least ${MIN_ITERATIONS} iterations`);
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  options.onStage?.('deriving');
  const { key, check } = await deriveKeys(passphrase, { salt, iterations });
  options.onStage?.('encrypting');
  const plain = await encodeContent(content);
  const header = encodeHeader({ iterations, salt, iv, check, length: plain.length + TAG_BYTES });
  const ciphertext = await encrypt(key, iv, header, plain);
  const file = new Uint8Array(header.length + ciphertext.length);
  file.set(header);
  file.set(ciphertext, header.length);
  return file;
}

export interface OpenOptions {
  /** Only tests pass another (a memoised PBKDF2); the header's iterations are checked before either runs. */
  derive?: DeriveKeys;
  onStage?: OnStage;
}

/**
 * The file's rows, or why it cannot be read: not ours, cut off, altered, a newer format, a wrong
 * passphrase, or content that is not a backup. Checked in that order, and never throws.
 */
export async function openBackupFile(file: Uint8Array, passphrase: string, options: OpenOptions = {}): Promise<Outcome<RawContent>> {
  const parsed = parseFile(file);
  if (!parsed.ok) return parsed;
  const { header, aad, ciphertext } = parsed.value;
  options.onStage?.('deriving');
  const keys = await (options.derive ?? deriveKeys)(passphrase, header);
  if (!sameBytes(keys.check, header.check)) return fail('wrongPassphrase');
  options.onStage?.('decrypting');
  const plain = await decrypt(keys.key, header.iv, aad, ciphertext);
  if (!plain) return fail('altered', 'tag');
  return decodeContent(plain);
}
