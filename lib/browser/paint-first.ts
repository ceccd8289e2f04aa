// The popup and the dashboard paint their first screen from a raw IndexedDB read
// (lib/browser/first-read.ts), then hand over to their live query, which loads Dexie. What the
// first screen does not need (the storage alert, the backup reminder, the team page's code)
// waits for `firstPaint`.
import type { LiveObserver } from './live-query';

/** Longer than a first read ever takes; past it (another page's upgrade queued before it) the live query answers. */
const FIRST_READ_WAIT_MS = 500;
/** A page in the background gets no animation frames. */
const PAINT_WAIT_MS = 200;
/** How long a page waits for its first read before it paints without it (its loading state). */
export const FIRST_FRAME_WAIT_MS = 150;

let painted: () => void = () => {};
/** Resolves once the page's first data has been painted, or at once where it could not be read first. */
export const firstPaint = new Promise<void>((resolve) => {
  painted = resolve;
});

/**
 * Resolves once `first` has answered, or after FIRST_FRAME_WAIT_MS: a page renders then, so its
 * first frame holds its rows. A frame painted before them (a loading text, an empty list) would
 * hold back the frame with the rows until it is on screen.
 */
export const firstReadOrSoon = (first: Promise<unknown>): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, FIRST_FRAME_WAIT_MS);
    first.then(
      () => resolve(),
      () => resolve(),
    );
  });

const ELEMENT_TIMING = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('element');

/**
 * After the next frame is painted (or PAINT_WAIT_MS, whichever comes first). Where the page marks
 * an element for Element Timing (the popup's first row, the dashboard's first team), after the
 * browser reports that element painted, which is once its frame is on screen: work started at the
 * end of the frame's main-thread part (loading Dexie, the code shown after the first paint) would
 * compete for the CPU with the rest of that frame's way to the screen.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, PAINT_WAIT_MS);
    if (ELEMENT_TIMING) {
      observer = new PerformanceObserver(done);
      observer.observe({ type: 'element', buffered: true });
    }
    // The frame has been drawn on the main thread; with no element to report, that is all to wait for.
    requestAnimationFrame(() => setTimeout(() => (observer && document.querySelector('[elementtiming]') ? undefined : done())));
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
