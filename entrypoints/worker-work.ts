// /worker-work.js: what the Chrome service worker does beyond its wiring (answering a panel, the
// reminders, the step rows, the host sync), loaded by the first event that needs it
// (lib/browser/worker-lazy/load.ts). Built with the worker's stand-ins: the database, the machines
// and the texts stay in their own lazy scripts.
import { provideWorkerLazy } from '../lib/browser/worker-lazy/load';
import * as work from '../lib/browser/worker-work';

export default defineUnlistedScript(() => {
  provideWorkerLazy({ work });
});
