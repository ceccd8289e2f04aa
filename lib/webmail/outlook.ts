import { type Block, toHtml, toText } from '../templates/mail-body';
import { dropOn, findComposeWindows, isTextField, pause, pressKey, waitUntil } from './compose';
import {
  caretToStart,
  findAll,
  findFirst,
  findFirstWhere,
  focusExactly,
  headerElements,
  isShown,
  machineDate,
  messageOf,
  outermost,
  pasteHtml,
  readPopupCard,
  type Selectors,
  typeText,
} from './dom';
import { cardAddresses, senderFromAddresses, senderOf } from './sender';
import { parseShownDate } from './shown-date';
import type { WebmailAdapter } from './types';

// Compose. Sources: shared/notes/webmail-dom.md (read 2026-11: Outlook automation scripts 2024–26,
// toggl track-extension 2021–24, roosterjs). Fixtures: tests/fixtures/{outlook,owa}/compose*.html;
// tests: tests/lib/webmail/fill.test.ts, tests/e2e/webmail.spec.ts. Language-independent hooks and
// the documented English labels come first; the Danish labels have no public source and are only
// fallbacks. Each lookup runs inside one compose window (compose.ts findComposeWindows).
const TO: Selectors = [
  {
    css: '[contenteditable="true"][aria-label="To"]',
    note: 'new Outlook: contenteditable, aria-label "To", some tenants without role (notes 2026-11)',
  },
  { css: 'input[aria-label="To"]', note: 'classic OWA 2016/2019 (notes 2026-11)' },
  { css: '[contenteditable="true"][aria-label="Til"]', note: 'fallback: Danish label (unconfirmed, no source)' },
  { css: 'input[aria-label="Til"]', note: 'fallback: classic OWA, Danish label (unconfirmed, no source)' },
];
const SUBJECT: Selectors = [
  { css: 'input[id^="MSG_"][id$="_SUBJECT"]', note: 'new Outlook: id MSG_…_SUBJECT, any language (notes 2026-11)' },
  { css: 'input[aria-label="Subject"]', note: 'new Outlook 2026: aria-label "Subject" (notes 2026-11)' },
  {
    css: 'input[aria-label="Add a subject"], input[placeholder="Add a subject"]',
    note: 'new Outlook before 2026; the placeholder stays (notes 2026-11)',
  },
  { css: 'input[aria-label="Subject,"]', note: 'classic OWA 2016/2019, with the comma (notes 2026-11)' },
  {
    css: 'input[aria-label="Emne"], input[aria-label="Tilføj et emne"], input[placeholder="Tilføj et emne"]',
    note: 'fallback: Danish labels (unconfirmed, no source)',
  },
  { css: 'input[aria-label="Emne,"]', note: 'fallback: classic OWA, Danish label (unconfirmed, no source)' },
];
const BODY: Selectors = [
  {
    css: '[role="textbox"][aria-label^="Message body"]',
    note: 'new Outlook (roosterjs): label continues with a keyboard hint (notes 2026-11)',
  },
  {
    css: 'div[contenteditable="true"][aria-label^="Message body"]',
    note: 'fallback: classic OWA body without role. Only Outlook.com 2021 shows a body labelled so without role (Jony-10/Incubyte0312 XpathStrings.java: //div[@aria-label="Message body"]); classic OWA 2016/2019 itself: no source',
  },
  {
    css: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    note: 'fallback: multi-line editor, any language (no source, our guess 2026-11)',
  },
  { css: '[contenteditable="true"][aria-label^="Meddelelsestekst"]', note: 'fallback: Danish label (unconfirmed, no source)' },
];
// A pill is a roosterjs entity inside the To field: To is itself an editor, and a resolved recipient
// is a read-only entity, class "_Entity _EType_RECIPIENT_ENTITY …" and contenteditable="false"
// (roosterjs entityUtils.ts and entityFormatHandler.ts; odoo/aw-watcher-web src/content/outlook.ts
// reads div[aria-label='To'] span._EType_RECIPIENT_ENTITY and its aria-label). Any read-only part
// of the field counts, so a renamed entity type still does. The pill's aria-label is the address
// even where it shows a name (public extension code verified on outlook.live.com 2026-10; no
// repository we can name): pillLabel reads it first.
const PILL_IN_FIELD = '._EType_RECIPIENT_ENTITY, [contenteditable="false"]';
const COMPOSE = { to: TO, subject: SUBJECT, body: BODY };

// Reading pane (a message opened from the inbox). Sources: shared/notes/webmail-dom.md (read
// 2026-11); fixture tests/fixtures/outlook/read.html; tests tests/lib/webmail/read-fixtures.test.ts,
// tests/e2e/reading.spec.ts. Outlook shows the subject once per conversation, not per message.
const READ_SUBJECT: Selectors = [
  { css: '[role="main"] [id^="CONV_"][id$="_SUBJECT"]', note: 'new Outlook conversation subject, id CONV_…_SUBJECT (notes 2026-11)' },
  // Not an input: the compose subject (MSG_…_SUBJECT) of an inline reply sits in the same pane.
  { css: '[role="main"] [id$="_SUBJECT"]:not(input):not(textarea)', note: 'Outlook subject element, id …_SUBJECT (notes 2026-11)' },
  {
    css: '[role="main"] [role="heading"][title]',
    note: 'fallback: the opened mail\'s subject heading, any id (toggl track-extension src/content/outlook.js 2024-09: div[role="heading"][title])',
  },
];
// Looked up inside the one message being read (see readOpenMail), never page-wide. The sender
// element shows the display name (for colleagues only the name); senderOf reads the address from
// its title, a mailto: link or <…>, senderFromCard from the contact card (notes 2026-11). The element
// is a span[role=button] labelled "From: <name>" in several public extensions' code (2025–26, found by
// exact-string search; none in a repository we can name): still a fallback, and English only.
const READ_FROM: Selectors = [
  {
    css: '[aria-label^="From:"]',
    note: 'fallback: English label, span[role=button] aria-label "From: Name" (unnamed public extension code 2025–26; no named repository)',
  },
  { css: '[aria-label^="Fra:"]', note: 'fallback: Danish label (unconfirmed, no source)' },
];
// Each message of a conversation has its own body; expanded ones only (collapsed show no body).
const READ_BODY: Selectors = [
  { css: '[role="main"] [id^="UniqueMessageBody"]', note: 'new Outlook, one per expanded message, id UniqueMessageBody… (notes 2026-11)' },
  { css: '[role="main"] [role="document"][aria-label^="Message body"]', note: 'fallback: English label (no source)' },
  { css: '[role="main"] [role="document"][aria-label^="Meddelelsestekst"]', note: 'fallback: Danish label (unconfirmed, no source)' },
];
// Inside the message read: the localized received time; a machine date where a page gives one.
const READ_DATE: Selectors = [
  { css: '[data-testid="SentReceivedSavedTime"]', note: 'new Outlook received time, localized text (notes 2026-11)' },
  { css: 'time[datetime], [data-date]', note: 'fallback: a machine date (no source)' },
];
// The contact (persona) card a click on the sender's name opens. No source shows its structure:
// a dialog that was not there before the click (dom.ts readPopupCard).
const READ_CARD: Selectors = [
  { css: '[role="dialog"]', note: 'fallback: a dialog that opens on the click (notes 2026-11 name the card only)' },
];

// The consent round (compose-watch.ts). Send is a Fluent UI split button: its root div carries
// data-testid="ComposeSendButton" (toggl track-extension src/content/outlook.js 2024-09; odoo/aw-watcher-web
// src/content/outlook.ts: div[data-testid="ComposeSendButton"] button[aria-label="Send"]), its primary
// button the id "splitButton-…__primaryActionButton" (microsoft/fluentui useSplitButton.ts: id baseId +
// '__primaryActionButton'), beside a menu button for "More send options", which is not a Send. The
// labels are localized (public code shows "发送", "Odoslať"): the English ones are fallbacks, the Danish
// ones unconfirmed. Tested on tests/fixtures/outlook/compose.html (tests/lib/webmail/compose-buttons.test.ts).
const SEND: Selectors = [
  {
    css: '[data-testid="ComposeSendButton"] button[id$="__primaryActionButton"]',
    note: 'new Outlook Send, any language (toggl track-extension 2024-09 ComposeSendButton; fluentui useSplitButton.ts primary id)',
  },
  {
    css: '[data-testid="ComposeSendButton"] button[aria-label="Send"]',
    note: 'new Outlook Send, English label (odoo/aw-watcher-web src/content/outlook.ts)',
  },
  {
    css: 'button[aria-label="Send"]',
    note: 'fallback: English label outside the split button (odoo/aw-watcher-web: the button\'s aria-label "Send")',
  },
  {
    css: 'button[title^="Send ("]',
    note: "fallback: title with the shortcut (Goudaneha/Cucumber_Framework pageobjects/Outlook.java 2020: //button[@title='Send (Ctrl+Enter)'])",
  },
];
// Discard: a button with the fixed id "discardCompose", aria-label "Discard", title "Discard (Esc)", in
// several public scripts and notes (one verified on outlook.cloud.microsoft 2026-07-25; found by
// exact-string search, none in a repository we can name). Not confirmed by a named source: fallbacks.
const DISCARD: Selectors = [
  {
    css: 'button#discardCompose',
    note: 'fallback: new Outlook Discard by its fixed id, any language (unnamed public scripts 2025–26; no named repository)',
  },
  { css: 'button[aria-label="Discard"]', note: 'fallback: English label (unnamed public scripts 2025–26; no named repository)' },
  { css: 'button[aria-label="Kassér"]', note: 'fallback: Danish label (unconfirmed, no source)' },
];
const NEW_MAIL: Selectors = [
  {
    css: 'button[aria-label="New mail"], button[aria-label="New email"]',
    note: 'fallback: new Outlook ribbon, English (an unnamed public playbook verified on outlook.cloud.microsoft 2026-07-25: button[aria-label="New mail"]; no named repository)',
  },
  { css: 'button[aria-label="Ny mail"]', note: 'fallback: Danish label (unconfirmed, no source)' },
];

const HOSTS: readonly string[] = ['outlook.cloud.microsoft', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** Inside a message's body: what the sender wrote, never the page's own header. */
const IN_BODY = READ_BODY.map(({ css }) => css).join(', ');

/**
 * The one message being read, and the element around it with its own sender: the last expanded
 * body (notes 2026-11), unless the reading pane shows the newest message on top (Outlook's
 * "Show newest message on top"): then the newest by received time, asked only when every expanded
 * message's time can be read (else the default order's last, as the notes say).
 */
function openMessage(doc: Document): { body: HTMLElement; message: Element | null } | null {
  // A body-like element inside a mail is not a message: only outermost bodies count.
  const open = outermost(findAll<HTMLElement>(doc, READ_BODY, isShown)).map((body) => ({
    body,
    message: messageOf(body, READ_FROM, READ_BODY),
  }));
  const times = open.map(({ message }) => receivedAt(message));
  if (open.length < 2 || times.some((t) => t === null)) return open.at(-1) ?? null;
  // Ties keep the later in the page.
  const newest = times.reduce<number>((best, t, i) => (t! >= times[best]! ? i : best), 0);
  return open[newest]!;
}

/**
 * The received time in the message's header: the element's machine date, else its shown words,
 * else null. Never one written inside a mail's own text.
 */
const receivedAt = (message: Element | null): number | null => {
  const el = message && findFirstWhere(message, READ_DATE, (e) => !e.closest(IN_BODY));
  return el
    ? (machineDate(el) ??
        parseShownDate(el.getAttribute('title') || el.textContent, el.closest('[lang]')?.getAttribute('lang') ?? undefined))
    : null;
};

export const outlook: WebmailAdapter<'outlook'> = {
  id: 'outlook',
  // outlook.cloud.microsoft: where Microsoft 365 tenants now land; the others redirect or are
  // the consumer and older hosts (notes 2026-11).
  hosts: HOSTS,
  // The new host, since the old host's deep link can end on a bare inbox after its redirect
  // (notes 2026-11). Plain text only; the panel fills the formatted body and the files.
  composeUrl: (mail) =>
    `https://outlook.cloud.microsoft/mail/deeplink/compose?${new URLSearchParams({ to: mail.to.join(','), subject: mail.subject, body: mail.body })}`,
  // OWA's documented new-message path (?path=/mail/action/compose, Microsoft Q&A for OWA in
  // Office 365; unconfirmed on Exchange 2016/2019): it opens a compose window the panel fills.
  ownHostComposeUrl: (origin) => `${origin}/owa/?path=/mail/action/compose`,
  inboxUrl: 'https://outlook.cloud.microsoft/mail/',
  ownHostInboxUrl: (origin) => `${origin}/owa/`,
  matchesUrl: (url) => (url.protocol === 'https:' && HOSTS.includes(url.hostname)) || /\/owa\//i.test(url.pathname),
  detect: (doc) => findFirst(doc, BODY) !== null || findFirst(doc, SUBJECT) !== null || findFirst(doc, READ_BODY) !== null,
  readOpenMail(doc) {
    // In a conversation the message the leader means is the last expanded one, not the first in the DOM.
    const open = openMessage(doc);
    const subject = findFirst(doc, READ_SUBJECT);
    if (!open || !subject) return null;
    const { body, message } = open;
    return {
      ...(message ? senderOf(headerElements(message, READ_FROM, READ_BODY)) : { from: '', fromProblem: 'none' as const }),
      subject: (subject.getAttribute('title') || subject.textContent || '').trim(),
      receivedAt: receivedAt(message),
      text: body.innerText ?? body.textContent ?? '',
      messageId: null,
    };
  },
  async senderFromCard(doc) {
    const message = openMessage(doc)?.message;
    const name = message && headerElements(message, READ_FROM, READ_BODY)[0];
    if (!name) return null;
    // A card may open before its details load: wait for an address, up to readPopupCard's limit.
    const addresses = await readPopupCard(
      name as HTMLElement,
      READ_CARD,
      (card) => {
        const found = cardAddresses(card);
        return found.length > 0 ? found : null;
      },
      3000,
      READ_BODY,
    );
    return addresses ? senderFromAddresses(addresses) : null;
  },
  selectorGroups: {
    to: TO,
    subject: SUBJECT,
    body: BODY,
    readSubject: READ_SUBJECT,
    readFrom: READ_FROM,
    readBody: READ_BODY,
    readDate: READ_DATE,
    readCard: READ_CARD,
  },
  sendButton: SEND,
  discardButton: DISCARD,
  newMailButton: NEW_MAIL,
  findComposes: (doc) => findComposeWindows(doc, COMPOSE),
  insertBody(body, blocks: readonly Block[]) {
    caretToStart(body);
    // roosterjs handles paste itself: it cancels the event at once and inserts later, from its own
    // model (notes 2026-11), so fill.ts waits for the text. insertHTML only where nobody took the
    // paste (classic OWA).
    if (!pasteHtml(body, toHtml(blocks), toText(blocks))) body.ownerDocument.execCommand('insertHTML', false, toHtml(blocks));
  },
  recipientsShown: (compose) => (compose.to ? [...pillsOf(compose.to).map(pillLabel), ...addressesIn(typedIn(compose.to))] : []),
  async clearRecipients(compose) {
    const to = compose.to;
    if (!to) return false;
    if (!focusExactly(to)) return false;
    if (isTextField(to)) to.select();
    else selectContents(to);
    to.ownerDocument.execCommand('delete');
    // A pill goes by its own remove button where it has one, else by Backspace in the empty field.
    for (let left = pillsOf(to).length + 2; left > 0 && pillsOf(to).length > 0; left--) {
      const button = pillsOf(to).at(-1)?.querySelector<HTMLElement>('button, [role="button"]');
      if (button) button.click();
      else pressKey(to, 'Backspace');
      await pause(50);
    }
    return waitUntil(() => outlook.recipientsShown(compose).length === 0, 1500);
  },
  async addRecipients(compose, addresses) {
    const to = compose.to;
    if (!to) return [];
    if (isTextField(to)) {
      // Classic OWA: one text field, addresses separated by "; " (resolved when sent).
      typeText(to, addresses.map((a) => `${a}; `).join(''), false);
      const typed = addressesIn(to.value).map((a) => a.toLowerCase());
      return addresses.filter((a) => typed.includes(a.toLowerCase()));
    }
    const added: string[] = [];
    // One at a time, as a person types: the address, then ";" (or Enter), then check its pill.
    for (const address of addresses) if (await addOnePill(to, address)) added.push(address);
    return added;
  },
  // On the editor, as a person drags files onto the message (notes 2026-11); fill.ts checks the cards.
  attachFiles: async (compose, files) => (compose.body ? dropOn(compose.body, files) : false),
};

/** The pills To shows: the read-only entities inside the field, each once (not the parts of a pill). */
function pillsOf(to: HTMLElement): HTMLElement[] {
  if (isTextField(to)) return [];
  return [...to.querySelectorAll<HTMLElement>(PILL_IN_FIELD)].filter((el) => {
    const outer = el.parentElement?.closest(PILL_IN_FIELD);
    return !outer || !to.contains(outer);
  });
}

/** A pill's address where it carries one (title or label), else the name it shows. */
function pillLabel(pill: HTMLElement): string {
  const attr = [pill.getAttribute('title'), pill.getAttribute('aria-label')].find(
    (a) => a && a.includes('@') && addressesIn(a).length === 1,
  );
  return (attr ? addressesIn(attr)[0] : pill.textContent?.trim()) ?? '';
}

/** What was typed in To and is not (yet) a pill; without the zero-width spaces roosterjs puts around an entity. */
function typedIn(to: HTMLElement): string {
  if (isTextField(to)) return to.value;
  const copy = to.cloneNode(true) as HTMLElement;
  for (const pill of copy.querySelectorAll(PILL_IN_FIELD)) pill.remove();
  return (copy.textContent ?? '').replaceAll('\u200b', '');
}

const addressesIn = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function selectContents(el: HTMLElement) {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Types one address and ";" (Enter if that made no pill), and waits for its pill: directory lookups take a moment. */
async function addOnePill(to: HTMLElement, address: string): Promise<boolean> {
  const before = pillsOf(to).length;
  const done = () => pillsOf(to).length > before && !typedIn(to).includes(address);
  if (!focusExactly(to)) return false;
  const end = to.ownerDocument.createRange();
  end.selectNodeContents(to);
  end.collapse(false);
  to.ownerDocument.getSelection()?.removeAllRanges();
  to.ownerDocument.getSelection()?.addRange(end);
  to.ownerDocument.execCommand('insertText', false, address);
  if (!pressKey(to, ';').defaultPrevented) to.ownerDocument.execCommand('insertText', false, ';');
  if (await waitUntil(done, 1500)) return true;
  pressKey(to, 'Enter');
  return waitUntil(done, 1500);
}
