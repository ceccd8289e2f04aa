import { useEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../lib/browser/live-query';

/** A live query for Preact: undefined while loading, then every committed change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: null });
  useEffect(
    () =>
      watchQuery(query, {
        next: (value) => setState({ value, error: null }),
        error: (error: unknown) => setState((s) => ({ value: s.value, error })),
      }),
    deps,
  );
  return state;
}
