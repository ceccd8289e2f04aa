import { createToggleUi } from '../../lib/browser/overlay-ui';
import { contentLabels } from '../../lib/i18n/content-labels';
import { parseFillCompose, parseReadOpenMail } from '../../lib/messaging/protocol';
import type { ReplyOf } from '../../lib/messaging/protocol-map';
import { adapterFor } from '../../lib/webmail/adapters';
import { fillCompose } from '../../lib/webmail/fill';
import { KNOWN_WEBMAIL_MATCHES } from '../../lib/webmail/known-hosts';

// Static matches are the known webmails; hosts a leader adds get this same script registered at
// run time (lib/browser/hosts.ts), after the leader granted that host's permission.
export default defineContentScript({
  matches: KNOWN_WEBMAIL_MATCHES,
  async main(ctx) {
    // Asked afresh each time: a single-page webmail changes its URL and DOM as the leader works.
    const adapter = () => adapterFor(new URL(location.href), document);
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Only our own extension may ask, and only with a message that fits the schema.
      if (sender.id !== browser.runtime.id) return undefined;
      // Each answer is typed by the protocol map; the background parses it again with its schema.
      if (parseReadOpenMail(message)) return Promise.resolve<ReplyOf<'tus.readOpenMail'>>(adapter()?.readOpenMail(document) ?? null);
      const request = parseFillCompose(message);
      return request ? Promise.resolve<ReplyOf<'tus.fillCompose'>>(fillCompose(adapter(), document, request.mail)) : undefined;
    });

    const labels = contentLabels(navigator.languages);
    const button = await createToggleUi(ctx, {
      name: 'tus-assistent-button',
      buttonText: labels.webmailButton,
      buttonLabel: labels.webmailLabel,
      page: '/overlay.html',
      frameTitle: labels.webmailFrame,
      wrapperStyle: { right: '16px', bottom: '64px' },
      frameStyle: { width: '380px', height: '460px', borderRadius: '8px', boxShadow: '0 4px 16px rgba(0,0,0,.25)' },
    });
    // Only on pages that look like one of our webmails.
    if (adapter()) button.mount();
    else {
      const observer = new MutationObserver(() => {
        if (adapter()) {
          observer.disconnect();
          button.mount();
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(() => observer.disconnect());
    }
  },
});
