import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { HtmlPublicPath } from 'wxt/browser';

export interface ToggleOptions {
  /** kebab-case name of the shadow host element. */
  name: string;
  buttonText: string;
  buttonLabel: string;
  page: HtmlPublicPath;
  frameTitle: string;
  wrapperStyle: Partial<CSSStyleDeclaration>;
  frameStyle: Partial<CSSStyleDeclaration>;
}

const BUTTON_CSS = `button { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 600 14px system-ui, sans-serif;
  padding: 8px 14px; border-radius: 20px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }`;

/**
 * A plain button in a shadow root that opens and closes one of our pages in an iframe: HR data
 * only ever shows inside our own origin, never in the host page's DOM.
 */
export async function createToggleUi(ctx: ContentScriptContext, options: ToggleOptions) {
  const panel = createIframeUi(ctx, {
    page: options.page,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(wrapper, iframe) {
      Object.assign(wrapper.style, { position: 'fixed', zIndex: '2147483647', ...options.wrapperStyle });
      Object.assign(iframe.style, { border: '1px solid #999', background: '#fff', ...options.frameStyle });
      iframe.title = options.frameTitle;
    },
  });
  let open = false;
  return createShadowRootUi(ctx, {
    name: options.name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: BUTTON_CSS,
    onMount(container) {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = options.buttonText;
      el.setAttribute('aria-label', options.buttonLabel);
      el.setAttribute('aria-expanded', 'false');
      el.addEventListener('click', () => {
        open = !open;
        if (open) panel.mount();
        else panel.remove();
        el.setAttribute('aria-expanded', String(open));
      });
      container.append(el);
      return el;
    },
  });
}
