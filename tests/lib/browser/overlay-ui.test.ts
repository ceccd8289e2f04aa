// The webmail and personnel-file button (lib/browser/overlay-ui.ts), made without WXT's UI helpers
// since issue #18: one button in a shadow root, mounted at once; the panel and its nonce only on a click.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createToggleUi, type ToggleOptions } from '../../../lib/browser/overlay-ui';

const OPTIONS: ToggleOptions = {
  name: 'tus-assistent-button',
  buttonText: 'TUS',
  buttonLabel: 'TUS-assistent: invitationer og samtykke',
  page: '/overlay.html',
  frameTitle: 'TUS-assistent',
  wrapperStyle: { right: '16px' },
  frameStyle: { width: '380px' },
};

/** A context that can be invalidated, as WXT's is when the extension reloads. */
function fakeContext() {
  const controller = new AbortController();
  const ctx = { onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb) } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => controller.abort() };
}

let doc: Document;
const settle = () => new Promise((r) => setTimeout(r, 0));
const buttonOf = () => doc.querySelector('tus-assistent-button')!.shadowRoot!.querySelector('button')!;

beforeEach(() => {
  fakeBrowser.reset();
  ({ document: doc } = parseHTML('<!doctype html><html><head></head><body><p>Indbakke</p></body></html>') as unknown as {
    document: Document;
  });
  vi.stubGlobal('document', doc);
});
afterEach(() => vi.unstubAllGlobals());

describe('createToggleUi', () => {
  it('mounts one labelled button in a shadow root at the end of the body, once, with nothing else', () => {
    const ui = createToggleUi(fakeContext().ctx, OPTIONS);
    expect(doc.querySelector('tus-assistent-button')).toBeNull();
    ui.mount();
    ui.mount();
    expect(doc.querySelectorAll('tus-assistent-button')).toHaveLength(1);
    expect(doc.body.lastElementChild?.tagName.toLowerCase()).toBe('tus-assistent-button');
    const button = buttonOf();
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('TUS');
    expect(button.getAttribute('aria-label')).toBe('TUS-assistent: invitationer og samtykke');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(doc.querySelector('iframe')).toBeNull();
  });

  it('readies the page before it registers a fresh nonce, then hands that nonce to its own iframe only, to our origin', async () => {
    const order: string[] = [];
    const registered: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      order.push('register');
      registered.push(message);
      return Promise.resolve(true);
    });
    const ui = createToggleUi(fakeContext().ctx, { ...OPTIONS, beforeOpen: () => order.push('beforeOpen') });
    ui.mount();
    buttonOf().dispatchEvent(new doc.defaultView!.Event('click'));
    await settle();
    expect(order).toEqual(['beforeOpen', 'register']);
    const nonce = (registered[0] as { nonce: string }).nonce;
    expect(registered[0]).toEqual({ type: 'tus.panel.register', page: 'overlay', nonce });
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.title).toBe('TUS-assistent');
    expect(iframe.src).toBe(browser.runtime.getURL('/overlay.html'));
    expect(buttonOf().getAttribute('aria-expanded')).toBe('true');
    const postMessage = vi.fn();
    Object.defineProperty(iframe, 'contentWindow', { value: { postMessage } });
    iframe.dispatchEvent(new doc.defaultView!.Event('load'));
    iframe.dispatchEvent(new doc.defaultView!.Event('load'));
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenCalledWith({ type: 'tus.panel.nonce', nonce }, new URL(browser.runtime.getURL('/')).origin);
  });

  it('opens the panel without a nonce when the background refuses, and closes it on the second click', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(false));
    const ui = createToggleUi(fakeContext().ctx, OPTIONS);
    ui.mount();
    buttonOf().dispatchEvent(new doc.defaultView!.Event('click'));
    await settle();
    const iframe = doc.querySelector('iframe')!;
    const postMessage = vi.fn();
    Object.defineProperty(iframe, 'contentWindow', { value: { postMessage } });
    iframe.dispatchEvent(new doc.defaultView!.Event('load'));
    expect(postMessage).not.toHaveBeenCalled();
    buttonOf().dispatchEvent(new doc.defaultView!.Event('click'));
    await settle();
    expect(doc.querySelector('iframe')).toBeNull();
    expect(buttonOf().getAttribute('aria-expanded')).toBe('false');
  });

  it('takes the button and the panel out of the page when the context is invalidated', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(true));
    const { ctx, invalidate } = fakeContext();
    const ui = createToggleUi(ctx, OPTIONS);
    ui.mount();
    buttonOf().dispatchEvent(new doc.defaultView!.Event('click'));
    await settle();
    expect(doc.querySelector('iframe')).not.toBeNull();
    invalidate();
    expect(doc.querySelector('tus-assistent-button')).toBeNull();
    expect(doc.querySelector('iframe')).toBeNull();
  });

  it('mounts no panel when the context is invalidated while the registration is on its way', async () => {
    let answer: (registered: boolean) => void = () => undefined;
    fakeBrowser.runtime.onMessage.addListener(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const { ctx, invalidate } = fakeContext();
    const ui = createToggleUi(ctx, OPTIONS);
    ui.mount();
    buttonOf().dispatchEvent(new doc.defaultView!.Event('click'));
    await settle();
    invalidate();
    answer(false);
    await settle();
    expect(doc.querySelector('tus-assistent-button')).toBeNull();
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.body.children).toHaveLength(1);
  });
});
