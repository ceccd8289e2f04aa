import { beforeEach, describe, expect, it, vi } from 'vitest';

// Chrome's own API, as the service worker sees it: callbacks, lastError, promises elsewhere.
type Wrapper = (message: unknown, sender: object, sendResponse: (r: unknown) => void) => boolean;
const added: Wrapper[] = [];
let reply: { response?: unknown; lastError?: string } = {};
const chrome = {
  runtime: {
    lastError: undefined as { message: string } | undefined,
    id: 'ext',
    onMessage: { addListener: (fn: Wrapper) => added.push(fn), removeListener: vi.fn(), hasListener: vi.fn(() => true) },
    sendMessage: (_message: unknown, callback: (r: unknown) => void) => answer(callback),
  },
  tabs: { sendMessage: (_tab: number, _message: unknown, _options: object, callback: (r: unknown) => void) => answer(callback) },
  alarms: { get: vi.fn(async () => ({ name: 'a' })) },
};
function answer(callback: (r: unknown) => void) {
  chrome.runtime.lastError = reply.lastError ? { message: reply.lastError } : undefined;
  callback(reply.response);
  chrome.runtime.lastError = undefined;
}
vi.stubGlobal('chrome', chrome);
const { browser } = await import('../../../lib/browser/chrome-api');

beforeEach(() => {
  added.length = 0;
  reply = {};
});

/** What the sender of a message gets back through one of our listeners. */
async function send(listener: (message: unknown) => unknown): Promise<{ kept: boolean; response: unknown }> {
  browser.runtime.onMessage.addListener(listener as never);
  let response: unknown = 'none';
  const kept = added[0]!({ type: 'x' }, {}, (r) => void (response = r));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { kept, response };
}

describe("the service worker's browser API (the polyfill's behaviour it relies on)", () => {
  it('answers with the value of a listener that returns a promise', async () => {
    expect(await send(async () => ({ ok: true }))).toEqual({ kept: true, response: { ok: true } });
  });

  it("sends a rejected promise or a throw in the polyfill's format, which our pages turn back into an error", async () => {
    expect(await send(async () => Promise.reject(new Error('Nej')))).toEqual({
      kept: true,
      response: { __mozWebExtensionPolyfillReject__: true, message: 'Nej' },
    });
    added.length = 0;
    expect(
      await send(() => {
        throw new Error('Kastet');
      }),
    ).toEqual({ kept: true, response: { __mozWebExtensionPolyfillReject__: true, message: 'Kastet' } });
  });

  it('leaves a message to other listeners when the listener returns nothing', async () => {
    expect(await send(() => undefined)).toEqual({ kept: false, response: 'none' });
  });

  it('resolves tabs.sendMessage as the polyfill does: no answer is undefined, a rejected answer rejects', async () => {
    reply = { response: { ok: true } };
    await expect(browser.tabs.sendMessage(1, {}, { frameId: 0 })).resolves.toEqual({ ok: true });
    reply = { lastError: 'The message port closed before a response was received.' };
    await expect(browser.tabs.sendMessage(1, {}, { frameId: 0 })).resolves.toBeUndefined();
    reply = { lastError: 'Could not establish connection. Receiving end does not exist.' };
    await expect(browser.tabs.sendMessage(1, {})).rejects.toThrow('Receiving end does not exist');
    reply = { response: { __mozWebExtensionPolyfillReject__: true, message: 'Ingen mail' } };
    await expect(browser.runtime.sendMessage({})).rejects.toThrow('Ingen mail');
  });

  it('loads where there is no chrome.tabs (a content script)', async () => {
    vi.resetModules();
    const { tabs, ...contentScriptChrome } = chrome;
    vi.stubGlobal('chrome', contentScriptChrome);
    const { browser: inContentScript } = await import('../../../lib/browser/chrome-api');
    expect(inContentScript.tabs).toBeUndefined();
    expect(inContentScript.runtime.id).toBe('ext');
    vi.stubGlobal('chrome', { ...contentScriptChrome, tabs });
  });

  it('reads chrome.tabs at its first use, not at import: Chrome builds a namespace when it is first read', async () => {
    vi.resetModules();
    let reads = 0;
    const counted = Object.defineProperty({ ...chrome }, 'tabs', {
      get: () => {
        reads++;
        return chrome.tabs;
      },
    });
    vi.stubGlobal('chrome', counted);
    const { browser: inWorker } = await import('../../../lib/browser/chrome-api');
    expect(reads).toBe(0);
    reply = { response: 'ok' };
    await expect(inWorker.tabs.sendMessage(1, {})).resolves.toBe('ok');
    expect(reads).toBeGreaterThan(0);
    vi.stubGlobal('chrome', chrome);
  });

  it("passes everything else to Chrome's own promise API", async () => {
    await expect(browser.alarms.get('a')).resolves.toEqual({ name: 'a' });
    expect(browser.runtime.id).toBe('ext');
  });
});
