// /worker-machines.js: XState with the cycle machine, and SHA-256, which the Chrome service
// worker loads only when an event writes or checks the event log (lib/browser/worker-lazy/load.ts).
import { sha256 } from '@noble/hashes/sha2.js';
import { provideWorkerLazy } from '../lib/browser/worker-lazy/load';
import { cycleMachine } from '../machines/cycle.machine';
import { initialSnapshot, pureStep } from '../machines/pure-step';

export default defineUnlistedScript(() => {
  provideWorkerLazy({ cycleMachine, initialSnapshot, pureStep, sha256 });
});
