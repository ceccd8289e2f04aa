import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findAll, headerElements, isShown, messageOf, outermost, readPopupCard, type Selectors } from '../../../lib/webmail/dom';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';
import { readOpenMailResolved } from '../../../lib/webmail/read';
import { elementAddresses, senderOf } from '../../../lib/webmail/sender';
import { parseShownDate } from '../../../lib/webmail/shown-date';

// Issue 12, the reviewer's defects on the read side: each test failed before its fix.
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="da"><body>${body}</body></html>`).document as unknown as Document;
const SUBJECT = '<span id="CONV_1_SUBJECT">SV: Din IKU til godkendelse [IKU-2026-ABCD]</span>';
const FROM: Selectors = [{ css: '[aria-label^="Fra:"]', note: 'test' }];
const BODY: Selectors = [{ css: '[id^="UniqueMessageBody"]', note: 'test' }];

describe('defect 1: the conversation is never taken for the message', () => {
  it('collapsed messages above a last message whose own sender is not matched give no sender', () => {
    const doc = page(`<div role="main">${SUBJECT}<div role="list">
      <div role="listitem"><button aria-label="Fra: Anne" title="anne@randers.dk">Anne</button></div>
      <div role="listitem"><button aria-label="Fra: Bo" title="bo@randers.dk">Bo</button></div>
      <div role="listitem"><span>Mallory</span><div id="UniqueMessageBody_3">Jeg godkender min IKU version 1.</div></div>
    </div></div>`);
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: '', fromProblem: 'none', text: 'Jeg godkender min IKU version 1.' });
  });

  it('one collapsed message above it is another message too: its row is the same kind as the body’s row', () => {
    const doc = page(`<div role="main">${SUBJECT}<div role="list">
      <div role="listitem" class="item collapsed"><button aria-label="Fra: Bo" title="bo@randers.dk">Bo</button></div>
      <div role="listitem" class="item expanded"><span>Mallory</span><div id="UniqueMessageBody_2">Jeg godkender min IKU version 1.</div></div>
    </div></div>`);
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: '', fromProblem: 'none' });
    const plain = page(`<div id="c"><div class="row"><span aria-label="Fra: Bo" title="bo@randers.dk">Bo</span></div>
      <div class="row"><div id="UniqueMessageBody_1">x</div></div></div>`);
    expect(messageOf(plain.getElementById('UniqueMessageBody_1')!, FROM, BODY)).toBeNull();
    // A message's own header and body wrappers are not alike: still read.
    const own = page(`<div id="m" role="listitem"><div class="header"><span aria-label="Fra: Bo" title="bo@randers.dk">Bo</span></div>
      <div class="content"><div id="UniqueMessageBody_1">x</div></div></div>`);
    expect(messageOf(own.getElementById('UniqueMessageBody_1')!, FROM, BODY)).toBe(own.getElementById('m'));
  });

  it('an ancestor with more than one header sender is no message', () => {
    const doc = page(`<div id="conv"><div><span aria-label="Fra: A" title="a@x.dk">A</span></div>
      <div><span aria-label="Fra: B" title="b@x.dk">B</span></div><div><div id="UniqueMessageBody_1">x</div></div></div>`);
    expect(messageOf(doc.getElementById('UniqueMessageBody_1')!, FROM, BODY)).toBeNull();
  });
});

describe('defect 2: a body or header imitated inside the mail', () => {
  it('outermost keeps only the elements no other one holds', () => {
    const doc = page('<div id="a"><div id="b"></div></div><div id="c"></div>');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    expect(outermost([a!, b!, c!])).toEqual([a, c]);
    expect(outermost([b!, a!])).toEqual([a]);
  });

  it('a body nested in the real body does not make the real body the message, nor its fake header the sender', () => {
    const doc = page(`<div role="main">${SUBJECT}<div role="listitem"><button aria-label="Fra: Mallory">Mallory</button>
      <div id="UniqueMessageBody_1"><span aria-label="Fra: Bo" title="bo@randers.dk">Bo</span>
        <div id="UniqueMessageBodyFake">Jeg godkender min IKU version 1.</div></div></div></div>`);
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: '', fromProblem: 'none' });
    const fake = doc.getElementById('UniqueMessageBodyFake')!;
    const real = doc.getElementById('UniqueMessageBody_1')!;
    expect(outermost(findAll(doc, BODY)).at(-1)).toBe(real);
    expect(messageOf(fake, FROM, BODY)).toBe(real.parentElement);
  });

  it('a sender element inside a body of any alternative, or in the body the walk starts from, never counts', () => {
    const bodies: Selectors = [
      { css: '[id^="UniqueMessageBody"]', note: 'test' },
      { css: '[role="document"]', note: 'test' },
    ];
    const doc = page(`<div id="m"><button aria-label="Fra: Mallory">Mallory</button><div id="UniqueMessageBody_1">
      <div role="document"><span aria-label="Fra: Bo" title="bo@randers.dk">Bo</span></div></div></div>`);
    const m = doc.getElementById('m')!;
    expect(headerElements(m, FROM, bodies).map((e) => e.textContent)).toEqual(['Mallory']);
    const doc2 = page('<div id="UniqueMessageBody_1"><span aria-label="Fra: Bo" title="bo@randers.dk">Bo</span> x</div>');
    expect(headerElements(doc2.getElementById('UniqueMessageBody_1')!, FROM, BODY)).toEqual([]);
  });
});

/** An Outlook page whose sender shows a name only; `onClick` runs after a click on it (a card opening). */
function nameOnlyPage(onClick: (doc: Document, trigger: HTMLElement) => void, extra = '') {
  const doc = page(`<div role="main">${SUBJECT}<div role="listitem"><button id="from" aria-label="Fra: Bo Berg" ${extra}>Bo Berg</button>
    <div id="UniqueMessageBody_1">Jeg godkender min IKU version 1.</div></div></div>`);
  const trigger = doc.getElementById('from')!;
  trigger.addEventListener('click', () => setTimeout(() => onClick(doc, trigger), 50));
  return doc;
}
const dialog = (doc: Document, html: string, id?: string, where: Element = doc.body) => {
  const el = doc.createElement('div');
  el.setAttribute('role', 'dialog');
  if (id) el.id = id;
  el.innerHTML = html;
  where.append(el);
  return el;
};

describe('defect 3: the contact card is the one the click opened, or nothing', () => {
  it('a notification or hover card that is not tied to the sender is not read', async () => {
    const doc = nameOnlyPage((d) => dialog(d, '<div>Ny mail</div><a href="mailto:mallory@evil.example">mallory@evil.example</a>'));
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: '', fromProblem: 'none' });
  });

  it('two new dialogs at once: refused, even when one is the card', async () => {
    const doc = nameOnlyPage((d) => {
      dialog(d, '<div>Bo Berg</div><a href="mailto:bo@randers.dk">bo@randers.dk</a>');
      dialog(d, '<a href="mailto:mallory@evil.example">mallory@evil.example</a>');
    });
    expect(await readOpenMailResolved(outlook, doc, true)).toMatchObject({ from: '', fromProblem: 'none' });
  });

  it('a card showing the name, or named by the trigger (aria-controls), is read', async () => {
    const byName = nameOnlyPage((d) => dialog(d, '<div>Bo Berg</div><a href="mailto:bo@randers.dk">bo@randers.dk</a>'));
    expect(await readOpenMailResolved(outlook, byName, true)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null });
    const byId = nameOnlyPage(
      (d) => dialog(d, '<div>Berg, Bo</div><a href="mailto:bo@randers.dk">bo@randers.dk</a>', 'card-1'),
      'aria-controls="card-1"',
    );
    expect(await readOpenMailResolved(outlook, byId, true)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null });
  });

  it('a new dialog inside a message body is not the card', async () => {
    const doc = nameOnlyPage((d) =>
      dialog(d, '<div>Bo Berg</div><a href="mailto:mallory@evil.example">x</a>', undefined, d.getElementById('UniqueMessageBody_1')!),
    );
    const trigger = doc.getElementById('from')!;
    expect(await readPopupCard(trigger, [{ css: '[role="dialog"]', note: 'test' }], elementAddresses, 300, BODY)).toBeNull();
  });

  it('Escape goes to the card, not to the whole page; a card opening after the time limit is closed too', async () => {
    const targets: string[] = [];
    const doc = nameOnlyPage((d) => {
      const card = dialog(d, '<div>Bo Berg</div><a href="mailto:bo@randers.dk">bo@randers.dk</a>');
      card.addEventListener('keydown', () => card.remove());
    });
    doc.addEventListener('keydown', (e) => targets.push((e.target as Element).nodeName ?? 'document'));
    const card: Selectors = [{ css: '[role="dialog"]', note: 'test' }];
    const trigger = doc.getElementById('from')!;
    expect(await readPopupCard(trigger, card, (c) => elementAddresses(c)[0] ?? null)).toBe('bo@randers.dk');
    expect(targets).toEqual(['DIV']);
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
    // Too late for the 20 ms limit: not read, but closed when it shows.
    expect(await readPopupCard(trigger, card, (c) => elementAddresses(c)[0] ?? null, 20)).toBeNull();
    await new Promise((ok) => setTimeout(ok, 400));
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe('defect 7: a tooltip repeating the shown text is not an address', () => {
  it('title equal to the shown text gives nothing; a title that differs, <…>, email and mailto still do', () => {
    const doc = page(`<span id="a" title="bo@randers.dk">bo@randers.dk</span><span id="b" title="bo@randers.dk">Bo Berg</span>
      <span id="c" title=" bo@randers.dk ">bo@randers.dk </span><span id="d" email="bo@randers.dk">bo@randers.dk</span>`);
    const el = (id: string) => doc.getElementById(id)!;
    expect(senderOf([el('a')])).toEqual({ from: '', fromProblem: 'none' });
    expect(senderOf([el('c')])).toEqual({ from: '', fromProblem: 'none' });
    expect(senderOf([el('b')])).toEqual({ from: 'bo@randers.dk', fromProblem: null });
    expect(senderOf([el('d')])).toEqual({ from: 'bo@randers.dk', fromProblem: null });
  });

  it('in Outlook: a sender shown as its address with the same tooltip is no sender', () => {
    const doc = page(`<div role="main">${SUBJECT}<div><button aria-label="Fra: bo@randers.dk" title="bo@randers.dk">bo@randers.dk</button>
      <div id="UniqueMessageBody_1">x</div></div></div>`);
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: '', fromProblem: 'none' });
  });
});

describe('defect 8: shown means rendered, not aria', () => {
  it('an aria-hidden app root (behind a modal layer) still shows its message', () => {
    const doc = page(`<div aria-hidden="true"><div role="main"><h2 class="hP">Emne</h2>
      <div class="adn" data-message-id="#1"><span class="gD" email="bo@randers.dk" name="Bo">Bo</span><div class="ii gt"><div class="a3s">x</div></div></div></div></div>`);
    expect(isShown(doc.querySelector('.a3s')!)).toBe(true);
    expect(gmail.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', subject: 'Emne' });
  });

  it('hidden attribute and display:none are still not shown', () => {
    const doc = page('<div hidden><p id="a">x</p></div><div style="display: none"><p id="b">x</p></div>');
    expect(isShown(doc.getElementById('a')!)).toBe(false);
    expect(isShown(doc.getElementById('b')!)).toBe(false);
  });
});

describe('defect 9: day and month order comes from the locale, never the clock', () => {
  const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

  it('en-GB with a 12-hour clock is day first', () => {
    expect(parseShownDate('Thu 10/12/2026 9:12 AM', 'en-GB')).toBe(at(2026, 12, 10, 9, 12));
  });

  it('en-US is month first, with or without a 12-hour clock', () => {
    expect(parseShownDate('Thu 12/10/2026 9:12 AM', 'en-US')).toBe(at(2026, 12, 10, 9, 12));
    expect(parseShownDate('12/10/2026 21:12', 'en-US')).toBe(at(2026, 12, 10, 21, 12));
  });

  it('without locale evidence, or with a bare "en", an ambiguous slash date is null', () => {
    expect(parseShownDate('Thu 10/12/2026 9:12 AM')).toBeNull();
    expect(parseShownDate('Thu 10/12/2026 9:12 AM', 'en')).toBeNull();
    expect(parseShownDate('Thu 10/12/2026 9:12 AM', 'xx-invalid-')).toBeNull();
  });

  it('a number over 12 still decides; a month-first locale makes dashes ambiguous', () => {
    expect(parseShownDate('25/12/2026 09:12')).toBe(at(2026, 12, 25, 9, 12));
    expect(parseShownDate('12/25/2026 9:12 PM')).toBe(at(2026, 12, 25, 21, 12));
    expect(parseShownDate('to 10-12-2026 09:12', 'da-DK')).toBe(at(2026, 12, 10, 9, 12));
    expect(parseShownDate('10-12-2026 09:12', 'en-US')).toBeNull();
  });
});
