import { useLayoutEffect, useState } from 'preact/hooks';
import { paintFirstThenWatch } from '../../lib/browser/paint-first';
import type { Team } from '../../lib/domain/types';

/**
 * Every team by name, live, as `useTeams`; first from `first` (the page's raw read, started
 * before the page rendered), then from the live query, which loads the database once painted.
 * Undefined while loading.
 */
export function useFirstTeams(first: Promise<Team[] | null>): Team[] | undefined {
  const [teams, setTeams] = useState<Team[] | undefined>(undefined);
  // Subscribed as the page renders, not after its first frame: rows already read go into that frame.
  useLayoutEffect(
    () =>
      paintFirstThenWatch(
        first,
        async () => {
          const [{ getDb }, { teamsByName }] = await Promise.all([import('../../lib/browser/db'), import('../../lib/teams/queries')]);
          return () => teamsByName(getDb());
        },
        // As useTeams: a failed read keeps what was shown.
        { next: setTeams, error: () => {} },
      ),
    [first],
  );
  return teams;
}
