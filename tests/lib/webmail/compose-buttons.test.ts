import { describe, expect, it } from 'vitest';
import { watchCompose } from '../../../lib/webmail/compose-watch';
import { findFirst } from '../../../lib/webmail/dom';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';
import type { WebmailAdapter } from '../../../lib/webmail/types';
import { fixturePage } from './fixture-page';

// The consent round's Send and Discard (compose-watch.ts) on the compose fixtures, which model the
// buttons as the sources show them (see each fixture's comment): a click on the compose's own Send,
// then the compose closing, is "sent"; on its Discard "discarded"; on the arrow beside Send
// ("More send options") nothing we count.

/** Clicks `button` inside the fixture's first compose, closes the compose, and says what the watch saw. */
function afterClickOn(adapter: WebmailAdapter, doc: Document, button: Element | null) {
  const root = adapter.findComposes(doc)[0]!.root;
  const watch = watchCompose(root, { send: adapter.sendButton!, discard: adapter.discardButton! });
  expect(watch.state()).toBe('open');
  expect(button).not.toBeNull();
  expect(root.contains(button)).toBe(true);
  // The page's own Event (linkedom's), as the page would dispatch it.
  const PageEvent = (doc.defaultView as unknown as typeof globalThis).Event;
  button!.dispatchEvent(new PageEvent('click', { bubbles: true }));
  root.remove();
  return watch.state();
}

describe("the new Outlook compose: Send is the split button's primary action, Discard its own button", () => {
  const page = () => fixturePage('outlook/compose.html');

  it("finds Send by data-testid and the primary button's id, in any language", () => {
    const doc = page();
    const send = findFirst(doc, outlook.sendButton!);
    expect(send?.id).toMatch(/^splitButton-.+__primaryActionButton$/);
    // The English label gone (a Danish Outlook): the id still finds it.
    send!.setAttribute('aria-label', 'Send (dansk ukendt)');
    send!.removeAttribute('title');
    expect(findFirst(doc, outlook.sendButton!)).toBe(send);
  });

  it('counts a click on Send, then the compose closing, as sent', () => {
    const doc = page();
    expect(afterClickOn(outlook, doc, doc.querySelector('[data-testid="ComposeSendButton"] [aria-label="Send"]'))).toBe('sent');
  });

  it('does not count the "More send options" arrow beside Send', () => {
    const doc = page();
    expect(afterClickOn(outlook, doc, doc.querySelector('[aria-label="More send options"]'))).toBe('unsure');
  });

  it('counts a click on Discard (#discardCompose), then the compose closing, as discarded', () => {
    const doc = page();
    expect(afterClickOn(outlook, doc, doc.querySelector('[aria-label="Discard"]'))).toBe('discarded');
  });
});

describe('the Gmail compose: Send and Discard in the footer, any language', () => {
  const page = () => fixturePage('gmail/compose.html');

  it('finds Send and Discard by their place, not their English tooltips', () => {
    const doc = page();
    for (const el of doc.querySelectorAll('[data-tooltip]')) el.removeAttribute('data-tooltip');
    expect(findFirst(doc, gmail.sendButton!)?.textContent?.trim()).toBe('Send');
    expect(findFirst(doc, gmail.discardButton!)?.getAttribute('aria-label')).toMatch(/^Discard draft/);
  });

  it('counts a click on Send as sent, on the arrow beside it as nothing, on Discard as discarded', () => {
    const sendOf = (doc: Document) => [...doc.querySelectorAll('[role="button"]')].find((b) => b.textContent?.trim() === 'Send') ?? null;
    let doc = page();
    expect(afterClickOn(gmail, doc, sendOf(doc))).toBe('sent');
    doc = page();
    expect(afterClickOn(gmail, doc, doc.querySelector('[aria-label="More send options"]'))).toBe('unsure');
    doc = page();
    expect(afterClickOn(gmail, doc, doc.querySelector('[aria-label^="Discard draft"]'))).toBe('discarded');
  });
});

describe('the new Outlook To field holds its pills as roosterjs entities', () => {
  it('reads each pill once by its aria-label, and no typed text from the zero-width delimiters', () => {
    const doc = fixturePage('outlook/compose.html', { to: 'anne@randers.dk,extern@example.com' });
    const compose = outlook.findComposes(doc)[0]!;
    expect(compose.to!.querySelectorAll('._EType_RECIPIENT_ENTITY')).toHaveLength(2);
    expect(outlook.recipientsShown(compose)).toEqual(['anne@randers.dk', 'extern@example.com']);
  });

  it('takes the address from the aria-label where the pill shows a name', () => {
    const doc = fixturePage('outlook/compose.html', { to: 'anne@randers.dk' });
    const pill = doc.querySelector('._EType_RECIPIENT_ENTITY')!;
    pill.firstElementChild!.textContent = 'Anne Ærø';
    expect(outlook.recipientsShown(outlook.findComposes(doc)[0]!)).toEqual(['anne@randers.dk']);
  });

  it('takes no label that holds no address (a presence status and a name) over the address the pill shows', () => {
    const doc = fixturePage('outlook/compose.html', { to: 'anne@randers.dk' });
    const pill = doc.querySelector('._EType_RECIPIENT_ENTITY')!;
    pill.setAttribute('aria-label', 'Tilgængelig Anne Ærø');
    pill.removeAttribute('title');
    expect(outlook.recipientsShown(outlook.findComposes(doc)[0]!)).toEqual(['anne@randers.dk']);
  });
});
