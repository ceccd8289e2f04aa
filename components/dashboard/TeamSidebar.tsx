import { useState } from 'preact/hooks';
import type { Team } from '../../lib/domain/types';
import { t, type Locale } from '../../lib/i18n';
import { describedBy, Field } from './Field';

interface Props {
  teams: Team[];
  selectedId?: string;
  locale: Locale;
  autoFocusNew: boolean;
  onSelect: (teamId: string) => void;
  onSettings: () => void;
  onCreate: (name: string) => Promise<string | null>;
}

export function TeamSidebar({ teams, selectedId, locale, autoFocusNew, onSelect, onSettings, onCreate }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const active = teams.filter((x) => x.archived === 0);
  const archived = teams.filter((x) => x.archived === 1);
  const item = (team: Team) => (
    <li key={team.id}>
      <button type="button" class={team.id === selectedId ? 'team-link selected' : 'team-link'} aria-current={team.id === selectedId ? 'page' : undefined} onClick={() => onSelect(team.id)}>
        {team.name}
      </button>
    </li>
  );
  return (
    <nav class="sidebar" aria-label={t('dash.teams', {}, locale)}>
      <h2>{t('dash.teams', {}, locale)}</h2>
      <ul class="team-nav">{active.map(item)}</ul>
      {archived.length > 0 && (
        <details>
          <summary>{t('dash.archivedTeams', {}, locale)}</summary>
          <ul class="team-nav">{archived.map(item)}</ul>
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
        <Field id="new-team-name" label={t('dash.newTeam', {}, locale)} error={error}>
          <input id="new-team-name" value={name} autoFocus={autoFocusNew} aria-invalid={error ? true : undefined} aria-describedby={describedBy('new-team-name', error)} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <button type="submit">{t('dash.create', {}, locale)}</button>
      </form>
      <p>
        <button type="button" class="link" onClick={onSettings}>
          {t('settings.open', {}, locale)}
        </button>
      </p>
    </nav>
  );
}
