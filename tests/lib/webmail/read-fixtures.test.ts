import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseOpenMail } from '../../../lib/messaging/protocol';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';
import { readOpenMailResolved } from '../../../lib/webmail/read';
import { fixturePage } from './fixture-page';

// Each fact of shared/notes/webmail-dom.md about reading has a test here that fails if the adapter
// ignored it, on the fixtures the browser tests also load (tests/fixtures/{outlook,gmail}/read.html).

const TOKEN = 'IKU-2026-ABCD';
const SUBJECT = `SV: Din IKU til godkendelse [${TOKEN}]`;
const APPROVAL = 'Jeg godkender min IKU version 1.';
const DATE = '2026-12-10T09:12:00Z';
const REQUEST = `Lene Leder|lene@randers.dk|Her er din IKU. Svar: ${APPROVAL}`;
/** The three-message conversation: the leader's request first, one collapsed, the employee's reply last. */
const conversation = (extra: Record<string, string | string[]> = {}) => ({
  subject: SUBJECT,
  text: 'Kan du rette datoen i punkt 2?',
  from: 'bo@randers.dk',
  name: 'Bo Berg',
  date: DATE,
  earlier: [REQUEST, 'Anne Ærø|anne@randers.dk|'],
  ...extra,
});
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="da"><body>${body}</body></html>`).document as unknown as Document;

describe('Outlook reading pane (tests/fixtures/outlook/read.html)', () => {
  it('note: the subject is the element whose id ends _SUBJECT (CONV_…), which is no heading', () => {
    const doc = fixturePage('outlook/read.html', conversation());
    expect(doc.querySelector('[role="heading"]')).toBeNull();
    expect(outlook.readOpenMail(doc)?.subject).toBe(SUBJECT);
  });

  it("note: in a conversation of three the last expanded message is read, not the leader's request first in the DOM", () => {
    const doc = fixturePage('outlook/read.html', conversation({ title: 'bo@randers.dk', card: 'no' }));
    expect(doc.querySelectorAll('[id^="UniqueMessageBody"]')).toHaveLength(2);
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null, text: 'Kan du rette datoen i punkt 2?' });
  });

  it('note: the received time is SentReceivedSavedTime, localized words, Danish and English', () => {
    expect(outlook.readOpenMail(fixturePage('outlook/read.html', conversation()))?.receivedAt).toBe(Date.parse(DATE));
    expect(outlook.readOpenMail(fixturePage('outlook/read.html', conversation({ lang: 'en' })))?.receivedAt).toBe(Date.parse(DATE));
  });

  it('a received time it cannot read for certain is null, never a guess', () => {
    const doc = page(`<div role="main"><span id="CONV_1_SUBJECT">${SUBJECT}</span><div>
      <button aria-label="Fra: Bo" title="bo@randers.dk">Bo</button><span data-testid="SentReceivedSavedTime">I går 09:12</span>
      <div id="UniqueMessageBody_1">x</div></div></div>`);
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', receivedAt: null });
  });

  it('not the subject input of an inline reply (MSG_…_SUBJECT), whose id also ends _SUBJECT', () => {
    const doc = page(`<div role="main"><input id="MSG_7_SUBJECT" value="SV: noget andet" /><span id="ITEM_1_SUBJECT">${SUBJECT}</span>
      <div><button aria-label="From: Bo" title="bo@randers.dk">Bo</button><div id="UniqueMessageBody_1">x</div></div></div>`);
    expect(outlook.readOpenMail(doc)?.subject).toBe(SUBJECT);
  });

  it('reads English labels (lang=en) as well as Danish', () => {
    const doc = fixturePage('outlook/read.html', conversation({ lang: 'en', title: 'bo@randers.dk', card: 'no' }));
    expect(doc.querySelector('[aria-label^="From:"]')).not.toBeNull();
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', subject: SUBJECT });
  });

  it('note: a same-organisation sender shown by name only is resolved through the contact card, which is closed again', async () => {
    const doc = fixturePage('outlook/read.html', conversation());
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: '', fromProblem: 'none' });
    const mail = await readOpenMailResolved(outlook, doc, true);
    expect(mail).toMatchObject({ from: 'bo@randers.dk', fromProblem: null, text: 'Kan du rette datoen i punkt 2?' });
    expect(parseOpenMail(mail)).toEqual(mail);
    expect(doc.querySelectorAll('.persona-card')).toHaveLength(0);
  });

  it('clicks nothing unless asked to open the card (only a mail that may be a reply we wait for is)', async () => {
    const doc = fixturePage('outlook/read.html', conversation());
    let clicks = 0;
    doc.addEventListener('click', () => clicks++);
    expect(await readOpenMailResolved(outlook, doc, false)).toMatchObject({ from: '', fromProblem: 'none' });
    expect(clicks).toBe(0);
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: 'bo@randers.dk' });
    expect(clicks).toBe(1);
  });

  it('waits for a card that shows the address only after it opened', async () => {
    const doc = fixturePage('outlook/read.html', conversation({ card: 'late' }));
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null });
    expect(doc.querySelectorAll('.persona-card')).toHaveLength(0);
  });

  it('the card of the message read, not of the leader whose request came first', async () => {
    const doc = fixturePage('outlook/read.html', conversation({ from: 'anne@randers.dk', name: 'Anne Ærø' }));
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: 'anne@randers.dk', fromProblem: null });
  });

  it('refuses when the card shows no address, or no card opens: never a guess', async () => {
    const none = await readOpenMailResolved(outlook, fixturePage('outlook/read.html', conversation({ card: 'none' })), true);
    expect(none).toMatchObject({ from: '', fromProblem: 'none' });
    const noCard = await readOpenMailResolved(outlook, fixturePage('outlook/read.html', conversation({ card: 'no' })), true);
    expect(noCard).toMatchObject({ from: '', fromProblem: 'none' });
  });

  it("refuses a card whose name line is an employee's address and whose address is another", async () => {
    const doc = fixturePage('outlook/read.html', conversation({ from: 'mallory@randers.dk', name: 'bo@randers.dk' }));
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: '', fromProblem: 'several' });
  });

  it('a look-alike address in the card is refused as such', async () => {
    const doc = fixturePage('outlook/read.html', conversation({ from: 'b\u043e@randers.dk' }));
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: '', fromProblem: 'confusable' });
  });

  it('a dialog already in the page (e.g. inside a mail) is not taken for the card', async () => {
    const doc = fixturePage('outlook/read.html', conversation({ card: 'no' }));
    const fake = doc.createElement('div');
    fake.setAttribute('role', 'dialog');
    fake.innerHTML = '<a href="mailto:bo@randers.dk">bo@randers.dk</a>';
    doc.querySelector('[id^="UniqueMessageBody"]')!.append(fake);
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: '', fromProblem: 'none' });
  });
});

describe('Gmail thread (tests/fixtures/gmail/read.html)', () => {
  const thread = (extra: Record<string, string | string[]> = {}) =>
    fixturePage('gmail/read.html', {
      subject: SUBJECT,
      text: 'Kan du rette datoen?',
      from: 'bo@randers.dk',
      name: 'Bo Berg',
      date: DATE,
      ...extra,
    });

  it('note: the subject is the visible h2.hP, not a hidden old thread’s first in the DOM', () => {
    const doc = thread();
    expect(doc.querySelector('h2.hP')?.textContent).toContain('Gammel tråd');
    expect(gmail.readOpenMail(doc)?.subject).toBe(SUBJECT);
  });

  it("note: the body is .ii.gt .a3s of the open thread, not a hidden old thread's last in the DOM", () => {
    const doc = thread();
    expect([...doc.querySelectorAll('.ii.gt .a3s')].at(-1)?.textContent).toBe(APPROVAL);
    expect(gmail.readOpenMail(doc)).toMatchObject({ text: 'Kan du rette datoen?', from: 'bo@randers.dk' });
  });

  it('note: the sender is span.gD[email] of the last expanded message; inbox rows and collapsed messages carry [email] too', () => {
    const doc = thread({ earlier: [REQUEST, 'Anne Ærø|anne@randers.dk|'] });
    expect(doc.querySelector('[email]')?.getAttribute('email')).toBe('nyhedsbrev@example.com');
    expect(doc.querySelectorAll('.kv [email]')).toHaveLength(1);
    expect(gmail.readOpenMail(doc)).toMatchObject({
      from: 'bo@randers.dk',
      fromProblem: null,
      text: 'Kan du rette datoen?',
      messageId: '#msg-f:1783',
    });
  });

  it('note: the date is .g3[title], localized words', () => {
    const doc = thread();
    expect(doc.querySelector('.adn .g3[title]')?.getAttribute('datetime')).toBeNull();
    expect(gmail.readOpenMail(doc)?.receivedAt).toBe(Date.parse(DATE));
  });

  it('note: the sender sits in the header cell td.gF, the recipients in span.hb (InboxSDK): a renamed chip class still finds the sender only', () => {
    const doc = thread();
    const sender = [...doc.querySelectorAll('td.gF span.gD[email]')].at(-1)!;
    expect(doc.querySelector('.thread .hb [email]')?.getAttribute('email')).toBe('lene@randers.dk');
    sender.classList.remove('gD');
    expect(gmail.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null });
  });

  it('note: with no h2.hP the subject is found by its data-thread-perm-id, still the visible one', () => {
    const doc = thread();
    for (const h2 of doc.querySelectorAll('h2.hP')) h2.classList.remove('hP');
    expect(gmail.readOpenMail(doc)?.subject).toBe(SUBJECT);
  });
});
