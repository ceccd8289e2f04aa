import { type BackupReminder, readBackupReminder } from '../../lib/backup/store';
import { getDb } from '../../lib/browser/db';
import { useLiveQuery } from './use-live-query';

/**
 * 'old', 'never' or null, live. Its own file: the popup imports it, and must not carry the
 * backup's cipher and compression code.
 */
export const useBackupReminder = (): BackupReminder => useLiveQuery(() => readBackupReminder(getDb(), Date.now())).value ?? null;
