import { useRef, useState } from 'preact/hooks';
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
// The first page when no team is chosen; it reads every team's cycles and duty through Dexie.
const OverviewPage = afterFirstPaint(() => import('./OverviewPage').then((m) => m.OverviewPage));
// One cycle's documents, closed ones too (#view=cycle&cycleId=…).
const CyclePage = lazyComponent(() => import('./CyclePage').then((m) => m.CyclePage));

interface Props {
  /** The teams as read before Dexie loads (lib/browser/first-read.ts), null where they could not be. */
  firstTeams: Promise<Team[] | null>;
}

/** The dashboard: the teams on the side, and the team, cycle and action the URL names, the settings, a cycle's page, or the overview. */
export function App({ firstTeams }: Props) {
  const { t, error: describe } = useT();
  const [route, navigate] = useHashRoute();
  const [error, setError] = useState<string | null>(null);
  const teams = useFirstTeams(firstTeams);
  const team = teams?.find((x) => x.id === route.teamId);
  const mainRef = useRef<HTMLElement>(null);

  return (
    <div class="layout">
      {/* Past the side's list of teams (200 for some leaders) in one key press. */}
      <button type="button" class="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('dash.skipToContent')}
      </button>
      <TeamSidebar
        teams={teams ?? []}
        selectedId={route.teamId}
        autoFocusNew={route.action === 'createTeam'}
        onSelect={(teamId) => navigate({ teamId })}
        onSettings={() => navigate({ view: 'settings' })}
        onOverview={() => navigate({})}
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
      <main ref={mainRef} tabIndex={-1}>
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
        ) : route.view === 'cycle' && route.cycleId ? (
          <CyclePage key={route.cycleId} cycleId={route.cycleId} />
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
          teams && (teams.length > 0 ? <OverviewPage /> : <p>{t('dash.noTeamSelected')}</p>)
        )}
      </main>
    </div>
  );
}
