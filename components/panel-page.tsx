import { type ComponentType, render } from 'preact';
import { claimPanel } from '../lib/browser/panel-claim';
import type { MessageKey } from '../lib/i18n';
import { LocaleContext, pageLanguage } from './hooks/use-t';

/**
 * A panel page inside a host page (the webmail overlay, the personnel panel): the language, the
 * title, and nothing asked of the background until this frame is the one our content script mounted.
 */
export function mountPanel(App: ComponentType, titleKey: MessageKey): void {
  const root = document.getElementById('app')!;
  // Listening at once: the content script posts the nonce as soon as the frame has loaded, which
  // may be before the English texts have.
  const claimed = new Promise<void>((resolve) => claimPanel(resolve));
  void pageLanguage().then(async (locale) => {
    document.title = locale.t(titleKey);
    render(<p aria-busy="true">{locale.t('popup.loading')}</p>, root);
    const unclaimed = setTimeout(() => render(<p role="status">{locale.t('panel.unclaimed')}</p>, root), 3000);
    await claimed;
    clearTimeout(unclaimed);
    render(
      <LocaleContext.Provider value={locale}>
        <App />
      </LocaleContext.Provider>,
      root,
    );
  });
}
