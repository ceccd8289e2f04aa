import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

// Registered at run time only, on the personnel-file system's host the leader added in settings
// (SD Personaleweb, SBSYS, KMD Opus …): a generic side panel, not an integration with a vendor.
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const panel = createIframeUi(ctx, {
      page: '/personnel.html',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(wrapper, iframe) {
        Object.assign(wrapper.style, { position: 'fixed', right: '0', top: '0', bottom: '0', zIndex: '2147483647' });
        Object.assign(iframe.style, { width: '360px', height: '100%', border: '0', borderLeft: '1px solid #999', background: '#fff' });
        iframe.title = 'TUS-assistent: til personalesagen';
      },
    });
    let open = false;
    const button = await createShadowRootUi(ctx, {
      name: 'tus-assistent-personnel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `button { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 600 14px system-ui, sans-serif;
        padding: 8px 14px; border-radius: 20px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer; }
        button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }`,
      onMount(container) {
        const el = document.createElement('button');
        el.type = 'button';
        el.textContent = 'TUS: til personalesagen';
        el.setAttribute('aria-expanded', 'false');
        el.addEventListener('click', () => {
          open = !open;
          if (open) panel.mount();
          else panel.remove();
          el.setAttribute('aria-expanded', String(open));
        });
        container.append(el);
      },
    });
    button.mount();
  },
});
