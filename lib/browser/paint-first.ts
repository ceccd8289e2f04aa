// The popup and the dashboard paint their first screen from a raw IndexedDB read
// (lib/browser/first-read.ts), then hand over to their live query, which loads Dexie. What the
// first screen does not need (the storage alert, the backup reminder, the team page's code)
// waits for `firstPaint`.
import type { LiveObserver } from './live-query';

/** Longer than a first read ever takes; past it (another page's upgrade queued before it) the live query answers. */
const FIRST_READ_WAIT_MS = 500;
/** A page in the background gets no animation frames. */
const PAINT_WAIT_MS = 200;

let painted: () => void = () => {};
/** Resolves once the page's first data has been painted, or at once where it could not be read first. */
export const firstPaint = new Promise<void>((resolve) => {
  painted = resolve;
});

/** After the next frame is painted (or PAINT_WAIT_MS, whichever comes first). */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });

/**
 * Shows `first` (null: nothing could be read first), then, once painted, what the live query
 * `loadQuery` gives answers (its module loads Dexie, so it is loaded only then). Returns the
 * unsubscribe.
 */
export function paintFirstThenWatch<T>(
  first: Promise<T | null>,
  loadQuery: () => Promise<() => Promise<T>>,
  observer: LiveObserver<T>,
): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_READ_WAIT_MS));
  void (async () => {
    const value = await Promise.race([first.catch(() => null), waited]);
    if (stopped) return;
    if (value !== null) {
      observer.next(value);
      await afterNextPaint();
    }
    painted();
    const [query, { watchQuery }] = await Promise.all([loadQuery(), import('./live-query')]);
    if (stopped) return;
    // For tests and the benchmark: when the live query (and Dexie) took over.
    performance.mark('live-query:start');
    unsubscribe = watchQuery(query, observer);
  })().catch(observer.error);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
