import { startRouter } from '../../lib/browser/router';
import { syncRegisteredHosts } from '../../lib/browser/hosts';
import { startReminders } from '../../lib/browser/reminders';
import { refreshStepRowsOnUpdate } from '../../lib/browser/step-rows';

export default defineBackground(() => {
  // Wiring only; no state lives here (the service worker stops after 30 s idle).
  startRouter();
  startReminders();
  refreshStepRowsOnUpdate();
  void syncRegisteredHosts();
});
