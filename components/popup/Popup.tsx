import { t, type Locale } from '../../lib/i18n';
import type { PopupItem } from '../../lib/cycles/team-steps';
import { TeamList } from './TeamList';

export type PopupData = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; items: PopupItem[] };

interface Props {
  data: PopupData;
  locale: Locale;
  onOpenDashboard: (action?: 'createTeam') => void;
  onAction: (item: PopupItem) => void;
}

/** The popup's view: every team's next step, the empty state, or why nothing could be read. */
export function Popup({ data, locale, onOpenDashboard, onAction }: Props) {
  if (data.status === 'error') return <p role="alert">{t('popup.error', { reason: String(data.error) }, locale)}</p>;
  if (data.status === 'loading') return <p aria-busy="true">{t('popup.loading', {}, locale)}</p>;
  return (
    <main>
      <header>
        <h1>{t('popup.title', {}, locale)}</h1>
        <button type="button" class="link" onClick={() => onOpenDashboard()}>
          {t('popup.openDashboard', {}, locale)}
        </button>
      </header>
      {data.items.length === 0 ? (
        <section class="empty">
          {/* Element Timing: the benchmark's end point when there are no teams. */}
          <p elementtiming="popup-list">{t('popup.empty', {}, locale)}</p>
          <button type="button" onClick={() => onOpenDashboard('createTeam')}>
            {t('popup.createFirstTeam', {}, locale)}
          </button>
        </section>
      ) : (
        <TeamList items={data.items} locale={locale} onAction={onAction} />
      )}
    </main>
  );
}
