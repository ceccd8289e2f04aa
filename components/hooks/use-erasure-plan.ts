import { getDb } from '../../lib/browser/db';
import { erasurePlanOf } from '../../lib/privacy/queries';
import { useLiveQuery } from './use-live-query';

/** What erasing an employee would remove, live (undefined while loading); an error if they are gone. */
export function useErasurePlan(employeeId: string) {
  return useLiveQuery(() => erasurePlanOf(getDb(), employeeId), [employeeId]);
}
