import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { parseFillCompose, parseReadOpenMail } from '../../lib/messaging/protocol';
import { adapterFor, fillCompose } from '../../lib/webmail/fill';

// Static matches are the known webmails; hosts a leader adds get this same script registered at
// run time (lib/browser/hosts.ts), after the leader granted that host's permission.
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://mail.google.com/*'],
  async main(ctx) {
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Only our own extension may ask, and only with a message that fits the schema.
      if (sender.id !== browser.runtime.id) return undefined;
      if (parseReadOpenMail(message)) return Promise.resolve(adapterFor(new URL(location.href), document)?.readOpenMail(document) ?? null);
      const request = parseFillCompose(message);
      if (!request) return undefined;
      const adapter = adapterFor(new URL(location.href), document);
      if (!adapter) return Promise.resolve({ ok: false, to: false, subject: false, body: false, attached: [], notAttached: [], problems: ['Siden ligner ikke en webmail, vi kender.'] });
      return Promise.resolve(fillCompose(adapter, document, request.mail));
    });

    const panel = createIframeUi(ctx, {
      page: '/overlay.html',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(wrapper, iframe) {
        Object.assign(wrapper.style, { position: 'fixed', right: '16px', bottom: '64px', zIndex: '2147483647' });
        Object.assign(iframe.style, { width: '380px', height: '460px', border: '1px solid #999', borderRadius: '8px', background: '#fff', boxShadow: '0 4px 16px rgba(0,0,0,.25)' });
        iframe.title = 'TUS-assistent';
      },
    });
    let open = false;

    // A plain button may live in a shadow root; HR data stays in the extension's own iframe.
    const button = await createShadowRootUi(ctx, {
      name: 'tus-assistent-button',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      css: `button { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 600 14px system-ui, sans-serif;
        padding: 8px 14px; border-radius: 20px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer; }
        button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }`,
      onMount(container) {
        const el = document.createElement('button');
        el.type = 'button';
        el.textContent = 'TUS';
        el.setAttribute('aria-label', 'TUS-assistent: indsæt invitation');
        el.setAttribute('aria-expanded', 'false');
        el.addEventListener('click', () => {
          open = !open;
          if (open) panel.mount();
          else panel.remove();
          el.setAttribute('aria-expanded', String(open));
        });
        container.append(el);
        return el;
      },
    });
    // Only on pages that look like one of our webmails.
    if (adapterFor(new URL(location.href), document)) button.mount();
    else {
      const observer = new MutationObserver(() => {
        if (adapterFor(new URL(location.href), document)) {
          observer.disconnect();
          button.mount();
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(() => observer.disconnect());
    }
  },
});
