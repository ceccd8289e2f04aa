import { parseHTML } from 'linkedom';
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import type { Locale } from '../../lib/i18n';

type Globals = Record<'document' | 'addEventListener' | 'removeEventListener', unknown>;

/**
 * Mounts a tree with Preact into a linkedom document that stays (unlike `renderTree`), so a test
 * can drive hooks, let timers and promises run, and read what the page shows now.
 */
export function mount(node: ComponentChildren, locale: Locale = 'da') {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as unknown as Globals;
  const previous = { document: g.document, addEventListener: g.addEventListener, removeEventListener: g.removeEventListener };
  g.document = document;
  // Hooks listen for pagehide on the window; Node has no global one.
  g.addEventListener = window.addEventListener.bind(window);
  g.removeEventListener = window.removeEventListener.bind(window);
  const root = document.getElementById('root') as unknown as Element;
  act(() => render(<LocaleContext.Provider value={translator(locale)}>{node}</LocaleContext.Provider>, root));
  return {
    root,
    text: () => root.textContent ?? '',
    /** Renders `next` in place of the tree, as a parent's new props would. */
    rerender: (next: ComponentChildren) => {
      act(() => render(<LocaleContext.Provider value={translator(locale)}>{next}</LocaleContext.Provider>, root));
    },
    /** Lets timers, promises and the effects and renders they cause run. */
    settle: async (ms = 0) => {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
      });
    },
    /**
     * Lets timers and promises run until `check` passes (it throws until then), for work whose
     * time depends on the machine's load: a fixed wait failed on a busy 2-core machine. Rethrows
     * the check's last failure after `timeout` ms.
     */
    until: async (check: () => unknown, timeout = 5_000) => {
      const end = Date.now() + timeout;
      for (;;) {
        try {
          await check();
          return;
        } catch (error) {
          if (Date.now() > end) throw error;
          await act(async () => {
            await new Promise((resolve) => setTimeout(resolve, 10));
          });
        }
      }
    },
    unmount() {
      act(() => render(null, root));
      Object.assign(g, previous);
    },
  };
}
