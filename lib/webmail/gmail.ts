import { type Block, toNodes } from '../templates/mail-body';
import { dropOnOwnZone, findComposeWindows, isTextField, pause, pressKey, waitUntil } from './compose';
import {
  caretToStart,
  findAll,
  findFirst,
  findFirstWhere,
  focusExactly,
  headerElements,
  isShown,
  machineDate,
  outermost,
  type Selectors,
} from './dom';
import { senderOf } from './sender';
import { parseShownDate } from './shown-date';
import type { WebmailAdapter } from './types';

// Compose. Sources: shared/notes/webmail-dom.md (read 2026-11: InboxSDK gmail-compose-view and
// set-recipients, FlowCrypt 2026, a saved compose DOM 2020). Fixtures: tests/fixtures/gmail/compose*.html;
// tests: tests/lib/webmail/fill.test.ts, tests/e2e/webmail.spec.ts. Gmail enforces Trusted Types:
// no HTML strings in its page, so the body is built from nodes. Every lookup runs inside one
// compose window, the [role=dialog] (or an inline reply's container), never subject.closest('form'):
// the subject sits in a metadata form that does not hold the body.
const TO: Selectors = [
  {
    css: 'div[name="to"] input[role="combobox"]',
    note: 'Gmail since 2021: combobox in div[name=to] (notes 2026-11, InboxSDK set-recipients)',
  },
  { css: 'textarea[name="to"]', note: 'Gmail before 2021 (notes 2026-11)' },
];
const SUBJECT: Selectors = [{ css: 'input[name="subjectbox"]', note: 'Gmail subject, any language (notes 2026-11)' }];
const BODY: Selectors = [
  { css: '[aria-label="Message Body"][g_editable="true"]', note: 'Gmail body, English label (notes 2026-11)' },
  { css: '[g_editable="true"][contenteditable="true"]', note: 'Gmail body by its editor attribute, any language (notes 2026-11)' },
];
// Recipient chips and their remove control (InboxSDK set-recipients and get-recipients, 2024).
const CHIP = '[role="option"][data-name]';
const CHIP_REMOVE = '.afX[aria-label]';
const COMPOSE = { to: TO, subject: SUBJECT, body: BODY, window: '[role="dialog"]' };

// An opened conversation. Sources: shared/notes/webmail-dom.md (read 2026-11: InboxSDK
// gmail-message-view and page-parser, gmail.js 2025); fixture tests/fixtures/gmail/read.html;
// tests tests/lib/webmail/read-open-mail.test.ts, tests/e2e/reading.spec.ts. Gmail keeps hidden
// old threads in the DOM, so every read skips what the page does not show (dom.ts isShown).
const READ_SUBJECT: Selectors = [
  { css: 'h2.hP', note: 'Gmail thread subject, the visible one (notes 2026-11)' },
  {
    css: 'h2[data-thread-perm-id]',
    note: 'fallback: the subject heading by its thread id, any class (InboxSDK gmail-thread-view.test.ts 2026: <h2 class="hP" data-legacy-thread-id=… data-thread-perm-id="thread-f:1">; gmail.js 2026 reads [data-thread-perm-id])',
  },
];
// Looked up inside the one message being read: inbox rows and collapsed earlier messages carry
// [email] too, so a page-wide lookup picks the wrong one (notes 2026-11).
const READ_FROM: Selectors = [
  { css: 'span.gD[email]', note: 'Gmail sender chip of an expanded message (notes 2026-11: InboxSDK, gmail.js)' },
  {
    css: 'td.gF span[email]',
    note: "fallback: the sender cell of the message header, any chip class (InboxSDK gmail-message-view.ts getSender 2025-11: 'td.gF span[email]')",
  },
  // Inside one message it also matches the recipients (.hb), which then refuses as "several": never a wrong sender.
  {
    css: 'span[email][name]',
    note: "fallback: any address chip in the message; sender and recipient chips carry email and name (InboxSDK gmail-message-view.ts 2025-11 getSender/getRecipients; gmail.js 2026 reads inbox rows' senders as '*[email][name]')",
  },
];
// The element holding one message: gmail.js (2026, api.new.get.email_id) reads '.adn[data-message-id]',
// one per expanded message.
const READ_MESSAGE = '[data-message-id]';
const READ_BODY: Selectors = [
  { css: '.ii.gt .a3s', note: 'Gmail message body (notes 2026-11)' },
  { css: '[data-message-id] .a3s', note: 'fallback: body class inside a message (gmail.js 2026 email dom: body "div.a3s" in div.adn)' },
];
const READ_DATE: Selectors = [
  { css: '.g3[title]', note: 'Gmail message date, localized words in the title (notes 2026-11)' },
  { css: 'time[datetime], [data-date]', note: 'fallback: a machine date (no source)' },
];

// The compose window's Send and Discard (the consent round, compose-watch.ts). The language-independent
// places first: InboxSDK gmail-compose-view.ts (2026-07) getSendButton and getDiscardButton. A saved
// compose DOM (evan-brass/js-min examples/instantiate-performance/index.mjs, 2020-10) shows both in the
// footer table.IZ: td.gU.Up > … > div.dC > div[role=button][data-tooltip="Send (Ctrl-Enter)"] beside the
// "More send options" arrow (aria-haspopup), and td.gU > … > div.oh[role=button][data-tooltip="Discard
// draft (Ctrl-Shift-D)"]. The tooltips are English: fallbacks for an English Gmail only.
const SEND: Selectors = [
  {
    css: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    note: 'Send, any language, not the arrow nor Send & archive (InboxSDK gmail-compose-view.ts getSendButton 2026-07)',
  },
  {
    css: '[role="button"][data-tooltip^="Send"]',
    note: 'fallback: English tooltip "Send (Ctrl-Enter)" (saved compose DOM 2020, evan-brass/js-min; arvisIljins/nightwatch_login_send_email "Send (⌘Enter)")',
  },
];
const DISCARD: Selectors = [
  {
    css: '.gU .oh[role="button"]',
    note: "Discard draft, any language (InboxSDK gmail-compose-view.ts getDiscardButton '.gU .oh' 2026-07; saved compose DOM 2020)",
  },
  {
    css: '[role="button"][data-tooltip^="Discard"]',
    note: 'fallback: English tooltip "Discard draft (Ctrl-Shift-D)" (saved compose DOM 2020; Chromium perf page set gmail_compose_discard.py 2014: div[class~="oh"][data-tooltip="Discard draft"])',
  },
];

const HOSTS: readonly string[] = ['mail.google.com'];

export const gmail: WebmailAdapter<'gmail'> = {
  id: 'gmail',
  hosts: HOSTS,
  // Gmail's long-standing compose URL (view=cm); plain text only, the panel fills the rest.
  composeUrl: (mail) =>
    `https://mail.google.com/mail/?${new URLSearchParams({ view: 'cm', fs: '1', to: mail.to.join(','), su: mail.subject, body: mail.body })}`,
  inboxUrl: 'https://mail.google.com/mail/u/0/#inbox',
  matchesUrl: (url) => url.protocol === 'https:' && HOSTS.includes(url.hostname),
  detect: (doc) =>
    (findFirst(doc, SUBJECT) !== null && findFirst(doc, BODY) !== null) || findFirstWhere(doc, READ_SUBJECT, isShown) !== null,
  readOpenMail(doc) {
    const subject = findFirstWhere(doc, READ_SUBJECT, isShown);
    // Only expanded messages show a body; the one being read is the last shown of them.
    const body = outermost(findAll<HTMLElement>(doc, READ_BODY, isShown)).at(-1);
    if (!subject || !body) return null;
    const message = body.closest(READ_MESSAGE);
    const date = message && findFirst(message, READ_DATE);
    return {
      ...(message ? senderOf(headerElements(message, READ_FROM, READ_BODY)) : { from: '', fromProblem: 'none' as const }),
      subject: (subject.textContent ?? '').trim(),
      receivedAt: date ? (machineDate(date) ?? parseShownDate(date.getAttribute('title'))) : null,
      text: body.innerText ?? body.textContent ?? '',
      messageId: message?.getAttribute('data-message-id') ?? null,
    };
  },
  selectorGroups: {
    to: TO,
    subject: SUBJECT,
    body: BODY,
    readSubject: READ_SUBJECT,
    readFrom: READ_FROM,
    readBody: READ_BODY,
    readDate: READ_DATE,
  },
  // The consent round (compose-watch.ts). gmail.js (2025) finds the Compose button as div[gh="cm"].
  sendButton: SEND,
  discardButton: DISCARD,
  newMailButton: [{ css: '[gh="cm"]', note: 'Compose button, div[gh=cm] (gmail.js 2025)' }],
  findComposes: (doc) => findComposeWindows(doc, COMPOSE),
  insertBody(body, blocks: readonly Block[]) {
    caretToStart(body);
    const doc = body.ownerDocument;
    const range = doc.getSelection()?.getRangeAt(0);
    if (!range) return;
    const fragment = doc.createDocumentFragment();
    fragment.append(...toNodes(blocks, doc));
    range.insertNode(fragment);
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    // Gmail saves the draft after a key event in the editor, not after our input event (notes 2026-11).
    pressKey(body, 'Shift');
    pressKey(body, 'Shift', 'keyup');
  },
  recipientsShown: (compose) => (compose.to ? [...chipsOf(compose.to).map(chipAddress), ...typedAddresses(compose.to)] : []),
  async clearRecipients(compose) {
    const to = compose.to;
    if (!to) return false;
    for (const remove of chipsOf(to).flatMap((c) => [...c.querySelectorAll<HTMLElement>(CHIP_REMOVE)])) remove.click();
    if (focusExactly(to) && isTextField(to) && to.value) {
      to.select();
      to.ownerDocument.execCommand('delete');
    }
    return waitUntil(() => gmail.recipientsShown(compose).length === 0, 1500);
  },
  async addRecipients(compose, addresses) {
    const to = compose.to;
    if (!to || !focusExactly(to)) return [];
    const shownNow = () => new Set(chipsOf(to).map((c) => chipAddress(c).toLowerCase()));
    const missing = () => addresses.filter((a) => !shownNow().has(a.toLowerCase()));
    // Pasted comma-joined, then the chips checked; Gmail can reset a fresh compose's recipients,
    // so what is missing is pasted once more (InboxSDK set-recipients, notes 2026-11).
    for (let round = 0; round < 3 && missing().length > 0; round++) {
      pasteText(to, missing().join(','));
      // Chips shown, then a short wait: a reset comes about 100 ms later (InboxSDK waits as long).
      if (await waitUntil(() => missing().length === 0, 1500)) await pause(300);
    }
    return addresses.filter((a) => shownNow().has(a.toLowerCase()));
  },
  // Gmail's own drop zone appears only after dragenter on the compose; the drop goes there (notes 2026-11).
  attachFiles: (compose, files) => dropOnOwnZone(compose, files),
};

/** The chips in the To row the field belongs to. */
const chipsOf = (to: HTMLElement): HTMLElement[] => [
  ...(to.closest('div[name="to"]') ?? to.parentElement ?? to).querySelectorAll<HTMLElement>(CHIP),
];

/** A chip's address: its hovercard id or name where that is an address, else what it shows. */
function chipAddress(chip: HTMLElement): string {
  const candidates = [chip.getAttribute('data-hovercard-id'), chip.getAttribute('data-name'), chip.textContent];
  const address = candidates.map((c) => /[^\s<>,;]+@[^\s<>,;]+/.exec(c ?? '')?.[0]).find(Boolean);
  return address ?? chip.getAttribute('data-name') ?? '';
}

/** Addresses typed in the field that are not chips yet. */
const typedAddresses = (to: HTMLElement): string[] =>
  (isTextField(to) ? to.value : '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A paste of plain text, as InboxSDK gives Gmail the recipients. */
function pasteText(el: HTMLElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
