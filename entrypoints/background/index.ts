import { answerBenchPing } from '../../lib/browser/bench-ping';
import { startHostSync } from '../../lib/browser/hosts';
import { startReminders } from '../../lib/browser/reminders';
import { startRouter } from '../../lib/browser/router';
import { refreshStepRowsOnUpdate } from '../../lib/browser/step-rows';
import { startWorkerLazy } from '../../lib/browser/worker-lazy/load';
import { registerCatalog } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';

export default defineBackground(() => {
  // Wiring only; no state lives here (the service worker stops after 30 s idle). Nothing is read
  // at start: each listener reads what its own event needs.
  if (typeof importScripts === 'function') startWorkerLazy();
  // A notification in English needs the English texts (in Chrome's worker, a stand-in that loads
  // them at first use; the pages load them with loadLocale).
  registerCatalog('en', en);
  startRouter();
  startReminders();
  refreshStepRowsOnUpdate();
  startHostSync();
  if (import.meta.env.MODE === 'test') answerBenchPing();
});
