import { useEffect, useMemo, useState } from 'preact/hooks';
import { backupActions } from '../../lib/actions/backup';
import { lastBackupAt } from '../../lib/backup/store';
import { getDb } from '../../lib/browser/db';
import { askPersistence, type StorageStatus, storageStatus } from '../../lib/browser/storage';
import { useLiveQuery } from './use-live-query';

/** When the last backup was made (null: never; undefined while loading), and the backup actions. */
export function useBackup() {
  const lastAt = useLiveQuery(() => lastBackupAt(getDb())).value;
  const actions = useMemo(() => backupActions(), []);
  return { lastAt, actions };
}

/** Whether the browser keeps the data persistently and how much is used; `ask` asks again. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [denied, setDenied] = useState(false);
  const refresh = () => void storageStatus().then(setStatus);
  useEffect(refresh, []);
  const ask = async () => {
    const granted = await askPersistence();
    setDenied(granted === false);
    refresh();
  };
  return { status, denied, ask };
}
