// Test builds only: the backup's browser test and benchmark. `dumpAll` reads every table for
// comparison between profiles; the bench functions time ours beside the floor (the same reads,
// key derivation and cipher through the raw browser APIs, in the same page).
import { backupActions } from '../../lib/actions/backup';
import { MIN_ITERATIONS } from '../../lib/backup/format';
import { getDb } from '../../lib/browser/db';
import { DB_NAME } from '../../lib/db/database';
import { sha256Hex } from '../../lib/shared/hash';

const PASS = 'benchmark-adgangsfrase';
let lastFile: Uint8Array<ArrayBuffer> | null = null;

/** Every table, Blobs as their SHA-256 and type. */
async function dumpAll(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = await Promise.all(
      (await table.toArray()).map(async (row: Record<string, unknown>) => {
        const copy = { ...row };
        for (const [k, v] of Object.entries(copy))
          if (v instanceof Blob) copy[k] = { sha256: await sha256Hex(new Uint8Array(await v.arrayBuffer())), type: v.type };
        return copy;
      }),
    );
  }
  return out;
}

const idb = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

/** Every store's rows through IndexedDB's own getAll, in one transaction. */
async function readRaw(db: IDBDatabase): Promise<Map<string, unknown[]>> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const rows = new Map<string, unknown[]>();
  for (const name of names) {
    const request = tx.objectStore(name).getAll();
    request.onsuccess = () => rows.set(name, request.result);
  }
  await done(tx);
  return rows;
}

async function rawKey(salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASS), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: MIN_ITERATIONS },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export const backupKit = {
  dumpAll,
  /** Ours: the backup as the settings page makes it (read, encode, compress, derive, encrypt), without the download. */
  async benchBackup(): Promise<{ ms: number; bytes: number }> {
    const start = performance.now();
    await backupActions({ save: (data) => void (lastFile = data as Uint8Array<ArrayBuffer>) }).makeBackup(PASS, PASS);
    return { ms: performance.now() - start, bytes: lastFile!.length };
  },
  /** Floor: every store read raw, one PBKDF2, one AES-GCM encryption of as many bytes as our last file. */
  async benchBackupFloor(): Promise<{ ms: number }> {
    const size = lastFile?.length ?? 1;
    const db = await idb();
    const start = performance.now();
    await readRaw(db);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const key = await rawKey(crypto.getRandomValues(new Uint8Array(16)));
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(size));
    const ms = performance.now() - start;
    db.close();
    return { ms };
  },
  /** Ours: open, check whole (schemas, PDF hashes, every chain) and replace everything, from the last file. */
  async benchRestore(): Promise<{ ms: number }> {
    if (!lastFile) throw new Error('benchBackup first');
    const start = performance.now();
    const opened = await backupActions().openBackup(lastFile, PASS);
    await opened.replace();
    return { ms: performance.now() - start };
  },
  /** Floor: one PBKDF2, one AES-GCM decryption of as many bytes, every store cleared and its rows put back raw in one transaction. */
  async benchRestoreFloor(): Promise<{ ms: number }> {
    const size = lastFile?.length ?? 16;
    const db = await idb();
    const rows = await readRaw(db);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await rawKey(salt), new Uint8Array(size - 16)));
    const start = performance.now();
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await rawKey(salt), sealed);
    const tx = db.transaction([...rows.keys()], 'readwrite', { durability: 'strict' });
    for (const [name, list] of rows) {
      const store = tx.objectStore(name);
      store.clear();
      for (const row of list) store.put(row);
    }
    await done(tx);
    const ms = performance.now() - start;
    db.close();
    return { ms };
  },
};
