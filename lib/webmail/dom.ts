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

/** The elements no other element of the list holds: a body imitated inside a body is not a second body. */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** Every element matching any alternative, `root` itself included (querySelectorAll leaves the root out). */
function everyMatch(root: ParentNode, selectors: Selectors): Element[] {
  const self = 'matches' in root && selectors.some(({ css }) => (root as Element).matches(css)) ? [root as Element] : [];
  return [...new Set([...self, ...selectors.flatMap(({ css }) => [...root.querySelectorAll(css)])])];
}

/**
 * Sender elements in a message's header: not inside any body (a mail's own HTML can imitate a
 * header with a title or a label; every alternative counts, and `root` itself when it is a body)
 * and not around one (its text would include the mail's text).
 */
export function headerElements(root: ParentNode, senders: Selectors, bodies: Selectors): Element[] {
  const inRoot = everyMatch(root, bodies);
  return findAll<Element>(root, senders, (s) => !inRoot.some((b) => b.contains(s) || s.contains(b)));
}

/**
 * The element holding the one message whose body this is: the nearest ancestor (of the outermost
 * body around `body`) that also holds a header sender element, provided it holds exactly one
 * sender, no other body, and the sender is not in a row like the body's (rowsAlike). One message
 * has one sender; an ancestor failing this is the conversation, whose collapsed rows show senders
 * but no bodies, and the caller must say it found none rather than read another message's sender.
 */
export function messageOf(body: Element, senders: Selectors, bodies: Selectors): Element | null {
  let start = body;
  for (let el = body.parentElement; el; el = el.parentElement) if (bodies.some(({ css }) => el.matches(css))) start = el;
  for (let el = start.parentElement; el; el = el.parentElement) {
    const found = outermost(headerElements(el, senders, bodies));
    if (found.length === 0) continue;
    if (found.length > 1 || outermost(everyMatch(el, bodies)).length !== 1) return null;
    return rowsAlike(el, found[0]!, start) ? null : el;
  }
  return null;
}

/**
 * Whether the sender and the body sit in children of `el` of the same kind (same tag and role, or
 * same tag and class without a role): then they are two rows of a conversation, a collapsed
 * message's sender above a message whose own sender we did not find, not one message's header
 * and body.
 */
function rowsAlike(el: Element, sender: Element, body: Element): boolean {
  const rowOf = (x: Element) => [...el.children].find((c) => c.contains(x));
  const kind = (c: Element) => {
    const role = c.getAttribute('role');
    return role ? `${c.tagName}|role=${role}` : `${c.tagName}|class=${c.getAttribute('class') ?? ''}`;
  };
  const [a, b] = [rowOf(sender), rowOf(body)];
  return a !== undefined && b !== undefined && a !== b && kind(a) === kind(b);
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

// Rendered or not, never aria: a modal layer sets aria-hidden on the app root behind it, and the
// composes and messages there are still on screen.
const HIDDEN = '[hidden], [style*="display: none"], [style*="display:none"]';

/**
 * Whether the page shows the element: Gmail keeps old threads in the DOM, hidden. Uses the
 * browser's own check where there is one (it sees stylesheet rules, visibility and whether the
 * element has a box at all), else the markup's.
 */
export function isShown(el: Element): boolean {
  if (el.closest(HIDDEN)) return false;
  const check = (el as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  // visibilityProperty is the newer name of checkVisibilityCSS; browsers ignore the one they do not know.
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true, checkVisibilityCSS: true }) : true;
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

/** Text as a reader sees it: runs of white space one space. */
const shownText = (text: string | null) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Whether `card` belongs to `trigger`: the trigger names it (aria-controls or aria-owns holds its
 * id, or the card is labelled by the trigger), or the card shows the trigger's own name as a line
 * or as its label. aria-haspopup names no element, so it ties nothing.
 */
function tiedTo(card: Element, trigger: Element): boolean {
  const ids = (el: Element, attr: string) => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
  if (card.id && ['aria-controls', 'aria-owns'].some((a) => ids(trigger, a).includes(card.id))) return true;
  if (trigger.id && ids(card, 'aria-labelledby').includes(trigger.id)) return true;
  const name = shownText(trigger.textContent);
  if (name.length < 2) return false;
  if (shownText(card.getAttribute('aria-label')) === name) return true;
  return [card, ...card.querySelectorAll('*')].some((el) => el.children.length === 0 && shownText(el.textContent) === name);
}

/**
 * Clicks `trigger`, waits for the card it opens and for `read` to find what it wants there (a card
 * may fill in after it opens; `read` gives null until then), then closes the card with Escape sent
 * to the card. The card must be the only element of `card` that was not in the page before the
 * click (a notification or hover card appearing at the same time makes it uncertain), not inside
 * an element of `bodies` (a mail's own HTML cannot pass for it), and tied to the trigger (tiedTo).
 * Null when no such card, or nothing readable in it, appeared within `timeoutMs`: never a guess.
 */
export async function readPopupCard<R>(
  trigger: HTMLElement,
  card: Selectors,
  read: (card: Element) => R | null,
  timeoutMs = 3000,
  bodies: Selectors = [],
): Promise<R | null> {
  const doc = trigger.ownerDocument;
  const cards = () => card.flatMap(({ css }) => [...doc.querySelectorAll(css)]);
  const before = new Set(cards());
  const inBody = (el: Element) => bodies.some(({ css }) => el.closest(css) !== null);
  /** The one new card tied to the trigger, or null while there is none or more than one new. */
  const theCard = () => {
    const fresh = [...new Set(cards())].filter((el) => !before.has(el) && isShown(el));
    const only = fresh.length === 1 ? fresh[0]! : null;
    return only && !inBody(only) && tiedTo(only, trigger) ? only : null;
  };
  trigger.click();
  let seen: Element | null = null;
  let result: R | null = null;
  for (let waited = 0; result === null && waited <= timeoutMs; waited += 50) {
    const found = theCard();
    seen = found ?? seen;
    result = found && read(found);
    if (result === null) await wait(50);
  }
  if (seen?.isConnected) seen.dispatchEvent(escapeKey(doc));
  // A card that opens after the limit would stay open over the mail: closed when it shows, for as long again.
  else void closeLate(theCard, doc, timeoutMs);
  return result;
}

async function closeLate(theCard: () => Element | null, doc: Document, timeoutMs: number): Promise<void> {
  for (let waited = 0; waited <= timeoutMs; waited += 100) {
    const late = theCard();
    if (late) return void late.dispatchEvent(escapeKey(doc));
    await wait(100);
  }
}

/** An Escape key press, as the page's own handlers see it (a plain event in DOMs without KeyboardEvent). */
function escapeKey(doc: Document): Event {
  const init = { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true };
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.KeyboardEvent) return new view.KeyboardEvent('keydown', init);
  return Object.assign(new (view?.Event ?? Event)('keydown', init), { key: 'Escape' });
}
