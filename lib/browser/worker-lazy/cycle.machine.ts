// Stands in for machines/cycle.machine.ts in the Chrome service worker's build only
// (wxt.config.ts): the same exports, the machine itself loaded at its first use (load.ts).
import type { IkuEntry } from '../../../machines/cycle.machine';
import { lazyExport } from './load';

export type * from '../../../machines/cycle.machine';
export { CYCLE_MACHINE_VERSION } from '../../../machines/machine-version';

export const cycleMachine = lazyExport('cycleMachine', 'object');

/** A lookup in the cached context, answered without loading the machine (same as the machine module's). */
export const ikuOf = (context: { ikus: readonly IkuEntry[] }, employeeId: string): IkuEntry | undefined =>
  context.ikus.find((i) => i.employeeId === employeeId);
