import { getDb } from '../../lib/browser/db';
import { cyclesOf } from '../../lib/cycles/queries';
import { employeesOf } from '../../lib/teams/queries';
import { useLiveQuery } from './use-live-query';

/** A team's employees (empty while loading) and cycles (undefined while loading), newest first, and its open cycle. */
export function useTeam(teamId: string) {
  const db = getDb();
  const employees = useLiveQuery(() => employeesOf(db, teamId), [teamId]).value ?? [];
  const cycles = useLiveQuery(() => cyclesOf(db, teamId), [teamId]).value;
  return { employees, cycles, open: cycles?.find((c) => c.open === 1) };
}
