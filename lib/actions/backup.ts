// The leader's backup: make the encrypted file and download it; open a file, preview it, and
// replace or merge only when the leader confirms.
import { dumpDatabase } from '../backup/dump';
import { type BackupStage, makeBackupFile } from '../backup/file';
import { checkPassphrase } from '../backup/passphrase';
import { BackupError } from '../backup/problems';
import { readBackup } from '../backup/read';
import {
  type MergeConflicts,
  type MergeResult,
  mergeConflicts,
  mergeMissing,
  type ReplaceResult,
  replaceAll,
  type TableCounts,
} from '../backup/restore';
import { recordBackup } from '../backup/store';
import { type BackupPreview, previewOf } from '../backup/validate';
import { download } from '../browser/download';
import { readErased } from '../privacy/erased';
import { safeFileName } from '../shared/file-names';
import { type ActionDeps, withDeps } from './deps';

export type { BackupPreview, BackupStage, MergeConflicts, MergeResult, ReplaceResult, TableCounts };

/** What the file holds, and what a merge of it here would leave out by the store rules. */
export type RestorePreview = BackupPreview & { conflicts: MergeConflicts };

/** A checked file, held until the leader chooses: what it holds, and the two ways to write it. */
export interface OpenedBackup {
  preview: RestorePreview;
  replace: () => Promise<ReplaceResult>;
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
      // Recorded once the download is handed to the browser. A click on an <a download> link says
      // nothing about a save dialog the leader then cancels; only chrome.downloads (onChanged:
      // complete, or interrupted with USER_CANCELED) would, and it needs the "downloads"
      // permission this extension does not ask for. So a cancelled save still counts as a backup.
      await recordBackup(db, at);
      return fileName;
    },
    /** Reads and checks the whole file; a bad file or passphrase is thrown as its own BackupError, nothing written. */
    async openBackup(file: Uint8Array, passphrase: string, onStage?: (stage: BackupStage) => void): Promise<OpenedBackup> {
      const read = await readBackup(file, passphrase, { onStage });
      if (!read.ok) throw new BackupError(read.problem, { detail: read.detail ?? '' });
      const content = read.value;
      return {
        preview: { ...previewOf(content, await readErased(db)), conflicts: await mergeConflicts(db, content) },
        replace: () => replaceAll(db, content, now()),
        merge: () => mergeMissing(db, content, now()),
      };
    },
  };
}

export type BackupActions = ReturnType<typeof backupActions>;
