import { useState } from 'preact/hooks';
import type { Team } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';
import { describedBy, Field } from './Field';

interface Props {
  teams: Team[];
  selectedId?: string;
  autoFocusNew: boolean;
  onSelect: (teamId: string) => void;
  onSettings: () => void;
  onOverview: () => void;
  onCreate: (name: string) => Promise<string | null>;
}

export function TeamSidebar({ teams, selectedId, autoFocusNew, onSelect, onSettings, onOverview, onCreate }: Props) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const active = teams.filter((x) => x.archived === 0);
  const archived = teams.filter((x) => x.archived === 1);
  // Element Timing: when the first team is painted is when the overview is (benchmark).
  const item = (team: Team, first = false) => (
    <li key={team.id}>
      <button
        type="button"
        class={team.id === selectedId ? 'team-link selected' : 'team-link'}
        aria-current={team.id === selectedId ? 'page' : undefined}
        elementtiming={first ? 'dashboard-teams' : undefined}
        onClick={() => onSelect(team.id)}
      >
        {team.name}
      </button>
    </li>
  );
  return (
    <nav class="sidebar" aria-label={t('dash.teams')}>
      <h2>{t('dash.teams')}</h2>
      <p>
        <button type="button" class="link" onClick={onOverview}>
          {t('overview.open')}
        </button>
      </p>
      <ul class="team-nav">{active.map((team, i) => item(team, i === 0))}</ul>
      {archived.length > 0 && (
        <details>
          <summary>{t('dash.archivedTeams')}</summary>
          <ul class="team-nav">{archived.map((team) => item(team))}</ul>
        </details>
      )}
      <form
        class="new-team"
        onSubmit={async (e) => {
          e.preventDefault();
          const problem = await onCreate(name);
          setError(problem);
          if (!problem) setName('');
        }}
      >
        <Field id="new-team-name" label={t('dash.newTeam')} error={error}>
          <input
            id="new-team-name"
            value={name}
            autoFocus={autoFocusNew}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('new-team-name', error)}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <button type="submit">{t('dash.create')}</button>
      </form>
      <p>
        <button type="button" class="link" onClick={onSettings}>
          {t('settings.open')}
        </button>
      </p>
    </nav>
  );
}
