import { KeyedError } from '../i18n/message';

/**
 * Why a file cannot be restored, one kind per message: the leader can act on each differently
 * (type the passphrase again, fetch the file again, update the extension, pick another file).
 */
export type BackupProblem =
  | 'notOurs'
  | 'truncated'
  | 'altered'
  | 'newerFormat'
  | 'wrongPassphrase'
  | 'invalidContent'
  | 'newerSchema'
  | 'brokenChain';

/** A refused backup file or passphrase; the database is left as it was. */
export class BackupError extends KeyedError {
  constructor(
    readonly problem: BackupProblem | 'passphraseShort' | 'passphraseMismatch',
    params: Record<string, string | number> = {},
  ) {
    super(`backup.error.${problem}`, params);
    this.name = 'BackupError';
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem; detail?: string };

export const fail = (problem: BackupProblem, detail?: string): { ok: false; problem: BackupProblem; detail?: string } =>
  detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };
