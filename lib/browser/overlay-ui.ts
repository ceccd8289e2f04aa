import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PanelPage } from '../messaging/protocol';
import type { RequestOf } from '../messaging/protocol-map';

const PANEL_OF = { '/overlay.html': 'overlay', '/personnel.html': 'personnel' } as const satisfies Record<string, PanelPage>;

export interface ToggleOptions {
  /** kebab-case name of the shadow host element. */
  name: string;
  buttonText: string;
  buttonLabel: string;
  page: keyof typeof PANEL_OF;
  frameTitle: string;
  wrapperStyle: Partial<CSSStyleDeclaration>;
  frameStyle: Partial<CSSStyleDeclaration>;
}

const BUTTON_CSS = `button { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 600 14px system-ui, sans-serif;
  padding: 8px 14px; border-radius: 20px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }`;

/** 128 random bits as 32 hex digits. */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A plain button in a shadow root that opens and closes one of our pages in an iframe: HR data
 * only ever shows inside our own origin, never in the host page's DOM.
 *
 * Each opening registers a fresh nonce with the background, then hands it to this iframe only,
 * by postMessage to our origin once it has loaded. The page can read the iframe's URL and frame
 * the same page itself, but never learns the nonce, so the background answers only our frame.
 */
export async function createToggleUi(ctx: ContentScriptContext, options: ToggleOptions) {
  const panelPage = PANEL_OF[options.page];
  // Our fixed origin: '/' is not web-accessible, so getURL does not give the dynamic URL here.
  const ourOrigin = new URL(browser.runtime.getURL('/')).origin;
  let nonce = '';
  const panel = createIframeUi(ctx, {
    page: options.page,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(wrapper, iframe) {
      Object.assign(wrapper.style, { position: 'fixed', zIndex: '2147483647', ...options.wrapperStyle });
      Object.assign(iframe.style, { border: '1px solid #999', background: '#fff', ...options.frameStyle });
      iframe.title = options.frameTitle;
      const mounted = new AbortController();
      const handOver = nonce;
      if (!handOver) return mounted;
      // Re-inserting the iframe loads a new document; this mount's nonce goes to that one only.
      iframe.addEventListener('load', () => iframe.contentWindow?.postMessage({ type: 'tus.panel.nonce', nonce: handOver }, ourOrigin), {
        once: true,
        signal: mounted.signal,
      });
      return mounted;
    },
    onRemove: (mounted) => mounted?.abort(),
  });
  let open = false;
  let clicks = 0;
  return createShadowRootUi(ctx, {
    name: options.name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: BUTTON_CSS,
    onMount(container) {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = options.buttonText;
      el.setAttribute('aria-label', options.buttonLabel);
      el.setAttribute('aria-expanded', 'false');
      el.addEventListener('click', async () => {
        open = !open;
        el.setAttribute('aria-expanded', String(open));
        const click = ++clicks;
        if (!open) return panel.remove();
        const fresh = newNonce();
        const request: RequestOf<'tus.panel.register'> = { type: 'tus.panel.register', page: panelPage, nonce: fresh };
        // The reply is a boolean (protocol map); only `true` counts. Not through the panels' client,
        // whose reply schemas (and the message catalog) this small script does not carry.
        const registered: unknown = await browser.runtime.sendMessage(request).catch(() => false);
        if (click !== clicks) return; // closed or reopened meanwhile
        // Refused (not an allowed host): the panel still opens, gets no nonce and shows nothing.
        nonce = registered === true ? fresh : '';
        panel.mount();
      });
      container.append(el);
      return el;
    },
  });
}
