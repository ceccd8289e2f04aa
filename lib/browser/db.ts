import { TusDb } from '../db/database';

let instance: TusDb | null = null;

/**
 * The extension's database, for extension pages and the background only: a content script
 * would open the host page's IndexedDB instead (docs/architecture.md).
 */
export function getDb(): TusDb {
  if (instance) return instance;
  const db = new TusDb();
  // A newer version of the extension wants to upgrade: close at once so it is never blocked,
  // and reload this page so it runs the new code.
  db.on('versionchange', () => {
    db.close();
    if (typeof location !== 'undefined' && 'reload' in location) location.reload();
    return false;
  });
  instance = db;
  return db;
}
