import type { PopupItem } from '../../lib/cycles/team-steps';
import { afterFirstPaint } from '../after-first-paint';
import { useT } from '../hooks/use-t';
import { TeamList } from './TeamList';

// Both read the database through Dexie, which the list is painted without.
const StorageAlert = afterFirstPaint(() => import('../StorageAlert').then((m) => m.StorageAlert));
const BackupReminderRow = afterFirstPaint(() => import('./BackupReminderRow').then((m) => m.BackupReminderRow));

export type PopupData = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; items: PopupItem[] };

interface Props {
  data: PopupData;
  onOpenDashboard: (action?: 'createTeam' | 'settings') => void;
  onAction: (item: PopupItem) => void;
}

/** The popup's view: every team's next step, the empty state, or why nothing could be read. */
export function Popup({ data, onOpenDashboard, onAction }: Props) {
  const { t, error } = useT();
  if (data.status === 'error') return <p role="alert">{t('popup.error', { reason: error(data.error) })}</p>;
  // While an upgrade is blocked the list never loads: the alert says why.
  if (data.status === 'loading')
    return (
      <>
        <StorageAlert />
        <p aria-busy="true">{t('popup.loading')}</p>
      </>
    );
  return (
    <main>
      <header>
        <h1>{t('popup.title')}</h1>
        <button type="button" class="link" onClick={() => onOpenDashboard()}>
          {t('popup.openDashboard')}
        </button>
      </header>
      <BackupReminderRow onOpen={() => onOpenDashboard('settings')} />
      {data.items.length === 0 ? (
        <section class="empty">
          {/* Element Timing: the benchmark's end point when there are no teams. */}
          <p elementtiming="popup-list">{t('popup.empty')}</p>
          <button type="button" onClick={() => onOpenDashboard('createTeam')}>
            {t('popup.createFirstTeam')}
          </button>
        </section>
      ) : (
        <TeamList items={data.items} onAction={onAction} />
      )}
    </main>
  );
}
