import { render } from 'preact';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import { PersonnelApp } from '../../components/personnel/PersonnelApp';
import { claimPanel } from '../../lib/browser/panel-claim';
import { pickLocale } from '../../lib/i18n';
import '../overlay/style.css';

const root = document.getElementById('app')!;
const locale = translator(pickLocale(navigator.languages));
document.documentElement.lang = locale.locale;
document.title = locale.t('personnel.pageTitle');
// Nothing is asked of the background until this frame is the one our content script mounted.
render(<p aria-busy="true">{locale.t('popup.loading')}</p>, root);
const unclaimed = setTimeout(() => render(<p role="status">{locale.t('panel.unclaimed')}</p>, root), 3000);
claimPanel(() => {
  clearTimeout(unclaimed);
  render(
    <LocaleContext.Provider value={locale}>
      <PersonnelApp />
    </LocaleContext.Provider>,
    root,
  );
});
