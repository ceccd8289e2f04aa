// What the browser's storage can fail with, as the leader's message: one place for Dexie's and the
// DOM's error names, so a full disk or a blocked upgrade is never shown as a bare "AbortError".
import type { MessageKey } from './da';

const BY_NAME: Readonly<Record<string, MessageKey>> = {
  QuotaExceededError: 'saveError.quota',
  // The connection was closed (a newer version opened the database, or the page is unloading).
  DatabaseClosedError: 'saveError.closed',
  // IndexedDB's name for a connection that is closing; other DOM APIs use it too, so its words do not blame the data alone.
  InvalidStateError: 'saveError.invalidState',
  // The stored database is newer than this code: the extension was downgraded or not yet reloaded.
  VersionError: 'saveError.version',
  // IndexedDB unavailable or broken (private mode, a damaged profile, a partitioned frame).
  OpenFailedError: 'saveError.open',
  MissingAPIError: 'saveError.open',
  UnknownError: 'saveError.open',
};

const MAX_DEPTH = 5;

/**
 * The message for a storage failure, or null for anything else. Dexie wraps the cause (an
 * AbortError whose `inner` is the QuotaExceededError, an OpenFailedError whose `inner` is a
 * VersionError), so the innermost known name wins.
 */
export function storageErrorKey(e: unknown): MessageKey | null {
  let found: MessageKey | null = null;
  let current: unknown = e;
  for (let depth = 0; depth < MAX_DEPTH && current && typeof current === 'object'; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string' && BY_NAME[name]) found = BY_NAME[name];
    current = inner ?? cause;
  }
  return found;
}
