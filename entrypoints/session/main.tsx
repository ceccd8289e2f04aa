import { render } from 'preact';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import { SessionApp } from '../../components/session/SessionApp';
import { loadLocale, pickLocale } from '../../lib/i18n';
import '../dashboard/style.css';
import './style.css';

const cycleId = new URLSearchParams(location.hash.slice(1)).get('cycleId') ?? '';
void loadLocale(pickLocale(navigator.languages)).then((locale) => {
  const language = translator(locale);
  document.documentElement.lang = language.locale;
  document.title = language.t('session.pageTitle');
  render(
    <LocaleContext.Provider value={language}>
      <SessionApp cycleId={cycleId} />
    </LocaleContext.Provider>,
    document.getElementById('app')!,
  );
});
