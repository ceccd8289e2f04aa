import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import { pickLocale } from '../../lib/i18n';
import './style.css';

const language = translator(pickLocale(navigator.languages));
document.documentElement.lang = language.locale;
document.title = language.t('dash.title');
render(
  <LocaleContext.Provider value={language}>
    <App />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);
