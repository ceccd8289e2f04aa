import type { BackupContent } from './content';
import { type OpenOptions, openBackupFile } from './file';
import type { Outcome } from './problems';
import { upgradeContent } from './upgrade';
import { validateContent } from './validate';

/**
 * A file, whole and checked, ready to preview and write: opened, brought up to the latest schema
 * version when older, and validated. Nothing is written to the leader's database. Never throws.
 */
export async function readBackup(file: Uint8Array, passphrase: string, options: OpenOptions = {}): Promise<Outcome<BackupContent>> {
  const opened = await openBackupFile(file, passphrase, options);
  if (!opened.ok) return opened;
  options.onStage?.('checking');
  const upgraded = await upgradeContent(opened.value);
  if (!upgraded.ok) return upgraded;
  return validateContent(upgraded.value);
}
