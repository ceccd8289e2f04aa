import { beforeEach, describe, expect, it, vi } from 'vitest';

// A minimal browser: what the worker's start and the host sync touch, with the registrations in memory.
type Registration = { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };
const listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
const event = (name: string) => ({
  addListener: (fn: (...args: unknown[]) => unknown) => listeners.set(name, [...(listeners.get(name) ?? []), fn]),
});
const fire = async (name: string, ...args: unknown[]) => {
  for (const fn of listeners.get(name) ?? []) await fn(...args);
  await new Promise((resolve) => setTimeout(resolve, 0));
};
let registered: Registration[] = [];
let granted = new Set<string>();
let alarm: { name: string; scheduledTime: number; periodInMinutes?: number } | undefined;

const browser = {
  runtime: {
    onStartup: event('onStartup'),
    onInstalled: event('onInstalled'),
    getURL: (p: string) => `chrome-extension://x${p}`,
    sendMessage: vi.fn(),
  },
  permissions: {
    onAdded: event('onAdded'),
    onRemoved: event('onRemoved'),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  },
  scripting: {
    getRegisteredContentScripts: vi.fn(async () => registered.map((r) => ({ ...r }))),
    registerContentScripts: vi.fn(async (scripts: Registration[]) => void (registered = [...registered, ...scripts])),
    unregisterContentScripts: vi.fn(
      async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id))),
    ),
  },
  alarms: {
    get: vi.fn(async () => alarm),
    create: vi.fn(
      async (name: string, info: { delayInMinutes: number; periodInMinutes: number }) =>
        void (alarm = { name, scheduledTime: Date.now() + info.delayInMinutes * 60_000, periodInMinutes: info.periodInMinutes }),
    ),
    onAlarm: event('onAlarm'),
  },
  notifications: { onClicked: event('notificationClicked'), create: vi.fn(), clear: vi.fn() },
  action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() },
  tabs: { create: vi.fn() },
};
vi.mock('wxt/browser', () => ({ browser }));
const runReminders = vi.fn(async () => undefined);
vi.mock('../../../lib/reminders/run', () => ({ runReminders }));

const { syncRegisteredHosts } = await import('../../../lib/browser/hosts');
const { ensureReminderAlarm, startHostSync, startReminders } = await import('../../../lib/browser/worker-listeners');
const { getDb } = await import('../../../lib/browser/db');
const { setSetting } = await import('../../../lib/settings/store');

beforeEach(async () => {
  listeners.clear();
  registered = [];
  granted = new Set();
  alarm = undefined;
  vi.clearAllMocks();
  await setSetting(getDb(), 'hosts', []);
});

describe('the service worker at start', () => {
  it('looks the alarm up only when the browser starts or the extension is installed, and creates it only when missing', async () => {
    startReminders({ lookUpAtStart: false });
    await fire('none');
    // A plain wake of Chrome's worker (a message, the alarm itself) makes no call for it.
    expect(browser.alarms.get).not.toHaveBeenCalled();
    await fire('onInstalled');
    expect(browser.alarms.create).toHaveBeenCalledTimes(1);
    expect(alarm?.periodInMinutes).toBe(15);
    const first = alarm;
    // The next browser start finds it and leaves it alone, so its period is not restarted.
    await fire('onStartup');
    expect(browser.alarms.get).toHaveBeenCalledTimes(2);
    expect(browser.alarms.create).toHaveBeenCalledTimes(1);
    expect(alarm).toBe(first);
    // Gone after a restart: made again.
    alarm = undefined;
    await fire('onStartup');
    expect(browser.alarms.create).toHaveBeenCalledTimes(2);
  });

  it("looks it up at every start of Firefox's event page, and when a page asks for a run, where it may be gone without a browser start", async () => {
    startReminders({ lookUpAtStart: true });
    await fire('none');
    expect(browser.alarms.create).toHaveBeenCalledTimes(1);
    // Dropped by a disable and enable: the next run a page asks for makes it again.
    alarm = undefined;
    await ensureReminderAlarm();
    expect(browser.alarms.create).toHaveBeenCalledTimes(2);
    await ensureReminderAlarm();
    expect(browser.alarms.create).toHaveBeenCalledTimes(2);
  });

  it('reads nothing to start: reminders run on their alarm and when the browser starts', async () => {
    startReminders({ lookUpAtStart: false });
    startHostSync();
    await fire('none');
    expect(runReminders).not.toHaveBeenCalled();
    expect(browser.alarms.get).not.toHaveBeenCalled();
    expect(browser.scripting.getRegisteredContentScripts).not.toHaveBeenCalled();
    await fire('onAlarm', { name: 'tus-reminders' });
    expect(runReminders).toHaveBeenCalledTimes(1);
    await fire('onAlarm', { name: 'something-else' });
    expect(runReminders).toHaveBeenCalledTimes(1);
    await fire('onStartup');
    expect(runReminders).toHaveBeenCalledTimes(2);
  });

  it('syncs added hosts when the browser starts, on install and when a permission changes', async () => {
    startHostSync();
    for (const name of ['onStartup', 'onInstalled', 'onAdded', 'onRemoved']) {
      browser.scripting.getRegisteredContentScripts.mockClear();
      await fire(name);
      // The sync reads the settings first; how many turns that takes is not the test's business.
      await vi.waitFor(() => expect(browser.scripting.getRegisteredContentScripts, name).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    }
  });
});

describe('host registrations', () => {
  const mail = { origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*' };
  const hr = { origin: 'https://sag.randers.dk', pattern: 'https://sag.randers.dk/*', kind: 'personnel' as const };

  it('registers what is missing, and changes nothing when they already match', async () => {
    granted = new Set([mail.pattern, hr.pattern]);
    await setSetting(getDb(), 'hosts', [mail, hr]);
    await syncRegisteredHosts();
    expect(registered.map((r) => [r.id, r.js])).toEqual([
      ['host:webmail:https://mail.randers.dk/*', ['content-scripts/webmail.js']],
      ['host:personnel:https://sag.randers.dk/*', ['content-scripts/personnel-file.js']],
    ]);
    browser.scripting.registerContentScripts.mockClear();
    await syncRegisteredHosts();
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(browser.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('unregisters only what is no longer wanted or differs, and leaves other scripts alone', async () => {
    granted = new Set([mail.pattern, hr.pattern]);
    await setSetting(getDb(), 'hosts', [mail, hr]);
    registered = [
      {
        id: 'host:webmail:https://mail.randers.dk/*',
        matches: [mail.pattern],
        js: ['content-scripts/webmail.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      // Registered by an older version with other files: replaced.
      {
        id: 'host:personnel:https://sag.randers.dk/*',
        matches: [hr.pattern],
        js: ['old.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      {
        id: 'host:webmail:https://gone.dk/*',
        matches: ['https://gone.dk/*'],
        js: ['content-scripts/webmail.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
      { id: 'not-ours', matches: ['https://x.dk/*'], js: ['x.js'] },
    ];
    await syncRegisteredHosts();
    expect(browser.scripting.unregisterContentScripts).toHaveBeenCalledWith({
      ids: ['host:personnel:https://sag.randers.dk/*', 'host:webmail:https://gone.dk/*'],
    });
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'host:personnel:https://sag.randers.dk/*', js: ['content-scripts/personnel-file.js'] }),
    ]);
    expect(registered.map((r) => r.id).sort()).toEqual([
      'host:personnel:https://sag.randers.dk/*',
      'host:webmail:https://mail.randers.dk/*',
      'not-ours',
    ]);
  });

  it('drops a host whose permission was revoked', async () => {
    granted = new Set([mail.pattern]);
    await setSetting(getDb(), 'hosts', [mail]);
    await syncRegisteredHosts();
    expect(registered).toHaveLength(1);
    granted = new Set();
    await syncRegisteredHosts();
    expect(registered).toEqual([]);
  });
});
