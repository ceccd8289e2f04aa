import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
  /** Runs before the panel opens: what its requests need in this page (the webmail's message listener). */
  beforeOpen?: () => void;
}

export interface ToggleUi {
  /** Puts the button at the end of <body> (once). */
  mount(): void;
  /** Takes the button and any open panel out of the page. */
  remove(): void;
}

// The page's styles stop at the shadow root; `all: initial` keeps inherited ones (font, color) off our host.
const BUTTON_CSS = `:host{all:initial !important}
button{position:fixed;right:16px;bottom:16px;z-index:2147483647;font:600 14px system-ui,sans-serif;padding:8px 14px;border-radius:20px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}`;

/** 128 random bits as 32 hex digits. */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The panel: an iframe of our page in a fixed wrapper at the end of <body>, made at the first opening. */
function createPanel(options: ToggleOptions) {
  let frame: { wrapper: HTMLDivElement; iframe: HTMLIFrameElement } | null = null;
  let mounted: AbortController | null = null;
  const remove = () => {
    mounted?.abort();
    mounted = null;
    frame?.wrapper.remove();
  };
  return {
    remove,
    /** Mounts the iframe; a non-empty nonce goes to the document it loads now, by postMessage to our origin only. */
    mount(nonce: string) {
      remove();
      if (!frame) {
        const wrapper = document.createElement('div');
        const iframe = document.createElement('iframe');
        Object.assign(wrapper.style, { position: 'fixed', zIndex: '2147483647', ...options.wrapperStyle });
        Object.assign(iframe.style, { border: '1px solid #999', background: '#fff', ...options.frameStyle });
        iframe.title = options.frameTitle;
        iframe.src = browser.runtime.getURL(options.page);
        wrapper.append(iframe);
        frame = { wrapper, iframe };
      }
      const { wrapper, iframe } = frame;
      mounted = new AbortController();
      if (nonce) {
        // Our fixed origin: '/' is not web-accessible, so getURL does not give the dynamic URL here.
        const ourOrigin = new URL(browser.runtime.getURL('/')).origin;
        // Re-inserting the iframe loads a new document; this mount's nonce goes to that one only.
        iframe.addEventListener('load', () => iframe.contentWindow?.postMessage({ type: 'tus.panel.nonce', nonce }, ourOrigin), {
          once: true,
          signal: mounted.signal,
        });
      }
      (document.body ?? document.documentElement).append(wrapper);
    },
  };
}

/**
 * A plain button in a shadow root that opens and closes one of our pages in an iframe: HR data
 * only ever shows inside our own origin, never in the host page's DOM. Made synchronously with
 * the least work (one shadow root, one button, a few lines of CSS), since it is what the leader
 * sees first on every webmail page; the panel is made only when the leader opens it.
 *
 * Each opening registers a fresh nonce with the background, then hands it to this iframe only,
 * by postMessage to our origin once it has loaded. The page can read the iframe's URL and frame
 * the same page itself, but never learns the nonce, so the background answers only our frame.
 */
export function createToggleUi(ctx: ContentScriptContext, options: ToggleOptions): ToggleUi {
  const panelPage = PANEL_OF[options.page];
  const panel = createPanel(options);
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BUTTON_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = options.buttonText;
  button.setAttribute('aria-label', options.buttonLabel);
  button.setAttribute('aria-expanded', 'false');
  shadow.append(style, button);
  let open = false;
  let clicks = 0;
  button.addEventListener('click', async () => {
    open = !open;
    button.setAttribute('aria-expanded', String(open));
    const click = ++clicks;
    if (!open) return panel.remove();
    options.beforeOpen?.();
    const fresh = newNonce();
    const request: RequestOf<'tus.panel.register'> = { type: 'tus.panel.register', page: panelPage, nonce: fresh };
    // The reply is a boolean (protocol map); only `true` counts. Not through the panels' client,
    // whose reply schemas (and the message catalog) this small script does not carry.
    const registered: unknown = await browser.runtime.sendMessage(request).catch(() => false);
    if (click !== clicks || removed) return; // closed, reopened or taken out (extension reloaded) meanwhile
    // Refused (not an allowed host): the panel still opens, gets no nonce and shows nothing.
    panel.mount(registered === true ? fresh : '');
  });
  let removed = false;
  const remove = () => {
    removed = true;
    panel.remove();
    host.remove();
  };
  ctx.onInvalidated(remove);
  return {
    mount() {
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    },
    remove,
  };
}
