import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** How long a step's button is waited for: panels load on their own (lazyComponent). */
const WAIT_MS = 10_000;

/**
 * When the page was opened for a step (the popup's "Gør det"): once its button is there, scrolls to
 * it and focuses it, the first of `names` found inside `container` that can be pressed. The button
 * may be in a panel that loads after the page (the follow-up panel, the content check), so the
 * container is watched until it appears, for a while.
 */
export function useFocusAction(container: RefObject<HTMLElement>, names: readonly string[]) {
  const doneFor = useRef<string | null>(null);
  const target = names.join(' ');
  useEffect(() => {
    const root = container.current;
    if (!target || doneFor.current === target || !root) return;
    const focus = (): boolean => {
      for (const name of names) {
        const button = root.querySelector<HTMLButtonElement>(`button[data-action="${CSS.escape(name)}"]:not([disabled])`);
        if (!button) continue;
        button.scrollIntoView({ block: 'center' });
        button.focus();
        doneFor.current = target;
        return true;
      }
      return false;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return stop;
  });
}
