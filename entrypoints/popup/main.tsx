import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { TeamList } from '../../components/popup/TeamList';
import { useLiveQuery } from '../../components/hooks/use-live-query';
import { getDb } from '../../lib/browser/db';
import { pickLocale, t } from '../../lib/i18n';
import { buildPopupItems } from '../../lib/popup/items';
import './style.css';

performance.mark('popup:script');
const locale = pickLocale(navigator.languages);
// Open the database now, while the first frame paints, not after it (effects run after paint).
const opening = getDb().open();
document.documentElement.lang = locale;

function Popup() {
  const db = getDb();
  const { value: items, error } = useLiveQuery(async () => {
    await opening;
    performance.mark('popup:db-open');
    const [teams, open] = await db.transaction('r', db.teams, db.cycles, () =>
      Promise.all([db.teams.where('archived').equals(0).toArray(), db.cycles.where('open').equals(1).toArray()]),
    );
    performance.mark('popup:data');
    return buildPopupItems(teams, open, Date.now());
  });

  useEffect(() => {
    // The benchmark reads this mark: navigation start → list painted.
    if (items) requestAnimationFrame(() => performance.mark('popup:list-painted'));
  }, [items !== undefined]);

  if (error) return <p role="alert">{String(error)}</p>;
  if (!items) return <p aria-busy="true">{t('popup.loading', {}, locale)}</p>;
  return (
    <main>
      <header>
        <h1>{t('popup.title', {}, locale)}</h1>
        <button type="button" class="link" onClick={() => import('../../lib/browser/pages').then((p) => p.openDashboard())}>
          {t('popup.openDashboard', {}, locale)}
        </button>
      </header>
      {items.length === 0 ? (
        <section class="empty">
          <p>{t('popup.empty', {}, locale)}</p>
          <button type="button" onClick={() => import('../../lib/browser/pages').then((p) => p.openDashboard({ action: 'createTeam' }))}>
            {t('popup.createFirstTeam', {}, locale)}
          </button>
        </section>
      ) : (
        <TeamList
          items={items}
          locale={locale}
          onAction={async (item) => {
            // Loaded on click: the list paints without the browser-API polyfill.
            const { browser } = await import('wxt/browser');
            const { openDashboard, openSession } = await import('../../lib/browser/pages');
            if (item.cycleId && (item.step.action === 'startSession' || item.step.action === 'continueSession')) return openSession(item.cycleId);
            if (item.cycleId && item.step.action === 'sendInvitation') {
              // Loaded on demand so the popup itself stays small.
              const { invitationComposeUrl } = await import('../../lib/invitations/compose-link');
              const url = await invitationComposeUrl(db, item.cycleId);
              if (url) return void browser.tabs.create({ url });
            }
            return openDashboard({ teamId: item.teamId, cycleId: item.cycleId ?? undefined, action: item.step.action });
          }}
        />
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
