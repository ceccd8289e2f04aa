import { useState } from 'preact/hooks';
import { firstPaint } from '../../lib/browser/paint-first';
import type { Team } from '../../lib/domain/types';
import { afterFirstPaint } from '../after-first-paint';
import { useFirstTeams } from '../hooks/use-first-teams';
import { useT } from '../hooks/use-t';
import { lazyComponent } from '../lazy';
import { TeamSidebar } from './TeamSidebar';
import { useHashRoute } from './use-hash-route';

const SettingsPage = lazyComponent(() => import('./SettingsPage').then((m) => m.SettingsPage));
// The team page (cycles, IKUs, machines, documents) is most of the dashboard's code and none of its
// first screen, the list of teams: it loads when a team is shown, and else once that list is painted.
const loadTeamPage = () => import('./TeamPage').then((m) => m.TeamPage);
const TeamPage = lazyComponent(loadTeamPage);
void firstPaint.then(() => setTimeout(loadTeamPage));
// Both read the database through Dexie, which the list of teams is painted without.
const StorageAlert = afterFirstPaint(() => import('../StorageAlert').then((m) => m.StorageAlert));
const BackupReminderBanner = afterFirstPaint(() => import('./BackupReminderBanner').then((m) => m.BackupReminderBanner));

interface Props {
  /** The teams as read before Dexie loads (lib/browser/first-read.ts), null where they could not be. */
  firstTeams: Promise<Team[] | null>;
}

/** The dashboard: the teams on the side, and the team, cycle and action the URL names (or the settings). */
export function App({ firstTeams }: Props) {
  const { t, error: describe } = useT();
  const [route, navigate] = useHashRoute();
  const [error, setError] = useState<string | null>(null);
  const teams = useFirstTeams(firstTeams);
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
            const { createTeam } = await import('../../lib/actions/teams');
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
