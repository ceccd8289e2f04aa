import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * When the page was opened for a step (the popup's "Gør det"): once its button is there, scrolls to
 * it and focuses it, the first of `names` found inside `container` that can be pressed.
 */
export function useFocusAction(container: RefObject<HTMLElement>, names: readonly string[]) {
  const doneFor = useRef<string | null>(null);
  const target = names.join(' ');
  useEffect(() => {
    if (!target || doneFor.current === target || !container.current) return;
    for (const name of names) {
      const button = container.current.querySelector<HTMLButtonElement>(`button[data-action="${CSS.escape(name)}"]:not([disabled])`);
      if (!button) continue;
      button.scrollIntoView({ block: 'center' });
      button.focus();
      doneFor.current = target;
      return;
    }
  });
}
