import { toNodes, type Block } from '../templates/mail-body';
import { caretToStart, findFirst, type Selectors } from './dom';
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

export const gmail: WebmailAdapter = {
  id: 'gmail',
  matchesUrl: (url) => url.hostname === 'mail.google.com',
  detect: (doc) => findFirst(doc, SUBJECT) !== null && findFirst(doc, BODY) !== null,
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
