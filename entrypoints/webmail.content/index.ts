import { createToggleUi } from '../../lib/browser/overlay-ui';
import { contentLabels } from '../../lib/i18n/content-labels';
import { adapterFor, KNOWN_WEBMAIL_MATCHES } from '../../lib/webmail/adapters';
import { answerPanelRequests } from './answer';

// Static matches are the known webmails' hosts, from the adapters (WXT writes them into the manifest); hosts a leader adds get this same script registered at
// run time (lib/browser/hosts.ts), after the leader granted that host's permission.
export default defineContentScript({
  matches: KNOWN_WEBMAIL_MATCHES,
  // WXT's "script started" postMessage to the page, kept for scripts built by older WXT versions (the
  // custom event it also sends stops an older copy of this one): the page's own message listeners
  // would get it, and capturing it cost about 3 ms before our button painted (issue #18).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The button first, with the least work (issue #18): the rest waits until it has painted.
    let answering = false;
    const answer = () => {
      if (answering) return;
      answering = true;
      answerPanelRequests(ctx);
    };
    const labels = contentLabels(navigator.languages);
    const button = createToggleUi(ctx, {
      name: 'tus-assistent-button',
      buttonText: labels.webmailButton,
      buttonLabel: labels.webmailLabel,
      page: '/overlay.html',
      frameTitle: labels.webmailFrame,
      wrapperStyle: { right: '16px', bottom: '64px' },
      frameStyle: { width: '380px', height: '460px', borderRadius: '8px', boxShadow: '0 4px 16px rgba(0,0,0,.25)' },
      // The panel asks the page only once it is open: its answers are ready before.
      beforeOpen: answer,
    });
    // Only on pages that look like one of our webmails.
    const isWebmail = () => adapterFor(new URL(location.href), document) !== null;
    if (isWebmail()) button.mount();
    else {
      const observer = new MutationObserver(() => {
        if (isWebmail()) {
          observer.disconnect();
          button.mount();
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(() => observer.disconnect());
    }
    // After the paint, when the page is idle (or within 200 ms on a busy one).
    ctx.requestIdleCallback(answer, { timeout: 200 });
  },
});
