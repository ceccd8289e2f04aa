import { useState } from 'preact/hooks';
import { createTeam } from '../../lib/actions/teams';
import { useT } from '../hooks/use-t';
import { useTeams } from '../hooks/use-teams';
import { lazyComponent } from '../lazy';
import { StorageAlert } from '../StorageAlert';
import { BackupReminderBanner } from './BackupReminderBanner';
import { TeamPage } from './TeamPage';
import { TeamSidebar } from './TeamSidebar';
import { useHashRoute } from './use-hash-route';

const SettingsPage = lazyComponent(() => import('./SettingsPage').then((m) => m.SettingsPage));

/** The dashboard: the teams on the side, and the team, cycle and action the URL names (or the settings). */
export function App() {
  const { t, error: describe } = useT();
  const [route, navigate] = useHashRoute();
  const [error, setError] = useState<string | null>(null);
  const teams = useTeams();
  const team = teams?.find((x) => x.id === route.teamId);

  return (
    <div class="layout">
      <TeamSidebar
        teams={teams ?? []}
        selectedId={route.teamId}
        autoFocusNew={route.action === 'createTeam'}
        onSelect={(teamId) => navigate({ teamId })}
        onSettings={() => navigate({ view: 'settings' })}
        onCreate={async (name) => {
          try {
            const created = await createTeam(name);
            navigate({ teamId: created.id });
            return null;
          } catch (e) {
            return describe(e);
          }
        }}
      />
      <main>
        {/* The page's one top heading, for screen readers' heading navigation (axe: page-has-heading-one). */}
        <h1 class="visually-hidden">{t('dash.title')}</h1>
        <StorageAlert />
        <BackupReminderBanner />
        {error && (
          <p class="banner" role="alert">
            {error}
          </p>
        )}
        {route.view === 'settings' ? (
          <SettingsPage />
        ) : team ? (
          <TeamPage
            key={team.id}
            team={team}
            otherTeams={(teams ?? []).filter((x) => x.id !== team.id)}
            onError={setError}
            focusCycleId={route.cycleId}
            focusAction={route.action}
          />
        ) : (
          teams && <p>{t('dash.noTeamSelected')}</p>
        )}
      </main>
    </div>
  );
}
