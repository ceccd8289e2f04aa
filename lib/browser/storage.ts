// Persistent storage: the browser may otherwise delete the extension's data when the disk runs
// low. Asked for when the dashboard opens and again from the settings' button.

export interface StorageStatus {
  /** null where the browser has no StorageManager. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const manager = (): StorageManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export async function storageStatus(): Promise<StorageStatus> {
  const storage = manager();
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => null) ?? null,
    storage.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks once more unless already granted; the answer, or null where it cannot be asked. */
export async function askPersistence(): Promise<boolean | null> {
  const storage = manager();
  if (!storage?.persist) return null;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return null;
  }
}
