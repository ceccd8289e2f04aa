import { type PlaceLink, placeLink } from '../../lib/actions/places';
import { getDb } from '../../lib/browser/db';
import { placeOf } from '../../lib/cycles/step-places';
import type { ActionId } from '../../machines/next-step';
import { useLiveQuery } from './use-live-query';

/** The link to where the current step is done (live: follows the settings); null for steps done here. */
export function useStepPlace(cycleId: string | undefined, action: ActionId | null): PlaceLink | null | undefined {
  const place = action ? placeOf(action) : null;
  return useLiveQuery(
    () => (place && cycleId && action ? placeLink(getDb(), place, cycleId, action) : Promise.resolve(null)),
    [cycleId, action],
  ).value;
}
