import { BackupError } from './problems';

/** Long enough that 600,000 PBKDF2 rounds per guess leave a guesser far behind; short enough to type. */
export const MIN_PASSPHRASE = 12;

/** Counted in characters as the leader sees them (code points, NFC), not UTF-16 units. */
export const passphraseLength = (p: string): number => [...p.normalize('NFC')].length;

/** Refuses a passphrase too short, or typed differently the second time (when making a backup). */
export function checkPassphrase(passphrase: string, repeated?: string): void {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE) throw new BackupError('passphraseShort', { min: MIN_PASSPHRASE });
  if (repeated !== undefined && repeated.normalize('NFC') !== passphrase.normalize('NFC')) throw new BackupError('passphraseMismatch');
}
