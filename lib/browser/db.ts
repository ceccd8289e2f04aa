import { TusDb } from '../db/database';
import type { MessageKey } from '../i18n';
import { storageErrorKey } from '../i18n/storage-errors';

let instance: TusDb | null = null;

// What keeps this page's database from working, for the page to show (null while it works).
// Module state, like the singleton: one per page.
let problem: MessageKey | null = null;
const listeners = new Set<(problem: MessageKey | null) => void>();

function setProblem(next: MessageKey | null): void {
  if (next === problem) return;
  problem = next;
  for (const listener of listeners) listener(next);
}

/** The database's current problem, and every change of it; returns the unsubscribe. */
export function watchDbProblem(listener: (problem: MessageKey | null) => void): () => void {
  listeners.add(listener);
  listener(problem);
  return () => listeners.delete(listener);
}

export interface DbWatch {
  /** Runs the new code after another page upgraded the database; absent in the service worker. */
  reload?: () => void;
}

/**
 * Keeps a connection from blocking or being blocked. A newer version elsewhere wants to upgrade:
 * close at once so it is never blocked, and reload to run the new code. This page's own upgrade
 * waits for another connection that does not close (an old tab that hangs): every write waits
 * with it, so the leader is told to close the other tabs, and told no more once it opens.
 */
export function watchDb(db: TusDb, { reload }: DbWatch): TusDb {
  db.on('versionchange', () => {
    db.close();
    if (reload) reload();
    else setProblem('saveError.closed');
    return false;
  });
  db.on('blocked', () => setProblem('saveError.blocked'));
  // Sticky: a reopened connection clears the problem again.
  db.on('ready', () => setProblem(null), true);
  // A database that cannot be opened at all (written by a newer version, a damaged profile) fails
  // every read and write: the page says why once, instead of lists that never load.
  db.open().catch((e: unknown) => setProblem(storageErrorKey(e) ?? 'saveError.open'));
  return db;
}

/**
 * The extension's database, for extension pages and the background only: a content script
 * would open the host page's IndexedDB instead (docs/architecture.md).
 */
export function getDb(): TusDb {
  if (instance) return instance;
  const canReload = typeof location !== 'undefined' && 'reload' in location;
  instance = watchDb(new TusDb(), canReload ? { reload: () => location.reload() } : {});
  return instance;
}
