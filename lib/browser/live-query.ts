import { liveQuery } from 'dexie';

export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/**
 * Runs `query` now and again after every committed change to what it read (Dexie's liveQuery).
 * Here, not in components/, so views and hooks never import Dexie. Returns the unsubscribe.
 */
export function watchQuery<T>(query: () => Promise<T>, observer: LiveObserver<T>): () => void {
  const subscription = liveQuery(query).subscribe(observer);
  return () => subscription.unsubscribe();
}
