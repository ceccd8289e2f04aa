import { useT } from '../hooks/use-t';
import { lazyComponent } from '../lazy';
import { FillResult } from './FillResult';
import { useOverlayCycles } from './use-overlay-cycles';

// Consent (requests, replies) is its own script: the panel's first script stays under 100 KB.
const ConsentSection = lazyComponent(() => import('./ConsentSection').then((m) => m.ConsentSection));
const PageCheck = lazyComponent(() => import('./PageCheck').then((m) => m.PageCheck));
// Follow-up invitations too, for the same reason.
const FollowUpSection = lazyComponent(() => import('./FollowUpSection').then((m) => m.FollowUpSection));

/** The panel inside the webmail page: open cycles whose invitation is not sent yet. */
export function OverlayApp() {
  const { t, date } = useT();
  const { cycles, fill, busy, insert, markSent } = useOverlayCycles();

  if (!cycles) return <p aria-busy="true">{t('popup.loading')}</p>;
  return (
    <main>
      <ConsentSection />
      <h1>{t('overlay.title')}</h1>
      {cycles.length === 0 && <p>{t('overlay.none')}</p>}
      <ul>
        {cycles.map((cycle) => (
          <li key={cycle.cycleId} class="cycle" data-cycle-id={cycle.cycleId}>
            <strong>{cycle.teamName}</strong> · {t(`dash.variant.${cycle.variant}`)} · {date(cycle.sessionAt)}
            <div>
              {cycle.state === 'draft' || cycle.state === 'changed' ? (
                <button type="button" disabled={busy} onClick={() => insert(cycle)}>
                  {t(cycle.state === 'changed' ? 'overlay.insertChanged' : 'overlay.insert')}
                </button>
              ) : (
                <span class="ok">✓ {t('overlay.sent')}</span>
              )}
            </div>
            {fill.view?.key === cycle.cycleId && (
              <FillResult view={fill.view} busy={busy} onReplaceTo={fill.replaceTo} onCancel={fill.clear}>
                <p>
                  <small>{t('overlay.confirmHint')}</small>
                </p>
                {/* The first invitation is logged as sent; a changed one needs no mark (the change is logged). */}
                {cycle.state === 'draft' && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => markSent(cycle.cycleId)}>
                    {t('overlay.markSent')}
                  </button>
                )}
              </FillResult>
            )}
          </li>
        ))}
      </ul>
      <FollowUpSection />
      <PageCheck />
    </main>
  );
}
