// Shared DOM steps of the webmail adapters. Each adapter names its own selectors; these helpers
// find, focus, check focus, and insert in the ways the hosts' editors accept.

/** A named list of alternatives, tried in order; each entry says which host version it matches. */
export type Selectors = readonly { css: string; note: string }[];

export function findFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: Selectors): T | null {
  for (const { css } of selectors) {
    const found = root.querySelector<T & Element>(css);
    if (found) return found;
  }
  return null;
}

/** Every element (that `keep` accepts) matching the first alternative that matches any, in document order. */
export function findAll<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: Selectors,
  keep: (el: T) => boolean = () => true,
): T[] {
  for (const { css } of selectors) {
    const found = [...root.querySelectorAll<T & Element>(css)].filter(keep);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Sender elements in a message's header: not inside a body (a mail's own HTML can imitate a header
 * with a title or a label) and not around one (its text would include the mail's text).
 */
export function headerElements(root: ParentNode, senders: Selectors, bodies: Selectors): Element[] {
  const inRoot = findAll<Element>(root, bodies);
  return findAll<Element>(root, senders, (s) => !inRoot.some((b) => b.contains(s) || s.contains(b)));
}

/**
 * The element holding the one message whose body this is: the nearest ancestor that also holds a
 * header sender element, provided it holds no other body (else that sender may be another
 * message's, and the caller must say it found none).
 */
export function messageOf(body: Element, senders: Selectors, bodies: Selectors): Element | null {
  for (let el = body.parentElement; el; el = el.parentElement) {
    if (headerElements(el, senders, bodies).length === 0) continue;
    return findAll<Element>(el, bodies).length === 1 ? el : null;
  }
  return null;
}

/** Focuses the element and confirms it has focus: we never type into a field we did not mean. */
export function focusExactly(el: HTMLElement): boolean {
  el.focus();
  const active = el.ownerDocument.activeElement;
  return active === el || (active !== null && el.contains(active));
}

/** Moves the caret to the start of an editor, so our text goes before the signature. */
export function caretToStart(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const range = doc.createRange();
  range.setStart(el, 0);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Types text as the browser would (input events fire, host frameworks notice); no HTML involved. */
export function typeText(el: HTMLElement, text: string, replace: boolean): boolean {
  if (!focusExactly(el)) return false;
  if (replace) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
    else el.ownerDocument.execCommand('selectAll');
  }
  if (el.ownerDocument.execCommand('insertText', false, text)) return true;
  // Fallback for editors that ignore execCommand: set the value the way frameworks watch it.
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
    setter?.call(el, replace ? text : el.value + text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return false;
}

/** A paste event carrying HTML and text; true when the host's editor took it (preventDefault). */
export function pasteHtml(el: HTMLElement, html: string, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Drops files on a target; true when the host accepted the drop (called preventDefault). */
export function dropFiles(target: HTMLElement, files: File[]): boolean {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  for (const type of ['dragenter', 'dragover'])
    target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
  target.dispatchEvent(drop);
  return drop.defaultPrevented;
}

/** A date the page gives in machine form (datetime or data attribute); null when it shows only words. */
export function machineDate(el: Element | null): number | null {
  const raw = el?.getAttribute('datetime') ?? el?.getAttribute('data-date') ?? null;
  const ms = raw ? Date.parse(raw) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

// ---------------------------------------------------------------------------------------------
// Reading (the read side's helpers; the compose helpers above belong to the compose side).

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';

/**
 * Whether the page shows the element: Gmail keeps old threads in the DOM, hidden. Uses the
 * browser's own check where there is one (it sees stylesheet rules too), else the markup's.
 */
export function isShown(el: Element): boolean {
  if (el.closest(HIDDEN)) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** The first element of the first alternative that has one `keep` accepts (findFirst with a filter). */
export function findFirstWhere<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: Selectors,
  keep: (el: T) => boolean,
): T | null {
  return findAll<T>(root, selectors, keep)[0] ?? null;
}

/** Which alternative of a group matches on the page, and how many elements: for the page check. */
export function matchOf(root: ParentNode, selectors: Selectors): { index: number; count: number } | null {
  for (const [index, { css }] of selectors.entries()) {
    const count = root.querySelectorAll(css).length;
    if (count > 0) return { index, count };
  }
  return null;
}

const wait = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Clicks `trigger`, waits for an element of `card` that was not in the page before the click
 * (a mail's own HTML cannot pass for it) and for `read` to find what it wants there (a card may
 * fill in after it opens; `read` gives null until then), then closes the card with Escape. Null
 * when no new card, or nothing readable in it, appeared within `timeoutMs`.
 */
export async function readPopupCard<R>(
  trigger: HTMLElement,
  card: Selectors,
  read: (card: Element) => R | null,
  timeoutMs = 3000,
): Promise<R | null> {
  const doc = trigger.ownerDocument;
  const cards = () => card.flatMap(({ css }) => [...doc.querySelectorAll(css)]);
  const before = new Set(cards());
  trigger.click();
  let found: Element | null = null;
  let result: R | null = null;
  for (let waited = 0; result === null && waited <= timeoutMs; waited += 50) {
    found = cards().find((el) => !before.has(el) && isShown(el)) ?? null;
    result = found && read(found);
    if (result === null) await wait(50);
  }
  if (found?.isConnected) found.dispatchEvent(escapeKey(doc));
  if (found?.isConnected) doc.dispatchEvent(escapeKey(doc));
  return result;
}

/** An Escape key press, as the page's own handlers see it (a plain event in DOMs without KeyboardEvent). */
function escapeKey(doc: Document): Event {
  const init = { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true };
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.KeyboardEvent) return new view.KeyboardEvent('keydown', init);
  return Object.assign(new (view?.Event ?? Event)('keydown', init), { key: 'Escape' });
}
