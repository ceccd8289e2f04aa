// Watching the compose window we filled, for the consent round (issue 19): when it leaves the page,
// was it sent or discarded? No webmail says so in its DOM. Our guess, documented in
// docs/architecture.md: a compose that closes right after a click on its own Send button (or
// Ctrl+Enter inside it) was sent; after a click on its Discard button it was discarded; a compose
// that closes any other way (the page navigated, a keyboard shortcut we do not know) is `unsure`,
// and the panel asks the leader rather than record anything.
import { findFirst, isShown, type Selectors } from './dom';
import type { WebmailAdapter } from './types';

export type ComposeState = 'none' | 'open' | 'sent' | 'discarded' | 'unsure';

export interface ComposeButtons {
  send: Selectors;
  discard: Selectors;
}

/** The button of `selectors` that `target` is in, when that button sits inside `root`. */
function buttonIn(root: HTMLElement, target: EventTarget | null, selectors: Selectors): boolean {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return false;
  return selectors.some(({ css }) => {
    const hit = el.closest(css);
    return hit !== null && root.contains(hit);
  });
}

/** Watches one compose root; `state()` is asked by the panel's poll. */
export function watchCompose(root: HTMLElement, buttons: ComposeButtons): { state(): ComposeState; stop(): void } {
  const doc = root.ownerDocument;
  let last: 'send' | 'discard' | null = null;
  const onClick = (e: Event) => {
    if (buttonIn(root, e.target, buttons.send)) last = 'send';
    else if (buttonIn(root, e.target, buttons.discard)) last = 'discard';
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof Node && root.contains(e.target)) last = 'send';
  };
  // Capture: the page's own handler removes the compose, and the click must be seen before that.
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  const stop = () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
  return {
    state() {
      if (root.isConnected && isShown(root)) return 'open';
      stop();
      return last === 'send' ? 'sent' : last === 'discard' ? 'discarded' : 'unsure';
    },
    stop,
  };
}

/** Opens a new, empty compose with the page's own "New mail" button; true once one more compose shows. */
export async function openNewCompose(adapter: WebmailAdapter, doc: Document, wait: (check: () => boolean, ms: number) => Promise<boolean>) {
  const before = adapter.findComposes(doc).length;
  const button = adapter.newMailButton ? findFirst<HTMLElement>(doc, adapter.newMailButton) : null;
  if (!button) return false;
  button.click();
  return wait(() => adapter.findComposes(doc).length > before, 3000);
}
