// The leader's backup: make the encrypted file and download it; open a file, preview it, and
// replace or merge only when the leader confirms.
import { dumpDatabase } from '../backup/dump';
import { type BackupStage, makeBackupFile } from '../backup/file';
import { checkPassphrase } from '../backup/passphrase';
import { BackupError } from '../backup/problems';
import { readBackup } from '../backup/read';
import { type MergeResult, mergeMissing, replaceAll, type TableCounts } from '../backup/restore';
import { recordBackup } from '../backup/store';
import { type BackupPreview, previewOf } from '../backup/validate';
import { download } from '../browser/download';
import { safeFileName } from '../shared/file-names';
import { type ActionDeps, withDeps } from './deps';

export type { BackupPreview, BackupStage, MergeResult, TableCounts };

/** A checked file, held until the leader chooses: what it holds, and the two ways to write it. */
export interface OpenedBackup {
  preview: BackupPreview;
  replace: () => Promise<TableCounts>;
  merge: () => Promise<MergeResult>;
}

/** "TUS-assistent_sikkerhedskopi_2026-11-28.tusbackup", the day in Copenhagen. */
export const backupFileName = (at: number): string =>
  safeFileName(`TUS-assistent_sikkerhedskopi_${new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' })}.tusbackup`);

export function backupActions(deps: Partial<ActionDeps> & { save?: typeof download } = {}) {
  const { db, now } = withDeps(deps);
  const save = deps.save ?? download;
  return {
    /** Checks the passphrase (typed twice), makes the file, downloads it and records the time; returns its name. */
    async makeBackup(passphrase: string, repeated: string, onStage?: (stage: BackupStage) => void): Promise<string> {
      checkPassphrase(passphrase, repeated);
      onStage?.('reading');
      const at = now();
      const file = await makeBackupFile(await dumpDatabase(db, at), passphrase, { onStage });
      const fileName = backupFileName(at);
      save(file, fileName, 'application/octet-stream');
      await recordBackup(db, at);
      return fileName;
    },
    /** Reads and checks the whole file; a bad file or passphrase is thrown as its own BackupError, nothing written. */
    async openBackup(file: Uint8Array, passphrase: string, onStage?: (stage: BackupStage) => void): Promise<OpenedBackup> {
      const read = await readBackup(file, passphrase, { onStage });
      if (!read.ok) throw new BackupError(read.problem, { detail: read.detail ?? '' });
      const content = read.value;
      return {
        preview: previewOf(content),
        replace: () => replaceAll(db, content),
        merge: () => mergeMissing(db, content),
      };
    },
  };
}

export type BackupActions = ReturnType<typeof backupActions>;
