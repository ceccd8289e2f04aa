import { beforeEach, describe, expect, it, vi } from 'vitest';

// The service worker's router (lib/browser/router.ts): a panel's request is handed on, unparsed,
// only from the frame our content script mounted and bound, on a host that panel belongs to; its
// schema is checked where it is answered (panel-handlers.ts). Here with a minimal browser.
type Sender = { id?: string; url?: string; frameId?: number; documentId?: string; tab?: { id?: number; url?: string } };
type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;
let listener: Listener | undefined;
const session = new Map<string, unknown>();
const browser = {
  runtime: {
    id: 'ext',
    getURL: (path: string) => `chrome-extension://ext${path}`,
    getManifest: () => ({ content_scripts: [{ js: ['content-scripts/webmail.js'], matches: ['https://outlook.office.com/*'] }] }),
    onMessage: { addListener: (fn: Listener) => void (listener = fn) },
  },
  tabs: { query: vi.fn(async () => [{ id: 7 }]) },
  storage: {
    session: {
      get: async (key: string | null) => (key === null ? Object.fromEntries(session) : { [key]: session.get(key) }),
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
      remove: async (keys: string[]) => void keys.forEach((k) => session.delete(k)),
    },
  },
};
vi.mock('wxt/browser', () => ({ browser }));
const work = vi.hoisted(() => ({
  answerOverlay: vi.fn(async () => 'overlay answer'),
  answerPersonnel: vi.fn(async () => 'personnel answer'),
  refreshReminders: vi.fn(async () => undefined),
  syncRegisteredHosts: vi.fn(async () => undefined),
}));
vi.mock('../../../lib/browser/worker-work', () => work);
const ensureReminderAlarm = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('../../../lib/browser/worker-listeners', () => ({ ensureReminderAlarm }));

const { startRouter } = await import('../../../lib/browser/router');

const NONCE = 'a'.repeat(32);
const MAIL = 'https://outlook.office.com/mail/';
const contentScript: Sender = { id: 'ext', url: MAIL, frameId: 0, tab: { id: 7, url: MAIL } };
const overlayFrame: Sender = {
  id: 'ext',
  url: 'chrome-extension://ext/overlay.html',
  frameId: 3,
  documentId: 'D',
  tab: { id: 7, url: MAIL },
};
const dashboard: Sender = {
  id: 'ext',
  url: 'chrome-extension://ext/dashboard.html',
  frameId: 0,
  tab: { id: 9, url: 'chrome-extension://ext/dashboard.html' },
};
const send = (message: unknown, sender: Sender) => listener!(message, sender);

beforeEach(async () => {
  session.clear();
  vi.clearAllMocks();
  startRouter();
  expect(await send({ type: 'tus.panel.register', page: 'overlay', nonce: NONCE }, contentScript)).toBe(true);
  expect(await send({ type: 'tus.panel.claim', nonce: NONCE }, overlayFrame)).toBe(true);
});

describe('the router', () => {
  it('hands the bound panel frame its requests as sent, with its tab, and nothing from elsewhere', async () => {
    const request = { type: 'tus.overlay.list' };
    expect(await send(request, overlayFrame)).toBe('overlay answer');
    expect(work.answerOverlay).toHaveBeenCalledWith(request, { tabId: 7, now: expect.any(Number) });
    const fill = { type: 'tus.fillCompose', mail: {} };
    expect(await send(fill, overlayFrame)).toBe('overlay answer');
    expect(work.answerOverlay).toHaveBeenLastCalledWith(fill, expect.objectContaining({ tabId: 7 }));
    work.answerOverlay.mockClear();
    // Another frame in the same tab, another document in the bound frame, the page itself, another extension.
    for (const sender of [
      { ...overlayFrame, frameId: 4 },
      { ...overlayFrame, documentId: 'E' },
      contentScript,
      { ...overlayFrame, id: 'other' },
      { ...overlayFrame, tab: { id: 7, url: 'https://evil.example/' } },
    ])
      expect(await send(request, sender)).toBeNull();
    // The overlay's frame is not the personnel-file panel.
    expect(await send({ type: 'tus.personnel.pending' }, overlayFrame)).toBeNull();
    expect(work.answerOverlay).not.toHaveBeenCalled();
    expect(work.answerPersonnel).not.toHaveBeenCalled();
  });

  it('answers nothing to a message that is none of ours', async () => {
    for (const message of [{ type: 'tus.other' }, { type: 7 }, 'tus.overlay.list', null, {}])
      expect(send(message, overlayFrame)).toBeUndefined();
    expect(work.answerOverlay).not.toHaveBeenCalled();
  });

  it('runs the reminders, looking the alarm up, and syncs the hosts only for our own pages', async () => {
    expect(await send({ type: 'tus.refreshReminders' }, dashboard)).toBe(true);
    expect(ensureReminderAlarm).toHaveBeenCalledTimes(1);
    expect(work.refreshReminders).toHaveBeenCalledTimes(1);
    expect(await send({ type: 'tus.syncHosts' }, dashboard)).toBe(true);
    expect(send({ type: 'tus.refreshReminders' }, contentScript)).toBeUndefined();
    expect(send({ type: 'tus.syncHosts' }, contentScript)).toBeUndefined();
    expect(work.refreshReminders).toHaveBeenCalledTimes(1);
    expect(work.syncRegisteredHosts).toHaveBeenCalledTimes(1);
  });

  it('drops the entries of tabs no longer open when a panel registers', async () => {
    session.set('panel:5:overlay', { nonce: NONCE, frameId: 3, documentId: 'D' });
    expect(await send({ type: 'tus.panel.register', page: 'overlay', nonce: 'b'.repeat(32) }, contentScript)).toBe(true);
    expect([...session.keys()]).toEqual(['panel:7:overlay']);
  });
});
