import { useState } from 'preact/hooks';
import { teamActions } from '../../lib/actions/teams';
import type { Team } from '../../lib/domain/types';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';

/** The team's name, renamed in place, and its archive mark. */
export function TeamHeader({ team, run }: { team: Team; run: Run }) {
  const { t } = useT();
  const [renaming, setRenaming] = useState<string | null>(null);
  const actions = teamActions(team.id);
  return (
    <header class="team-header">
      {renaming === null ? (
        <>
          <h2 id="team-heading">{team.name}</h2>
          <button type="button" class="secondary" onClick={() => setRenaming(team.name)}>
            {t('dash.rename')}
          </button>
        </>
      ) : (
        <RenameForm name={renaming} onInput={setRenaming} onDone={() => setRenaming(null)} rename={actions.rename} />
      )}
      <button type="button" class="secondary" onClick={() => run(() => actions.setArchived(team.archived === 0))}>
        {team.archived === 0 ? t('dash.archiveTeam') : t('dash.unarchiveTeam')}
      </button>
    </header>
  );
}

interface RenameProps {
  name: string;
  onInput: (name: string) => void;
  onDone: () => void;
  rename: (name: string) => Promise<void>;
}

function RenameForm({ name, onInput, onDone, rename }: RenameProps) {
  const { t, error } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await rename(name);
          onDone();
        } catch (err) {
          setProblem(error(err));
        }
      }}
    >
      <label for="rename-team">{t('dash.teamName')}</label>
      <input
        id="rename-team"
        value={name}
        autoFocus
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-describedby={problem ? 'rename-error' : undefined}
      />
      {problem && (
        <p id="rename-error" class="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">{t('dash.save')}</button>
      <button type="button" class="secondary" onClick={onDone}>
        {t('dash.cancel')}
      </button>
    </form>
  );
}
