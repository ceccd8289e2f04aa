import { getDb } from '../../lib/browser/db';
import { logLinesOf, logVerdictOf } from '../../lib/cycles/queries';
import { useLiveQuery } from './use-live-query';

/** The logbook of a cycle (any, closed ones too) and its own check of the chain, read only. */
export function useCycleLog(cycleId: string | null) {
  const db = getDb();
  const lines = useLiveQuery(async () => (cycleId ? logLinesOf(db, cycleId) : []), [cycleId]).value;
  const verdict = useLiveQuery(async () => (cycleId ? logVerdictOf(db, cycleId) : null), [cycleId]).value;
  return { lines, verdict: verdict ?? undefined };
}
