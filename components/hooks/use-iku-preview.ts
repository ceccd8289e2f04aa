import { getDb } from '../../lib/browser/db';
import { ikuPreview, ikusThatWouldChange } from '../../lib/iku/preview';
import { teamPlanCharacters, teamPlanVersions } from '../../lib/sheet/team-plan-store';
import { useLiveQuery } from './use-live-query';

/** The IKUs' content check and character report as the data stands; undefined while loading. */
export const useIkuPreview = (cycleId: string | undefined) =>
  useLiveQuery(async () => (cycleId ? ikuPreview(getDb(), cycleId) : null), [cycleId]).value;

/** The employees whose IKU a new version would change; undefined while loading (offer nothing meanwhile). */
export const useIkusThatWouldChange = (cycleId: string | undefined) =>
  useLiveQuery(async () => (cycleId ? ikusThatWouldChange(getDb(), cycleId) : []), [cycleId]).value;

/** The team plan's stored versions, oldest first. */
export const useTeamPlans = (cycleId: string | undefined) =>
  useLiveQuery(async () => (cycleId ? teamPlanVersions(getDb(), cycleId) : []), [cycleId]).value;

/** The characters the team plan's next PDF would not show as typed. */
export const useTeamPlanCharacters = (cycleId: string | undefined) =>
  useLiveQuery(async () => (cycleId ? teamPlanCharacters(getDb(), cycleId) : []), [cycleId]).value;
