// The compose side's shared steps: which compose window to write to, and checking afterwards what
// the page shows (shared/notes/webmail-dom.md: "check after acting"). Each adapter names its own
// selectors; these helpers take them as arguments.
import { findAll, findFirst, isShown, outermost, type Selectors } from './dom';
import type { ComposeFields } from './types';

export const pause = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Polls `check` every 50 ms until it holds or `timeoutMs` has passed; true when it held. Timers
 * rather than animation frames: those stop in a background tab, and the editors we wait for
 * (roosterjs, Gmail's drop zone) work with timers and promises.
 */
export async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; ; waited += 50) {
    if (check()) return true;
    if (waited >= timeoutMs) return false;
    await pause(50);
  }
}

export interface ComposeSelectors {
  to: Selectors;
  subject: Selectors;
  body: Selectors;
  /** A container that is one compose window wherever it occurs (Gmail's `[role=dialog]`). */
  window?: string;
}

const shown = (el: HTMLElement) => isShown(el);

/**
 * The compose window around one editor: `window` if the webmail has one, else the nearest ancestor
 * that also holds a To or subject field. Starting from the body matters: Gmail's subject sits in a
 * form that does not hold the body, so a scope found from the subject would miss the body.
 */
function scopeOfBody(body: HTMLElement, sel: ComposeSelectors): HTMLElement | null {
  const win = sel.window ? body.closest<HTMLElement>(sel.window) : null;
  if (win) return win;
  for (let el = body.parentElement; el; el = el.parentElement) {
    if (findAll(el, sel.body, shown).length > 1) return null;
    if (findFirst(el, sel.to) || findFirst(el, sel.subject)) return el;
  }
  return null;
}

/** Without a body we can find (a changed editor), the window around a subject or To field. */
function scopeOfField(field: HTMLElement, sel: ComposeSelectors): HTMLElement | null {
  const win = sel.window ? field.closest<HTMLElement>(sel.window) : null;
  if (win) return win;
  const other = findFirst(field.ownerDocument, sel.to) === field ? sel.subject : sel.to;
  for (let el = field.parentElement; el; el = el.parentElement) if (findFirst(el, other)) return el;
  return field.parentElement;
}

/** Every compose window the page shows, each with its fields looked up inside it only. */
export function findComposeWindows(doc: Document, sel: ComposeSelectors): ComposeFields[] {
  const bodies = findAll(doc, sel.body, shown);
  const anchors = bodies.length ? bodies : findAll(doc, sel.subject, shown).concat(findAll(doc, sel.to, shown));
  const roots = new Set<HTMLElement>();
  for (const anchor of anchors) {
    const root = bodies.length ? scopeOfBody(anchor, sel) : scopeOfField(anchor, sel);
    if (root && ![...roots].some((r) => r.contains(root) || root.contains(r))) roots.add(root);
  }
  return [...roots].map((root) => ({
    root,
    to: findAll(root, sel.to, shown)[0] ?? null,
    subject: findAll(root, sel.subject, shown)[0] ?? null,
    body: findAll(root, sel.body, shown)[0] ?? null,
  }));
}

export type ComposeChoice = { compose: ComposeFields } | { problem: 'fill.noCompose' | 'fill.severalComposes' };

/**
 * Whether the element is something a person types into: a field, or inside an editable region.
 * By tag and attribute (the DOM's classes belong to the page's window, not ours in tests).
 */
function isEditable(el: Element): boolean {
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  const region = el.closest('[contenteditable], [role="textbox"], [role="combobox"]');
  return region !== null && region.getAttribute('contenteditable') !== 'false';
}

/**
 * The compose to write to: the one holding the element that last had focus in the page, or the
 * only one open when nothing editable has focus. Focus in an editor we did not find as a compose
 * (a compose the adapter could not scope) means the leader is writing elsewhere: the one we know
 * is not theirs to guess. With several open and none of them focused we do not guess either.
 */
export function pickCompose(composes: readonly ComposeFields[], focused: Element | null): ComposeChoice {
  const holding = focused ? composes.find((c) => c.root.contains(focused)) : undefined;
  if (holding) return { compose: holding };
  // Truthiness, not `!== null`: a DOM without focus tracking gives undefined for activeElement.
  const elsewhere = !!focused && focused !== focused.ownerDocument.body && isEditable(focused);
  if (composes.length === 1 && !elsewhere) return { compose: composes[0]! };
  return { problem: composes.length === 0 ? 'fill.noCompose' : 'fill.severalComposes' };
}

/** Is this element part of our own UI: the TUS button's host, or the frame of our panel (an extension page)? */
const ours = (el: Element) =>
  el.tagName.toLowerCase().startsWith('tus-assistent') || /^(chrome|moz)-extension:/.test(el.getAttribute('src') ?? '');

/**
 * Remembers which page element last had focus. Clicking our panel moves focus to our own frame,
 * so at fill time the page's activeElement is our button's host, not the compose the leader was in.
 */
export function rememberFocus(doc: Document): { last(): Element | null; stop(): void } {
  let last: Element | null = null;
  const onFocus = (e: Event) => {
    const target = e.target as Element | null;
    if (target && typeof target.tagName === 'string' && !ours(target)) last = target;
  };
  doc.addEventListener('focusin', onFocus, true);
  return {
    last() {
      const active = doc.activeElement;
      if (active && active !== doc.body && !ours(active)) return active;
      return last?.isConnected ? last : null;
    },
    stop: () => doc.removeEventListener('focusin', onFocus, true),
  };
}

/** Text as a reader sees it, for comparing: no-break spaces and runs of white space made one space. */
export const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Text reduced for finding it in an editor: no white space at all (an editor's paragraphs and
 * line breaks join in its text with none), no bullet marks (a list shows them as styling), no
 * invisible joiners an editor may add.
 */
const compact = (text: string) => text.replace(/[\s\u00a0\u200b-\u200d\ufeff•]+/g, '');

/**
 * How often the editor shows the whole text. Counted rather than looked for: the leader's name
 * and "Kære <name>" may already stand in the signature or a quoted earlier request.
 */
export function textCount(el: HTMLElement, text: string): number {
  const wanted = compact(text);
  if (!wanted) return 0;
  const shown = compact(el.textContent ?? '');
  let count = 0;
  for (let at = shown.indexOf(wanted); at !== -1; at = shown.indexOf(wanted, at + wanted.length)) count++;
  return count;
}

/**
 * Whether the editor shows the whole text more often than the `before` times it did before our
 * insert: checked rather than trusting an event, since roosterjs inserts after the paste.
 */
export function showsText(el: HTMLElement, text: string, before = 0): boolean {
  if (!compact(text)) return true;
  return textCount(el, text) > before;
}

/**
 * Whether the editor begins with the whole text: where our insert puts it (at the start, before
 * signature and quote), so the leader's second click finds it there; a quoted copy further down
 * (after the quote's "From:" line) does not count.
 */
export function leadsWithText(el: HTMLElement, text: string): boolean {
  const wanted = compact(text);
  return wanted !== '' && compact(el.textContent ?? '').startsWith(wanted);
}

/** An input or textarea (by tag: the DOM's classes belong to the page's window, not ours in tests). */
export const isTextField = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';

/** Whether a field shows exactly this value (an input's value, or an editable's text). */
export function showsValue(el: HTMLElement, value: string): boolean {
  const now = isTextField(el) ? el.value : (el.textContent ?? '');
  return squash(now) === squash(value);
}

/**
 * Whether the compose shows an attachment card for the file: an element outside the editor whose
 * text, title or label holds the file's name. Names only; webmails differ in everything else.
 */
export function showsAttachment(compose: ComposeFields, name: string): boolean {
  const inBody = (el: Element) => compose.body?.contains(el) ?? false;
  for (const el of compose.root.querySelectorAll('*')) {
    if (inBody(el) || el === compose.body) continue;
    const label = `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (label.includes(name)) return true;
    if (el.childElementCount === 0 && (el.textContent ?? '').includes(name)) return true;
  }
  return false;
}

/** A DataTransfer carrying the files, as a drag from the desktop would. */
function filesTransfer(files: readonly File[]): DataTransfer {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
}

const drag = (type: string, data: DataTransfer) => new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true });

/** Does the element take a drop? A drop target says so by cancelling dragover. */
export function takesDrop(target: HTMLElement, data: DataTransfer): boolean {
  const over = drag('dragover', data);
  target.dispatchEvent(over);
  return over.defaultPrevented;
}

/** Drops the files on a target that takes drops; true when the page handled the drop. */
export function dropOn(target: HTMLElement, files: readonly File[]): boolean {
  const data = filesTransfer(files);
  target.dispatchEvent(drag('dragenter', data));
  if (!takesDrop(target, data)) return false;
  const drop = drag('drop', data);
  target.dispatchEvent(drop);
  return drop.defaultPrevented;
}

/**
 * Whether `inner` lies on screen within `outer`. Gmail puts its drop zones at the end of the page
 * (`body > .aC7`), one over each open compose; InboxSDK picks the one inside the compose's
 * rectangle (gmail-compose-view, 2024–2026). No layout (tests in Node): never.
 */
function liesWithin(inner: Element, outer: Element): boolean {
  if (typeof inner.getBoundingClientRect !== 'function') return false;
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  const slack = 1;
  return (
    a.width > 0 &&
    a.height > 0 &&
    a.top >= b.top - slack &&
    a.left >= b.left - slack &&
    a.right <= b.right + slack &&
    a.bottom <= b.bottom + slack
  );
}

/**
 * Drags the files over the compose and drops them on the drop zone the page shows in answer: the
 * one new element that takes drops and is inside this compose or lies over it on screen (Gmail's
 * zone appears only after dragenter, at the page's end). Never another compose's zone: that would
 * put the files (an employee's IKU) into another draft. False when no such single zone appeared
 * within `timeoutMs`.
 */
export async function dropOnOwnZone(compose: ComposeFields, files: readonly File[], timeoutMs = 1500): Promise<boolean> {
  const doc = compose.root.ownerDocument;
  const data = filesTransfer(files);
  const before = new Set(doc.querySelectorAll('*'));
  compose.root.dispatchEvent(drag('dragenter', data));
  compose.root.dispatchEvent(drag('dragover', data));
  const ours = (el: Element) => compose.root.contains(el) || liesWithin(el, compose.root);
  const zone: { el?: HTMLElement } = {};
  await waitUntil(() => {
    const fresh = [...doc.querySelectorAll<HTMLElement>('*')].filter((el) => !before.has(el) && isShown(el) && ours(el));
    const zones = outermost(fresh.filter((el) => takesDrop(el, data)));
    zone.el = zones.length === 1 ? zones[0] : undefined;
    return zone.el !== undefined;
  }, timeoutMs);
  const found = zone.el;
  if (!found) {
    compose.root.dispatchEvent(drag('dragleave', data));
    return false;
  }
  const drop = drag('drop', data);
  found.dispatchEvent(drop);
  return drop.defaultPrevented;
}

/** A key press the page's own handlers see (synthetic: the browser types nothing for it). */
export function pressKey(el: HTMLElement, key: string, type: 'keydown' | 'keyup' = 'keydown'): KeyboardEvent {
  const codes: Record<string, number> = { Enter: 13, Backspace: 8, Shift: 16 };
  const event = new KeyboardEvent(type, {
    key,
    code: key,
    keyCode: codes[key] ?? 0,
    which: codes[key] ?? 0,
    bubbles: true,
    cancelable: true,
  });
  el.dispatchEvent(event);
  return event;
}
