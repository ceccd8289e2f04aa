import { render } from 'preact';
import { LocaleContext, pageLanguage } from '../../components/hooks/use-t';
import { SessionApp } from '../../components/session/SessionApp';
import '../dashboard/style.css';
import './style.css';

const cycleId = new URLSearchParams(location.hash.slice(1)).get('cycleId') ?? '';
void pageLanguage().then((language) => {
  document.title = language.t('session.pageTitle');
  render(
    <LocaleContext.Provider value={language}>
      <SessionApp cycleId={cycleId} />
    </LocaleContext.Provider>,
    document.getElementById('app')!,
  );
});
