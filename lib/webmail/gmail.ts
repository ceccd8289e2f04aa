import { type Block, toNodes } from '../templates/mail-body';
import { caretToStart, findAll, findFirst, headerElements, machineDate, type Selectors } from './dom';
import { KNOWN_WEBMAIL_HOSTS } from './known-hosts';
import { senderOf } from './sender';
import type { WebmailAdapter } from './types';

// Fixture: tests/fixtures/gmail/. Gmail enforces Trusted Types: no HTML strings in its page,
// so the body is built from nodes.
const TO: Selectors = [
  { css: 'input[aria-label="Til-modtagere"]', note: 'Gmail 2024–25, Danish' },
  { css: 'input[aria-label="To recipients"]', note: 'Gmail 2024–25, English' },
  { css: 'textarea[name="to"]', note: 'Gmail before 2023' },
];
const SUBJECT: Selectors = [{ css: 'input[name="subjectbox"]', note: 'Gmail, every language' }];
const BODY: Selectors = [
  { css: 'div[role="textbox"][aria-label="Meddelelsestekst"]', note: 'Gmail, Danish' },
  { css: 'div[role="textbox"][aria-label="Message Body"]', note: 'Gmail, English' },
  // TODO(2026-11): structural fallback; Gmail has marked its editor g_editable for years.
  { css: 'div[g_editable="true"][contenteditable="true"]', note: 'fallback: Gmail editor attribute' },
];

// An opened conversation: Gmail marks the subject, the sender's address and the message id with
// attributes it has kept for years; the body container is a class name (fallback below).
const READ_SUBJECT: Selectors = [{ css: 'h2[data-thread-perm-id]', note: 'Gmail conversation subject' }];
// Looked up inside the one message being read: inbox rows and collapsed earlier messages carry
// [email] too, so a page-wide lookup picks the wrong one (shared/notes/webmail-dom.md, 2026-11).
const READ_FROM: Selectors = [
  { css: 'span.gD[email]', note: 'Gmail sender chip of an expanded message (InboxSDK, gmail.js 2025)' },
  // TODO(2026-11): our earlier guess; inside one message it also matches recipients, which then refuses as "several".
  { css: 'span[email][name]', note: 'fallback: any address chip in the message' },
];
const READ_MESSAGE = '[data-message-id]';
const READ_BODY: Selectors = [
  { css: '[data-message-id] .a3s', note: 'Gmail message body (class name)' },
  // TODO(2026-11): structural fallback, remove if the class above holds.
  { css: '[data-message-id] [dir="ltr"]', note: 'fallback: the message text block' },
];

export const gmail: WebmailAdapter = {
  id: 'gmail',
  matchesUrl: (url) => (KNOWN_WEBMAIL_HOSTS.gmail as readonly string[]).includes(url.hostname),
  detect: (doc) => (findFirst(doc, SUBJECT) !== null && findFirst(doc, BODY) !== null) || findFirst(doc, READ_SUBJECT) !== null,
  readOpenMail(doc) {
    const subject = findFirst(doc, READ_SUBJECT);
    // Only expanded messages show a body; the one being read is the last of them.
    const body = findAll(doc, READ_BODY).at(-1);
    if (!subject || !body) return null;
    const message = body.closest(READ_MESSAGE);
    return {
      ...(message ? senderOf(headerElements(message, READ_FROM, READ_BODY)) : { from: '', fromProblem: 'none' as const }),
      subject: (subject.textContent ?? '').trim(),
      receivedAt: machineDate(message?.querySelector('[data-date], time[datetime]') ?? null),
      text: body.innerText ?? body.textContent ?? '',
      messageId: message?.getAttribute('data-message-id') ?? null,
    };
  },
  findCompose(doc) {
    const subject = findFirst<HTMLInputElement>(doc, SUBJECT);
    const root = subject?.closest<HTMLElement>('[role="dialog"], form') ?? doc;
    const body = findFirst(root, BODY);
    if (!subject && !body) return null;
    return { to: findFirst(root, TO), subject, body, dropTarget: root instanceof HTMLElement ? root : body };
  },
  insertBody(body, blocks: readonly Block[]) {
    caretToStart(body);
    const doc = body.ownerDocument;
    const range = doc.getSelection()?.getRangeAt(0);
    if (!range) return false;
    const fragment = doc.createDocumentFragment();
    fragment.append(...toNodes(blocks, doc));
    range.insertNode(fragment);
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return true;
  },
  recipientText: (to) => to.map((a) => `${a}, `).join(''),
};
