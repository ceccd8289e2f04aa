import { answerBenchPing } from '../../lib/browser/bench-ping';
import { startHostSync } from '../../lib/browser/hosts';
import { startReminders } from '../../lib/browser/reminders';
import { startRouter } from '../../lib/browser/router';
import { refreshStepRowsOnUpdate } from '../../lib/browser/step-rows';
import { startWorkerLazy } from '../../lib/browser/worker-lazy/load';

export default defineBackground(() => {
  // Wiring only; no state lives here (the service worker stops after 30 s idle). Nothing is read
  // at start: each listener reads what its own event needs.
  if (typeof importScripts === 'function') startWorkerLazy();
  startRouter();
  startReminders();
  refreshStepRowsOnUpdate();
  startHostSync();
  if (import.meta.env.MODE === 'test') answerBenchPing();
});
