import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { describeError, KeyedError, messageOf } from '../../../lib/i18n/message';
import { storageErrorKey } from '../../../lib/i18n/storage-errors';

describe('storage failures in the leader’s words', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'saveError.quota'],
    [new Dexie.QuotaExceededError('quota'), 'saveError.quota'],
    // A transaction aborted by a full disk: Dexie's AbortError carries the cause as `inner`.
    [new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError')), 'saveError.quota'],
    [new Dexie.DatabaseClosedError(), 'saveError.closed'],
    [new DOMException('The database connection is closing.', 'InvalidStateError'), 'saveError.invalidState'],
    // A failed open surfaces later as DatabaseClosedError whose inner is the reason: the reason wins.
    [new Dexie.DatabaseClosedError(new Dexie.OpenFailedError('open', new DOMException('', 'VersionError'))), 'saveError.version'],
    [new Dexie.OpenFailedError('open', new DOMException('Internal error.', 'UnknownError')), 'saveError.open'],
    [new Dexie.MissingAPIError('IndexedDB API missing'), 'saveError.open'],
    [new Error('something else'), null],
    [new Dexie.ConstraintError('Key already exists'), null],
    ['a string', null],
  ])('%s → %s', (error, key) => {
    expect(storageErrorKey(error)).toBe(key);
  });

  it('a real closed database gives the message, in Danish and English, and across the message channel', async () => {
    const db = new TusDb(`closed-${crypto.randomUUID()}`);
    await db.open();
    db.close({ disableAutoOpen: true });
    const error = await db.teams.add({ id: 't', name: 'T', archived: 0, createdAt: 1 }).catch((e: unknown) => e);
    expect(describeError(error, 'da')).toMatch(/^Forbindelsen til dataene blev lukket.*Genindlæs siden/);
    expect(describeError(error, 'en')).toMatch(/^The connection to the data was closed.*Reload the page/);
    expect(messageOf(error)).toEqual({ key: 'saveError.closed' });
  });

  it('a keyed error keeps its own message, even with a storage error inside', () => {
    const e = new KeyedError('team.error.name');
    expect(describeError(e, 'da')).toBe('Skriv et navn til teamet.');
  });
});
