import { useEffect, useMemo, useState } from 'preact/hooks';
import { sessionActions } from '../../lib/actions/session';
import { getDb } from '../../lib/browser/db';
import { readCycleView } from '../../lib/cycles/cycle-view';
import { agreementsOf } from '../../lib/sheet/store';
import { employeesOf } from '../../lib/teams/queries';
import { useLiveQuery } from './use-live-query';

/**
 * The session view's data, live, and its actions. `loading` until the cycle and a current state
 * are read (a stale cache is rebuilt meanwhile), `notFound` when there is no such cycle.
 */
export function useSession(cycleId: string) {
  const db = getDb();
  const cycle = useLiveQuery(() => readCycleView(db, cycleId), [cycleId]);
  const teamId = cycle.value?.teamId;
  const employees = useLiveQuery(async () => (teamId ? employeesOf(db, teamId) : []), [teamId]).value ?? [];
  const agreements = useLiveQuery(() => agreementsOf(db, cycleId), [cycleId]).value ?? [];
  const actions = useMemo(() => sessionActions(cycleId), [cycleId]);
  const stale = cycle.value?.snapshot === null;
  const [refreshError, setRefreshError] = useState<unknown>(null);
  useEffect(() => {
    // Rebuilding a stale cache writes; when that fails the page says why instead of loading forever.
    if (stale) actions.refresh().catch(setRefreshError);
  }, [stale, actions]);

  if (cycle.error && !cycle.value) return { status: 'error' as const, error: cycle.error };
  if (cycle.value === undefined) return { status: 'loading' as const };
  if (!cycle.value) return { status: 'notFound' as const };
  const { snapshot } = cycle.value;
  if (!snapshot) return refreshError ? { status: 'error' as const, error: refreshError } : { status: 'loading' as const };
  return { status: 'ready' as const, teamId: cycle.value.teamId, snapshot, employees, agreements, actions };
}

export type ReadySession = Extract<ReturnType<typeof useSession>, { status: 'ready' }>;
