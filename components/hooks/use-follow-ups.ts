import { getDb } from '../../lib/browser/db';
import { agreementStatusOf } from '../../lib/follow-ups/queries';
import { carryOverOf } from '../../lib/sheet/queries';
import { useLiveQuery } from './use-live-query';

/** The cycle's agreements with their latest status and history; undefined while loading. */
export const useAgreementStatus = (cycleId: string) => useLiveQuery(() => agreementStatusOf(getDb(), cycleId), [cycleId]).value;

/** What this cycle may carry over from the team's last cycle with agreements; null when nothing, undefined while loading. */
export const useCarryOver = (cycleId: string) => useLiveQuery(() => carryOverOf(getDb(), cycleId), [cycleId]).value;
