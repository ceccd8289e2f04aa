import { type Block, toHtml, toText } from '../templates/mail-body';
import { caretToStart, findAll, findFirst, headerElements, machineDate, messageOf, pasteHtml, type Selectors } from './dom';
import { KNOWN_WEBMAIL_HOSTS } from './known-hosts';
import { senderOf } from './sender';
import type { WebmailAdapter } from './types';

// Labels are localized: Danish first (our users), then English. Fixtures: tests/fixtures/outlook/.
const TO: Selectors = [
  { css: 'div[role="textbox"][aria-label="Til"]', note: 'Outlook on the web 2024–25, Danish' },
  { css: 'div[role="textbox"][aria-label="To"]', note: 'Outlook on the web 2024–25, English' },
  { css: 'input[aria-label="Til"]', note: 'OWA on-premises (Exchange 2016/2019), Danish' },
  { css: 'input[aria-label="To"]', note: 'OWA on-premises, English' },
  // TODO(2026-11): fallback by structure; remove when the labels above prove stable.
  { css: '[role="textbox"][aria-label^="Til"], [role="textbox"][aria-label^="To"]', note: 'fallback: label with suffix' },
];
const SUBJECT: Selectors = [
  { css: 'input[aria-label="Tilføj et emne"]', note: 'Outlook on the web, Danish' },
  { css: 'input[aria-label="Add a subject"]', note: 'Outlook on the web, English' },
  { css: 'input[aria-label="Emne,"]', note: 'OWA on-premises, Danish' },
  { css: 'input[aria-label="Subject,"]', note: 'OWA on-premises, English' },
];
const BODY: Selectors = [
  { css: 'div[role="textbox"][aria-label^="Meddelelsestekst"]', note: 'Outlook on the web, Danish' },
  { css: 'div[role="textbox"][aria-label^="Message body"]', note: 'Outlook on the web, English' },
  { css: 'div[contenteditable="true"][aria-label^="Meddelelsestekst"]', note: 'OWA on-premises, Danish' },
  { css: 'div[contenteditable="true"][aria-label^="Message body"]', note: 'OWA on-premises, English' },
];

// Reading pane (a message opened from the inbox).
const READ_SUBJECT: Selectors = [
  { css: '[role="main"] [role="heading"][aria-level="2"]', note: 'Outlook on the web, subject heading in the reading pane' },
  { css: '[role="main"] [id$="_SUBJECT"], [role="main"] .allowTextSelection[title]', note: 'OWA on-premises' },
];
// Looked up inside the one message being read (see readOpenMail), never page-wide. The sender
// element shows the display name (for colleagues only the name); senderOf reads the address from
// its title, a mailto: link or <…> (shared/notes/webmail-dom.md, 2026-11).
const READ_FROM: Selectors = [
  { css: '[aria-label^="Fra:"]', note: 'Outlook on the web, Danish (unconfirmed label)' },
  { css: '[aria-label^="From:"]', note: 'Outlook on the web, English' },
];
// Each message of a conversation has its own body; expanded ones only (collapsed show no body).
const READ_BODY: Selectors = [
  { css: '[role="main"] [id^="UniqueMessageBody"]', note: 'Outlook on the web 2024–26, one per expanded message (notes/webmail-dom.md)' },
  { css: '[role="main"] [role="document"][aria-label^="Meddelelsestekst"]', note: 'Outlook on the web, Danish' },
  { css: '[role="main"] [role="document"][aria-label^="Message body"]', note: 'Outlook on the web, English' },
];
const READ_DATE: Selectors = [
  { css: '[role="main"] time[datetime], [role="main"] [data-date]', note: 'where the page gives a machine date' },
];

export const outlook: WebmailAdapter = {
  id: 'outlook',
  matchesUrl: (url) => (KNOWN_WEBMAIL_HOSTS.outlook as readonly string[]).includes(url.hostname) || /\/owa\//i.test(url.pathname),
  detect: (doc) => findFirst(doc, BODY) !== null || findFirst(doc, SUBJECT) !== null || findFirst(doc, READ_BODY) !== null,
  readOpenMail(doc) {
    // In a conversation the message the leader means is the last expanded one, not the first in the DOM.
    const body = findAll(doc, READ_BODY).at(-1);
    const subject = findFirst(doc, READ_SUBJECT);
    if (!body || !subject) return null;
    const message = messageOf(body, READ_FROM, READ_BODY);
    return {
      ...(message ? senderOf(headerElements(message, READ_FROM, READ_BODY)) : { from: '', fromProblem: 'none' as const }),
      subject: (subject.getAttribute('title') ?? subject.textContent ?? '').trim(),
      receivedAt: machineDate(findFirst(message ?? doc, READ_DATE)),
      text: body.innerText ?? body.textContent ?? '',
      messageId: null,
    };
  },
  findCompose(doc) {
    const body = findFirst(doc, BODY);
    const subject = findFirst(doc, SUBJECT);
    if (!body && !subject) return null;
    const dropTarget = body?.closest<HTMLElement>('form, [role="main"], [role="region"]') ?? body;
    return { to: findFirst(doc, TO), subject, body, dropTarget };
  },
  insertBody(body, blocks: readonly Block[]) {
    caretToStart(body);
    // Outlook's editor (RoosterJS) rebuilds from its own model: a paste it handles itself is the
    // change that survives; insertHTML is the next best, for OWA versions without that handler.
    if (pasteHtml(body, toHtml(blocks), toText(blocks))) return true;
    return body.ownerDocument.execCommand('insertHTML', false, toHtml(blocks));
  },
  recipientText: (to) => to.map((a) => `${a}; `).join(''),
};
