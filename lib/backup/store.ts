import type { TusDb } from '../db/database';

/** The settings row holding when the last backup was made (ms). */
export const LAST_BACKUP_KEY = 'backup.lastAt';
/** A backup older than this is due again. */
export const BACKUP_DUE_MS = 30 * 86_400_000;

export async function lastBackupAt(db: TusDb): Promise<number | null> {
  const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export async function recordBackup(db: TusDb, at: number): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

export type BackupReminder = 'old' | 'never' | null;

/** Due when the last backup is over 30 days old, or when none was made and there is a cycle to lose. */
export function backupReminder(lastAt: number | null, hasCycles: boolean, now: number): BackupReminder {
  if (lastAt === null) return hasCycles ? 'never' : null;
  return now - lastAt > BACKUP_DUE_MS ? 'old' : null;
}

/** The reminder now, from one read transaction (the popup and the dashboard show it). */
export function readBackupReminder(db: TusDb, now: number): Promise<BackupReminder> {
  return db.transaction('r', db.settings, db.cycles, async () => {
    const [lastAt, cycles] = await Promise.all([lastBackupAt(db), db.cycles.count()]);
    return backupReminder(lastAt, cycles > 0, now);
  });
}
