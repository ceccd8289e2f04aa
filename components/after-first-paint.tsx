import type { ComponentType, JSX } from 'preact';
import { firstPaint } from '../lib/browser/paint-first';
import { lazyComponent } from './lazy';

/**
 * A component the first screen does without (it reads the database through Dexie, or is most of
 * the page's code): its code loads once the first data is painted (lib/browser/paint-first.ts),
 * so it never delays that paint.
 */
export const afterFirstPaint = <P extends object>(load: () => Promise<ComponentType<P>>): ((props: P) => JSX.Element | null) =>
  lazyComponent(() => firstPaint.then(load));
