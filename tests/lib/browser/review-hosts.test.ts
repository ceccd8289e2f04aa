import { beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 12, defect 10: hosts an earlier build saved (it took "*.dk") are never registered again.
type Registration = { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };
let registered: Registration[] = [];
const browser = {
  runtime: { sendMessage: vi.fn(), onStartup: { addListener: vi.fn() }, onInstalled: { addListener: vi.fn() } },
  permissions: {
    // Granted, as it was when the earlier build asked: only our filter stands in the way.
    contains: vi.fn(async () => true),
    onAdded: { addListener: vi.fn() },
    onRemoved: { addListener: vi.fn() },
  },
  scripting: {
    getRegisteredContentScripts: vi.fn(async () => registered.map((r) => ({ ...r }))),
    registerContentScripts: vi.fn(async (scripts: Registration[]) => void (registered = [...registered, ...scripts])),
    unregisterContentScripts: vi.fn(
      async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id))),
    ),
  },
};
vi.mock('wxt/browser', () => ({ browser }));

const { syncRegisteredHosts } = await import('../../../lib/browser/hosts');
const { getDb } = await import('../../../lib/browser/db');
const { setSetting } = await import('../../../lib/settings/store');

const mail = { origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*' };
const wildcard = { origin: 'https://*.dk', pattern: 'https://*.dk/*' };
const WILD_ID = 'host:webmail:https://*.dk/*';

beforeEach(() => {
  registered = [];
  vi.clearAllMocks();
});

describe('stored hosts are checked again before they are registered', () => {
  it('a wildcard, a pattern that is not its origin’s, or no web address is skipped; a registration of one is removed', async () => {
    registered = [
      { id: WILD_ID, matches: [wildcard.pattern], js: ['content-scripts/webmail.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ];
    const hosts = [
      mail,
      wildcard,
      { origin: 'https://sag.randers.dk', pattern: '<all_urls>', kind: 'personnel' as const },
      { origin: 'javascript:alert(1)', pattern: 'javascript:alert(1)' },
    ];
    await setSetting(getDb(), 'hosts', hosts);
    await syncRegisteredHosts();
    expect(registered.map((r) => r.matches)).toEqual([[mail.pattern]]);
    expect(browser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [WILD_ID] });
    expect(browser.permissions.contains).toHaveBeenCalledTimes(1);
  });
});
