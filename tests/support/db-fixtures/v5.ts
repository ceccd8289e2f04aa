import type { CycleRow } from '../../../lib/db/rows';
import { toStepRows } from '../../../lib/db/step-rows';
import type { DbFixture } from './types';
import { fixtureV4 } from './v4';

/** Schema v5: the popup's step rows, written beside every current cache with the leader's consent wait (7 days). */
export async function fixtureV5(): Promise<DbFixture> {
  const { rows } = await fixtureV4();
  const steps = toStepRows(rows.cycles as CycleRow[], { consentWaitWorkingDays: 7 });
  return { version: 5, rows: { ...rows, steps } };
}
