import { answerBenchPing } from '../../lib/browser/bench-ping';
import { startRouter } from '../../lib/browser/router';
import { startWorkerLazy } from '../../lib/browser/worker-lazy/load';
import { refreshStepRowsOnUpdate, startHostSync, startReminders } from '../../lib/browser/worker-listeners';

export default defineBackground(() => {
  // Wiring only; no state lives here (the service worker stops after 30 s idle). Nothing is read
  // at start: each listener reads what its own event needs, and in Chrome what a wake does beyond
  // this wiring is a lazy script of its own (lib/browser/worker-work.ts).
  // Chrome's service worker (importScripts); Firefox's event page has none, and starts rarely.
  const chromeWorker = typeof importScripts === 'function';
  if (chromeWorker) startWorkerLazy();
  startRouter();
  startReminders({ lookUpAtStart: !chromeWorker });
  refreshStepRowsOnUpdate();
  startHostSync();
  if (import.meta.env.MODE === 'test') answerBenchPing();
});
