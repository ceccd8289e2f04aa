import { errorMessage } from '../../lib/shared/error-message';
import { useState } from 'preact/hooks';
import { getDb } from '../../lib/browser/db';
import { pickLocale, t } from '../../lib/i18n';
import { createTeam } from '../../lib/teams/store';
import { useLiveQuery } from '../hooks/use-live-query';
import { TeamSidebar } from './TeamSidebar';
import { TeamPage } from './TeamPage';
import { useHashRoute } from './use-hash-route';
import { SettingsPage } from './SettingsPage';

const locale = pickLocale(navigator.languages);

export function App() {
  const db = getDb();
  const [route, navigate] = useHashRoute();
  const [error, setError] = useState<string | null>(null);
  const teams = useLiveQuery(() => db.teams.toArray().then((all) => all.sort((a, b) => a.name.localeCompare(b.name, 'da')))).value;
  const team = teams?.find((x) => x.id === route.teamId);
  document.documentElement.lang = locale;
  document.title = t('dash.title', {}, locale);

  return (
    <div class="layout">
      <TeamSidebar
        teams={teams ?? []}
        selectedId={route.teamId}
        locale={locale}
        autoFocusNew={route.action === 'createTeam'}
        onSelect={(teamId) => navigate({ teamId })}
        onSettings={() => navigate({ view: 'settings' })}
        onCreate={async (name) => {
          try {
            const created = await createTeam(db, name, Date.now());
            navigate({ teamId: created.id });
            return null;
          } catch (e) {
            return errorMessage(e);
          }
        }}
      />
      <main>
        {error && (
          <p class="banner" role="alert">
            {error}
          </p>
        )}
        {route.view === 'settings' ? (
          <SettingsPage db={db} locale={locale} />
        ) : team ? (
          <TeamPage key={team.id} db={db} team={team} otherTeams={(teams ?? []).filter((x) => x.id !== team.id)} locale={locale} onError={setError} />
        ) : (
          teams && <p>{t('dash.noTeamSelected', {}, locale)}</p>
        )}
      </main>
    </div>
  );
}
