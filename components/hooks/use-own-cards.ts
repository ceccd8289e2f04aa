import { getDb } from '../../lib/browser/db';
import { type OwnCard, ownCardsOf } from '../../lib/session/custom-cards';
import { useLiveQuery } from './use-live-query';

export type { OwnCard };

/** The team's own cards, live; an empty list while loading. */
export function useOwnCards(teamId: string): OwnCard[] {
  return useLiveQuery(() => ownCardsOf(getDb(), teamId), [teamId]).value ?? [];
}
