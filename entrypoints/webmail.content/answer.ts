import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ComposeStatus, parseCheckPage, parseComposeCommand, parseFillCompose, parseReadOpenMail } from '../../lib/messaging/protocol';
import type { ReplyOf } from '../../lib/messaging/protocol-map';
import { adapterFor } from '../../lib/webmail/adapters';
import { rememberFocus, waitUntil } from '../../lib/webmail/compose';
import { openNewCompose, watchCompose } from '../../lib/webmail/compose-watch';
import { fillCompose } from '../../lib/webmail/fill';
import { checkPage } from '../../lib/webmail/page-check';
import { readOpenMailResolved } from '../../lib/webmail/read';
import type { WebmailAdapter } from '../../lib/webmail/types';

/**
 * What the panel's requests need in the page: the compose the leader was in, the consent round's
 * watch, and the answers to our extension's messages (read the open mail, check the page, fill or
 * open a compose). None of it is needed for the button to show, so the content script runs this
 * after the button has painted, or when the leader opens the panel, whichever comes first.
 */
export function answerPanelRequests(ctx: ContentScriptContext): void {
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
  const listener = (message: unknown, sender: { id?: string }) => {
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
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
