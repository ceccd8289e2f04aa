import { render } from 'preact';
import { LocaleContext, translator } from '../../components/hooks/use-t';
import { Popup, type PopupData } from '../../components/popup/Popup';
import { getDb } from '../../lib/browser/db';
import { watchQuery } from '../../lib/browser/live-query';
import { readPopupRows } from '../../lib/cycles/popup-rows';
import { buildPopupItems, type PopupItem } from '../../lib/cycles/team-steps';
import { pickLocale } from '../../lib/i18n';
import './style.css';

performance.mark('popup:script');
const language = translator(pickLocale(navigator.languages));
document.documentElement.lang = language.locale;
const root = document.getElementById('app')!;
const db = getDb();

// The benchmark's end point (navigation start → list painted) is the time the browser itself
// reports painting the list's first row or the empty state, kept as a performance mark.
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}
const ELEMENT_TIMING = PerformanceObserver.supportedEntryTypes.includes('element');
if (ELEMENT_TIMING) {
  new PerformanceObserver((list, observer) => {
    const painted = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === 'popup-list');
    if (!painted) return;
    performance.mark('popup:list-painted', { startTime: painted.renderTime || painted.startTime });
    observer.disconnect();
  }).observe({ type: 'element', buffered: true });
}

const openDashboard = (action?: 'createTeam' | 'settings') =>
  void import('../../lib/browser/pages').then((p) =>
    p.openDashboard(action === 'settings' ? { view: 'settings' } : action ? { action } : {}),
  );

async function onAction(item: PopupItem) {
  // Loaded on click: the list paints without the browser-API polyfill.
  const { browser } = await import('wxt/browser');
  const { openDashboard, openSession } = await import('../../lib/browser/pages');
  if (item.cycleId && (item.step.action === 'startSession' || item.step.action === 'continueSession')) return openSession(item.cycleId);
  if (item.cycleId && item.step.action === 'sendInvitation') {
    const { invitationComposeUrl } = await import('../../lib/invitations/compose-link');
    const url = await invitationComposeUrl(db, item.cycleId);
    if (url) return void browser.tabs.create({ url });
  }
  // The dashboard opens on this team with the step's button focused (teamId, cycleId, action in its hash).
  return openDashboard({ teamId: item.teamId, cycleId: item.cycleId ?? undefined, action: item.step.action });
}

let painted = false;
const show = (data: PopupData) => {
  render(
    <LocaleContext.Provider value={language}>
      <Popup data={data} onOpenDashboard={openDashboard} onAction={onAction} />
    </LocaleContext.Provider>,
    root,
  );
  if (data.status === 'ready' && !painted && !ELEMENT_TIMING) {
    // Without Element Timing: after the next frame is painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark('popup:list-painted')));
  }
  painted ||= data.status === 'ready';
};

show({ status: 'loading' });
// Subscribed here, not in an effect: an effect would wait for the loading text to be painted
// before the database is even asked. The query runs again after every committed change, so the
// list stays current while the popup is open.
watchQuery(
  async () => {
    const [teams, open] = await readPopupRows(db, () => performance.mark('popup:db-open'));
    performance.mark('popup:data');
    return buildPopupItems(teams, open, Date.now());
  },
  {
    next: (items) => show({ status: 'ready', items }),
    error: (error: unknown) => show({ status: 'error', error }),
  },
);
