// Stands in for machines/pure-step.ts in the Chrome service worker's build only (wxt.config.ts).
import type { initialSnapshot as Initial, pureStep as Step } from '../../../machines/pure-step';
import { unwrapLazy, workerLazy } from './load';

export const initialSnapshot: typeof Initial = (machine, input) => workerLazy('initialSnapshot')(unwrapLazy(machine), input);
export const pureStep: typeof Step = (machine, snapshot, event) => workerLazy('pureStep')(unwrapLazy(machine), snapshot, event);
