import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import { LocaleContext, pageLanguage } from '../../components/hooks/use-t';
import { pageFirstRead } from '../../lib/browser/first-read';
import { firstPaint, firstReadOrSoon } from '../../lib/browser/paint-first';
import { askPersistence } from '../../lib/browser/storage';
import './style.css';

performance.mark('dashboard:script');
// Asked before anything else: IndexedDB answers while the page renders its frame.
const firstTeams = pageFirstRead('dashboard');
// Years of records live here: ask the browser not to delete them when the disk runs low (once
// the list is painted: the answer changes nothing on the page).
void firstPaint.then(askPersistence);
const language = pageLanguage();
// Rendered once the teams are read (or the read is slow): the first frame holds them.
void Promise.all([language, firstReadOrSoon(firstTeams)]).then(([language]) => {
  document.title = language.t('dash.title');
  render(
    <LocaleContext.Provider value={language}>
      <App firstTeams={firstTeams} />
    </LocaleContext.Provider>,
    document.getElementById('app')!,
  );
});
