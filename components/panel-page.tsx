import { type ComponentType, render } from 'preact';
import { claimPanel } from '../lib/browser/panel-claim';
import { loadLocale, type MessageKey, pickLocale } from '../lib/i18n';
import { LocaleContext, translator } from './hooks/use-t';

/**
 * A panel page inside a host page (the webmail overlay, the personnel panel): the language, the
 * title, and nothing asked of the background until this frame is the one our content script mounted.
 */
export async function mountPanel(App: ComponentType, titleKey: MessageKey): Promise<void> {
  const root = document.getElementById('app')!;
  const locale = translator(await loadLocale(pickLocale(navigator.languages)));
  document.documentElement.lang = locale.locale;
  document.title = locale.t(titleKey);
  render(<p aria-busy="true">{locale.t('popup.loading')}</p>, root);
  const unclaimed = setTimeout(() => render(<p role="status">{locale.t('panel.unclaimed')}</p>, root), 3000);
  claimPanel(() => {
    clearTimeout(unclaimed);
    render(
      <LocaleContext.Provider value={locale}>
        <App />
      </LocaleContext.Provider>,
      root,
    );
  });
}
