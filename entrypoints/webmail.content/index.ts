import { createToggleUi } from '../../lib/browser/overlay-ui';
import { contentLabels } from '../../lib/i18n/content-labels';
import { type ComposeStatus, parseCheckPage, parseComposeCommand, parseFillCompose, parseReadOpenMail } from '../../lib/messaging/protocol';
import type { ReplyOf } from '../../lib/messaging/protocol-map';
import { adapterFor, KNOWN_WEBMAIL_MATCHES } from '../../lib/webmail/adapters';
import { rememberFocus, waitUntil } from '../../lib/webmail/compose';
import { openNewCompose, watchCompose } from '../../lib/webmail/compose-watch';
import { fillCompose } from '../../lib/webmail/fill';
import { checkPage } from '../../lib/webmail/page-check';
import { readOpenMailResolved } from '../../lib/webmail/read';
import type { WebmailAdapter } from '../../lib/webmail/types';

// Static matches are the known webmails' hosts, from the adapters (WXT writes them into the manifest); hosts a leader adds get this same script registered at
// run time (lib/browser/hosts.ts), after the leader granted that host's permission.
export default defineContentScript({
  matches: KNOWN_WEBMAIL_MATCHES,
  async main(ctx) {
    // Asked afresh each time: a single-page webmail changes its URL and DOM as the leader works.
    const adapter = () => adapterFor(new URL(location.href), document);
    // The compose the leader was in: clicking our panel moves focus away from it (lib/webmail/compose.ts).
    const focus = rememberFocus(document);
    ctx.onInvalidated(() => focus.stop());
    // The consent round: the compose a request was filled into, watched until it closes (sent or not).
    let watched: ReturnType<typeof watchCompose> | null = null;
    // The webmail the round works in: on an added host the page is recognised by its fields
    // (detect), and after a Send there may be none left until the next compose opens.
    let roundAdapter: WebmailAdapter | null = null;
    const watch = (root: HTMLElement) => {
      const a = adapter();
      roundAdapter = a;
      watched?.stop();
      watched = a?.sendButton && a.discardButton ? watchCompose(root, { send: a.sendButton, discard: a.discardButton }) : null;
    };
    ctx.onInvalidated(() => watched?.stop());
    const answerCompose = async (action: 'state' | 'new'): Promise<ComposeStatus> => {
      const a = adapter() ?? roundAdapter;
      if (action === 'new') return { state: a && (await openNewCompose(a, document, waitUntil)) ? 'open' : 'none' };
      return { state: watched ? watched.state() : 'none' };
    };
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      // Only our own extension may ask, and only with a message that fits the schema.
      if (sender.id !== browser.runtime.id) return undefined;
      // Each answer is typed by the protocol map; the background parses it again with its schema.
      // Async: asked to, a sender shown by name only is looked up in the contact card the name opens.
      const read = parseReadOpenMail(message);
      if (read) return readOpenMailResolved(adapter(), document, read.contactCard === true) satisfies Promise<ReplyOf<'tus.readOpenMail'>>;
      if (parseCheckPage(message)) return Promise.resolve<ReplyOf<'tus.checkPage'>>(checkPage(new URL(location.href), document));
      const compose = parseComposeCommand(message);
      if (compose) return answerCompose(compose.action) satisfies Promise<ReplyOf<'tus.compose'>>;
      const request = parseFillCompose(message);
      if (!request) return undefined;
      const options = {
        replaceTo: request.replaceTo === true,
        focused: focus.last(),
        ...(request.exclusive ? { exclusive: request.exclusive, onCompose: watch } : {}),
      };
      return fillCompose(adapter(), document, request.mail, options) satisfies Promise<ReplyOf<'tus.fillCompose'>>;
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
