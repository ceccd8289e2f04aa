import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../../lib/messaging/protocol';
import { parseReply } from '../../../lib/messaging/protocol-map';
import { pickCompose, rememberFocus, showsAttachment, showsText } from '../../../lib/webmail/compose';
import { fillCompose } from '../../../lib/webmail/fill';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';
import type { WebmailAdapter } from '../../../lib/webmail/types';

// The compose fixtures as the page serves them, before their scripts run (Node has no layout or
// editing commands: typing and dropping are tested in Chromium, tests/e2e/webmail.spec.ts). What
// the scripts would add (pills, chips, a second compose) is added here the same way.
const fixture = (path: string): Document => parseHTML(readFileSync(`tests/fixtures/${path}`, 'utf8')).document as unknown as Document;
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="da"><body>${body}</body></html>`).document as unknown as Document;

const mail: OutgoingMail = {
  to: ['anne@randers.dk', 'bo@randers.dk'],
  subject: 'Invitation til TUS',
  body: [{ kind: 'p', text: 'Kære alle' }],
  attachments: [{ name: 'Guide.pdf', type: 'application/pdf', base64: '' }],
};

/** A second compose, as the fixture's ?composes=2 makes it. */
function secondCompose(doc: Document, selector: string): HTMLElement {
  const first = doc.querySelector<HTMLElement>(selector)!;
  const second = first.cloneNode(true) as HTMLElement;
  second.setAttribute('data-compose', '2');
  first.after(second);
  return second;
}

/**
 * An Outlook pill as the fixture (and roosterjs) makes it: a read-only entity inside the To field,
 * between delimiters holding a zero-width space; its aria-label the address where Outlook gives one.
 */
function outlookPill(doc: Document, text: string, label?: string) {
  const pill = doc.createElement('span');
  pill.className = '_Entity _EType_RECIPIENT_ENTITY _EReadonly_1';
  pill.setAttribute('contenteditable', 'false');
  if (label) pill.setAttribute('aria-label', label);
  const shown = doc.createElement('span');
  shown.textContent = text;
  pill.append(shown);
  const delimiter = () => {
    const span = doc.createElement('span');
    span.textContent = '\u200b';
    return span;
  };
  doc.querySelector('.to')!.append(delimiter(), pill, delimiter());
}

/** A Gmail chip as the fixture (and Gmail, per InboxSDK) makes it. */
function gmailChip(doc: Document, address: string) {
  const chip = doc.createElement('div');
  chip.setAttribute('role', 'option');
  chip.setAttribute('data-name', address);
  chip.setAttribute('data-hovercard-id', address);
  chip.textContent = address;
  doc.querySelector('.chips')!.append(chip);
}

describe('fillCompose when it cannot fill', () => {
  it('on a page no adapter knows: a key, not a Danish sentence', async () => {
    const result = await fillCompose(null, page('<main></main>'), mail);
    expect(result.problems).toEqual([{ key: 'fill.notWebmail' }]);
    expect(parseReply('tus.fillCompose', result)).toEqual(result);
  });

  it('with no compose window open: a key, and every attachment left to attach by hand', async () => {
    const result = await fillCompose(outlook, page('<div role="main"></div>'), mail);
    expect(result).toMatchObject({ ok: false, problems: [{ key: 'fill.noCompose' }], notAttached: ['Guide.pdf'] });
    expect(parseReply('tus.fillCompose', result)).toEqual(result);
  });
});

describe('the new Outlook compose (notes 2026-11)', () => {
  it('finds To without a role, the 2026 subject label and the body label with its keyboard hint, all inside one compose', () => {
    const doc = fixture('outlook/compose.html');
    const [compose, ...more] = outlook.findComposes(doc);
    expect(more).toEqual([]);
    expect(compose!.root.getAttribute('class')).toBe('compose');
    expect(compose!.to?.getAttribute('aria-label')).toBe('To');
    expect(compose!.to?.hasAttribute('role')).toBe(false);
    expect(compose!.subject?.getAttribute('aria-label')).toBe('Subject');
    expect(compose!.body?.getAttribute('aria-label')).toMatch(/^Message body, /);
  });

  it('finds the subject by the placeholder the older label kept, and by its MSG_…_SUBJECT id in any language', () => {
    const doc = fixture('outlook/compose.html');
    const subject = doc.querySelector('.subject')!;
    subject.removeAttribute('aria-label');
    expect(outlook.findComposes(doc)[0]!.subject).toBe(subject);
    subject.setAttribute('placeholder', 'Betreff hinzufügen');
    expect(outlook.findComposes(doc)[0]!.subject).toBeNull();
    subject.setAttribute('id', 'MSG_7_SUBJECT');
    expect(outlook.findComposes(doc)[0]!.subject).toBe(subject);
  });

  it('finds the Danish variant (labels unconfirmed, so only fallbacks): To with a role, the body', () => {
    const doc = fixture('outlook/compose.html');
    doc.querySelector('.to')!.setAttribute('aria-label', 'Til');
    doc.querySelector('.to')!.setAttribute('role', 'textbox');
    doc.querySelector('.body')!.setAttribute('aria-label', 'Meddelelsestekst, tryk på Alt+F10 for at afslutte');
    const compose = outlook.findComposes(doc)[0]!;
    expect(compose.to).toBe(doc.querySelector('.to'));
    expect(compose.body).toBe(doc.querySelector('.body'));
  });

  it('reads what To holds: pills by their address, or by the name a colleague is shown with', () => {
    const doc = fixture('outlook/compose.html');
    outlookPill(doc, 'extern@example.com', 'extern@example.com');
    outlookPill(doc, 'Anne Ærø');
    expect(outlook.recipientsShown(outlook.findComposes(doc)[0]!)).toEqual(['extern@example.com', 'Anne Ærø']);
  });

  it('asks before replacing what To holds, and writes nothing until the leader says yes', async () => {
    const doc = fixture('outlook/compose.html');
    outlookPill(doc, 'extern@example.com', 'extern@example.com');
    const before = doc.body.innerHTML;
    const result = await fillCompose(outlook, doc, mail);
    expect(result).toMatchObject({ ok: false, to: false, toHolds: ['extern@example.com'] });
    expect(result.problems).toEqual([{ key: 'fill.toHolds', params: { addresses: 'extern@example.com' } }]);
    expect(doc.body.innerHTML).toBe(before);
    expect(parseReply('tus.fillCompose', result)).toEqual(result);
  });

  it('remembers the compose the leader was in while our button and panel frame take focus', () => {
    const doc = fixture('outlook/compose.html');
    const second = secondCompose(doc, '.compose');
    // Our button's host and, beside it, WXT's wrapper with our panel's frame.
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<tus-assistent-button></tus-assistent-button><div><iframe src="chrome-extension://abc/overlay.html"></iframe></div>',
    );
    const button = doc.querySelector('tus-assistent-button')!;
    const frame = doc.querySelector('iframe')!;
    const focus = rememberFocus(doc);
    const focusIn = (el: Element) =>
      el.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('focusin', { bubbles: true }));
    focusIn(second.querySelector('.subject')!);
    focusIn(button);
    focusIn(frame);
    expect(pickCompose(outlook.findComposes(doc), focus.last())).toEqual({ compose: outlook.findComposes(doc)[1] });
    focusIn(doc.querySelector('[role="navigation"] button')!);
    expect(pickCompose(outlook.findComposes(doc), focus.last())).toEqual({ problem: 'fill.severalComposes' });
    focus.stop();
  });

  it('with two composes open: the one holding focus, else none and a message', async () => {
    const doc = fixture('outlook/compose.html');
    const second = secondCompose(doc, '.compose');
    const composes = outlook.findComposes(doc);
    expect(composes.map((c) => c.root)).toEqual([doc.querySelector('.compose'), second]);
    expect(composes[1]!.body).toBe(second.querySelector('.body'));
    expect(pickCompose(composes, second.querySelector('.subject'))).toEqual({ compose: composes[1] });
    expect(pickCompose(composes, doc.querySelector('[role="navigation"] button'))).toEqual({ problem: 'fill.severalComposes' });
    const before = doc.body.innerHTML;
    const result = await fillCompose(outlook, doc, mail);
    expect(result.problems).toEqual([{ key: 'fill.severalComposes' }]);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('classic OWA 2016/2019 (notes 2026-11)', () => {
  it('finds To and "Subject," (with the comma), not Cc', () => {
    const compose = outlook.findComposes(fixture('owa/compose.html'))[0]!;
    expect(compose.to?.id).toBe('to');
    expect(compose.subject?.id).toBe('subject');
    expect(compose.body?.id).toBe('body');
  });

  it('reads the addresses typed in To', () => {
    const doc = fixture('owa/compose.html');
    doc.querySelector('#to')!.setAttribute('value', 'extern@example.com; ');
    expect(outlook.recipientsShown(outlook.findComposes(doc)[0]!)).toEqual(['extern@example.com']);
  });
});

describe('the Gmail compose (notes 2026-11)', () => {
  it('scopes to the [role=dialog], not to the metadata form around the subject, which does not hold the body', () => {
    const doc = fixture('gmail/compose.html');
    const compose = gmail.findComposes(doc)[0]!;
    expect(compose.root.getAttribute('role')).toBe('dialog');
    expect(compose.subject?.closest('form')?.contains(compose.body)).toBe(false);
    expect(compose.body?.getAttribute('g_editable')).toBe('true');
    expect(compose.to?.getAttribute('role')).toBe('combobox');
    expect(compose.to?.closest('div[name="to"]')).not.toBeNull();
  });

  it('reads the chips by their address', () => {
    const doc = fixture('gmail/compose.html');
    gmailChip(doc, 'extern@example.com');
    expect(gmail.recipientsShown(gmail.findComposes(doc)[0]!)).toEqual(['extern@example.com']);
  });

  it('a To that already holds exactly our recipients is not asked about again', async () => {
    const doc = fixture('gmail/compose.html');
    for (const a of mail.to) gmailChip(doc, a);
    doc.querySelector('.body')!.textContent = 'Kære alle'; // and the body too: not inserted twice
    const result = await fillCompose(gmail, doc, { ...mail, attachments: [] }, { bodyWaitMs: 0 });
    expect(result.toHolds).toBeUndefined();
    expect(result.to).toBe(true);
  });

  it('with two compose windows: the focused one; with none focused, nothing', async () => {
    const doc = fixture('gmail/compose.html');
    const second = secondCompose(doc, '[role="dialog"]');
    const composes = gmail.findComposes(doc);
    expect(composes).toHaveLength(2);
    expect(pickCompose(composes, second.querySelector('.body'))).toEqual({ compose: composes[1] });
    expect((await fillCompose(gmail, doc, mail)).problems).toEqual([{ key: 'fill.severalComposes' }]);
  });
});

describe('checking what the page shows', () => {
  /** Outlook's adapter with its editor replaced: one that inserts after `delay`, or never. */
  const editorInserting = (delay: number | null): WebmailAdapter => ({
    ...outlook,
    insertBody(body) {
      if (delay !== null) setTimeout(() => body.append(body.ownerDocument.createTextNode('Kære alle')), delay);
    },
    attachFiles: async () => false,
  });
  const bodyOnly = { ...mail, to: [] };

  it('reports the body ✓ only once the editor shows the text, which it may insert later', async () => {
    const result = await fillCompose(editorInserting(300), fixture('outlook/compose.html'), bodyOnly, { bodyWaitMs: 2000, filesWaitMs: 0 });
    expect(result.body).toBe(true);
  });

  it('reports the body ✗ with what to do when the text never appears', async () => {
    const result = await fillCompose(editorInserting(null), fixture('outlook/compose.html'), bodyOnly, { bodyWaitMs: 200, filesWaitMs: 0 });
    expect(result.body).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ key: 'fill.bodyNotShown' });
  });

  it('offers the files as downloads, and says so, when no drop target takes them', async () => {
    const result = await fillCompose(editorInserting(0), fixture('outlook/compose.html'), bodyOnly, { filesWaitMs: 0 });
    expect(result).toMatchObject({ attached: [], notAttached: ['Guide.pdf'] });
    expect(result.problems).toContainEqual({ key: 'fill.filesNotTaken', params: { names: 'Guide.pdf' } });
  });

  it('counts an attachment card outside the editor, never the file name written in the mail', () => {
    const doc = fixture('outlook/compose.html');
    const compose = outlook.findComposes(doc)[0]!;
    compose.body!.append(doc.createTextNode('Se Guide.pdf'));
    expect(showsAttachment(compose, 'Guide.pdf')).toBe(false);
    const card = doc.createElement('div');
    card.setAttribute('title', 'Guide.pdf');
    doc.querySelector('.attachments')!.append(card);
    expect(showsAttachment(compose, 'Guide.pdf')).toBe(true);
  });

  it('compares text as shown: first and last line, white space and bullets aside', () => {
    const doc = page('<div id="b"><p>Kære  alle</p><ul><li>Punkt</li></ul><p>Venlig hilsen</p></div>');
    const el = doc.getElementById('b')!;
    expect(showsText(el, 'Kære alle\n\n• Punkt\n\nVenlig hilsen')).toBe(true);
    expect(showsText(el, 'Kære alle\n\nMed venlig hilsen Lene')).toBe(false);
  });
});
