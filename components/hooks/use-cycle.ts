import { useEffect } from 'preact/hooks';
import { getDb } from '../../lib/browser/db';
import { latestIkus } from '../../lib/iku/store';
import { readStepOptions } from '../../lib/settings/store';
import { correctionsOf } from '../../lib/sheet/queries';
import { agreementsOf } from '../../lib/sheet/store';
import { useLiveQuery } from './use-live-query';

/** The open cycle's agreements, logged corrections and latest IKU versions; null without a cycle. */
export function useCycleSheet(cycleId: string | undefined) {
  const db = getDb();
  return useLiveQuery(
    async () =>
      cycleId
        ? {
            agreements: await agreementsOf(db, cycleId),
            corrections: await correctionsOf(db, cycleId),
            ikus: await latestIkus(db, cycleId),
          }
        : null,
    [cycleId],
  ).value;
}

/** The leader's settings the next step's due date depends on; undefined while they load. */
export const useStepOptions = () => useLiveQuery(() => readStepOptions(getDb()), []).value;

/**
 * Checks the cycle when it opens and when its cache is from another machine version: verifies the
 * log's hash chain, keeps the outcome on the cycle row, rebuilds the cache. Writes, so not a live query.
 */
export function useCycleCheck(
  cycleId: string | undefined,
  machineVersion: number | undefined,
  check: (() => Promise<void>) | undefined,
  onError: (e: unknown) => void,
) {
  useEffect(() => {
    if (cycleId && check) void check().catch(onError);
  }, [cycleId, machineVersion]);
}
