import { render } from 'preact';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import { SessionApp } from '../../components/session/SessionApp';
import { pickLocale } from '../../lib/i18n';
import '../dashboard/style.css';
import './style.css';

const language = translator(pickLocale(navigator.languages));
document.documentElement.lang = language.locale;
document.title = language.t('session.pageTitle');
const cycleId = new URLSearchParams(location.hash.slice(1)).get('cycleId') ?? '';
render(
  <LocaleContext.Provider value={language}>
    <SessionApp cycleId={cycleId} />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);
