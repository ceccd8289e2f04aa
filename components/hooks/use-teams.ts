import { getDb } from '../../lib/browser/db';
import { teamsByName } from '../../lib/teams/queries';
import { useLiveQuery } from './use-live-query';

/** Every team by name, live; undefined while loading. */
export const useTeams = () => useLiveQuery(() => teamsByName(getDb())).value;
