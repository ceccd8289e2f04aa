import { getDb } from '../../lib/browser/db';
import { yearlyDutyOf } from '../../lib/teams/queries';
import type { EmployeeDuty } from '../../lib/teams/yearly-duty';
import { useLiveQuery } from './use-live-query';

/** Every employee's yearly IKU duty, by id, live; empty while it loads. */
export function useYearlyDuty(): ReadonlyMap<string, EmployeeDuty> {
  const duties = useLiveQuery(() => yearlyDutyOf(getDb(), Date.now())).value;
  return new Map((duties ?? []).map((d) => [d.employeeId, d]));
}
