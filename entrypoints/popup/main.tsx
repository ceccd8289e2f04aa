import { render } from 'preact';
import { LocaleContext, pageLanguage } from '../../components/hooks/use-t';
import { Popup, type PopupData } from '../../components/popup/Popup';
import { pageFirstRead } from '../../lib/browser/first-read';
import { FIRST_FRAME_WAIT_MS, paintFirstThenWatch } from '../../lib/browser/paint-first';
import { buildPopupItems, type PopupItem, teamsWithoutOpenCycle } from '../../lib/cycles/team-steps';
import './style.css';

performance.mark('popup:script');
// Started while the HTML was parsed (entrypoints/first-read.ts): IndexedDB answers while the modules load.
const first = pageFirstRead('popup').then((rows) => rows && buildPopupItems(rows[0], rows[1], Date.now()));
// English is loaded first when the browser prefers it; Danish is at hand (a microtask).
const language = pageLanguage().then((language) => {
  // The first date formatter loads ICU's data: made while IndexedDB answers, not in the list's render.
  language.date(0);
  return language;
});
const root = document.getElementById('app')!;

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
    const [{ invitationComposeUrl }, { getDb }] = await Promise.all([
      import('../../lib/invitations/compose-link'),
      import('../../lib/browser/db'),
    ]);
    const url = await invitationComposeUrl(getDb(), item.cycleId);
    if (url) return void browser.tabs.create({ url });
  }
  // The dashboard opens on this team with the step's button focused (teamId, cycleId, action in its hash).
  return openDashboard({ teamId: item.teamId, cycleId: item.cycleId ?? undefined, action: item.step.action });
}

let painted = false;
let shown = false;
const show = async (data: PopupData) => {
  shown = true;
  const translator = await language;
  // For bench/profile-popup.ts: the render alone, the first one being on the way to the first paint.
  performance.mark('popup:render');
  render(
    <LocaleContext.Provider value={translator}>
      <Popup data={data} onOpenDashboard={openDashboard} onAction={onAction} />
    </LocaleContext.Provider>,
    root,
  );
  performance.mark('popup:rendered');
  if (data.status === 'ready' && !painted && !ELEMENT_TIMING) {
    // Without Element Timing: after the next frame is painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark('popup:list-painted')));
  }
  painted ||= data.status === 'ready';
};

// The loading text only when the rows are slow: painted before them, its frame would hold back theirs.
setTimeout(() => shown || void show({ status: 'loading' }), FIRST_FRAME_WAIT_MS);
// The rows as IndexedDB itself reads them (lib/browser/first-read.ts) paint the list before Dexie
// has loaded; then the live query takes over, and runs again after every committed change, so the
// list stays current while the popup is open. Started at module load, not in an effect, which
// would wait for the loading text to be painted before the database is even asked.
paintFirstThenWatch(
  first,
  async () => {
    const [{ getDb }, { readPopupRows }, { readIkuDue }] = await Promise.all([
      import('../../lib/browser/db'),
      import('../../lib/cycles/popup-rows'),
      import('../../lib/teams/queries'),
    ]);
    const db = getDb();
    return async () => {
      const now = Date.now();
      const [teams, open] = await readPopupRows(db, () => performance.mark('popup:db-open'));
      performance.mark('popup:data');
      // The yearly IKU duty dates only the teams with no open cycle; with none, nothing more is read.
      const idle = teamsWithoutOpenCycle(teams, open);
      return buildPopupItems(teams, open, now, idle.length ? await readIkuDue(db, now) : undefined);
    };
  },
  {
    next: (items) => void show({ status: 'ready', items }),
    error: (error: unknown) => void show({ status: 'error', error }),
  },
);
