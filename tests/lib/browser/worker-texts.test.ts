import { describe, expect, it, vi } from 'vitest';

// In Chrome's service worker lib/i18n/da.ts is its stand-in, the reminders' texts alone
// (wxt.config.ts). The worker still builds keyed errors with other keys (stores, handlers), which
// its panels translate: building one must not depend on the catalog it does not carry.
vi.mock('../../../lib/i18n/da', () => import('../../../lib/browser/worker-lazy/i18n-da'));
vi.resetModules();
const { KeyedError } = await import('../../../lib/i18n/message');
const { LogChangedError } = await import('../../../lib/cycles/store');
const { t } = await import('../../../lib/i18n');

describe("the worker's texts (the reminders' alone)", () => {
  it('builds a keyed error whose text it does not hold: the key is its message, for the panel to word', () => {
    const error = new KeyedError('personnel.eBoksNoneDue');
    expect(error).toBeInstanceOf(KeyedError);
    expect(error.key).toBe('personnel.eBoksNoneDue');
    expect(error.message).toBe('personnel.eBoksNoneDue');
    expect(new LogChangedError(3, 'modified')).toBeInstanceOf(KeyedError);
  });

  it('words the reminders it shows', () => {
    expect(t('reminder.consentMissing.title', { name: 'Anne' })).toBe('Samtykke mangler – Anne');
  });
});
