// Stands in for webextension-polyfill (`wxt/browser`) in Chrome builds of the service worker and
// the content scripts (wxt.config.ts), which parse it at every wake and on every webmail page. In
// Manifest V3 Chrome's own API returns promises; the polyfill (10 KB) is needed for two things
// only, kept here with its wire format: a message listener may answer by returning a promise, and
// an answer sent that way by a side that keeps the polyfill (our pages) comes back rejected when it failed.
import type { Browser, WxtBrowser } from 'wxt/browser';

declare const chrome: WxtBrowser;

type Listener = (message: unknown, sender: Browser.runtime.MessageSender) => unknown;
/** How the polyfill sends a rejected answer across (webextension-polyfill, onMessage wrapper). */
interface Rejected {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}
const NO_RESPONSE = 'The message port closed before a response was received.';
const isThenable = (x: unknown): x is PromiseLike<unknown> =>
  typeof x === 'object' && x !== null && typeof (x as PromiseLike<unknown>).then === 'function';
const isRejected = (x: unknown): x is Rejected =>
  typeof x === 'object' && x !== null && (x as Rejected).__mozWebExtensionPolyfillReject__ === true;

/** A listener that returns a promise answers with its value, or with the polyfill's rejection. */
function answering(listener: Listener) {
  return (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void): boolean => {
    let result: unknown;
    try {
      result = listener(message, sender);
    } catch (error) {
      result = Promise.reject(error);
    }
    if (!isThenable(result)) return false;
    result.then(sendResponse, (error: unknown) =>
      sendResponse({
        __mozWebExtensionPolyfillReject__: true,
        message: error instanceof Error ? error.message : 'An unexpected error occurred',
      } satisfies Rejected),
    );
    return true;
  };
}

const wrapped = new WeakMap<Listener, ReturnType<typeof answering>>();
const onMessage = {
  addListener(listener: Listener) {
    const wrapper = wrapped.get(listener) ?? answering(listener);
    wrapped.set(listener, wrapper);
    chrome.runtime.onMessage.addListener(wrapper);
  },
  removeListener(listener: Listener) {
    const wrapper = wrapped.get(listener);
    if (wrapper) chrome.runtime.onMessage.removeListener(wrapper);
  },
  hasListener: (listener: Listener) => wrapped.has(listener) && chrome.runtime.onMessage.hasListener(wrapped.get(listener)!),
};

/** No answer resolves to undefined (as in Firefox); a rejected answer rejects. */
const settle = (resolve: (value: unknown) => void, reject: (error: Error) => void) => (response: unknown) => {
  const error = chrome.runtime.lastError;
  if (error) return error.message === NO_RESPONSE ? resolve(undefined) : reject(new Error(error.message));
  if (isRejected(response)) return reject(new Error(response.message));
  resolve(response);
};

const tabsSendMessage = (tabId: number, message: unknown, options?: Browser.tabs.MessageSendOptions) =>
  new Promise((resolve, reject) => chrome.tabs.sendMessage(tabId, message, options ?? {}, settle(resolve, reject)));
const runtimeSendMessage = (message: unknown) =>
  new Promise((resolve, reject) => chrome.runtime.sendMessage(message, settle(resolve, reject)));

const override = <T extends object>(target: T, extra: Record<string, unknown>): T =>
  new Proxy(target, { get: (t, key) => (typeof key === 'string' && key in extra ? extra[key] : Reflect.get(t, key)) });

// chrome.tabs is read at first use: Chrome builds an API namespace's bindings when it is first read
// (about 0.5 ms), and the worker's start needs none of tabs. A content script has no chrome.tabs.
let tabs: typeof chrome.tabs | undefined;
const extra = { runtime: override(chrome.runtime, { onMessage, sendMessage: runtimeSendMessage }) };
Object.defineProperty(extra, 'tabs', {
  enumerable: true,
  get: () => (tabs ??= chrome.tabs && override(chrome.tabs, { sendMessage: tabsSendMessage })),
});
export const browser = override(chrome, extra) as unknown as WxtBrowser;
