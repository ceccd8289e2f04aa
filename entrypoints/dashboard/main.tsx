import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import { askPersistence } from '../../lib/browser/storage';
import { pickLocale } from '../../lib/i18n';
import './style.css';

const language = translator(pickLocale(navigator.languages));
document.documentElement.lang = language.locale;
document.title = language.t('dash.title');
// Years of records live here: ask the browser not to delete them when the disk runs low.
void askPersistence();
render(
  <LocaleContext.Provider value={language}>
    <App />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);
