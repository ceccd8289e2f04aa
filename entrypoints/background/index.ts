import { startRouter } from '../../lib/browser/router';
import { syncRegisteredHosts } from '../../lib/browser/hosts';

export default defineBackground(() => {
  // Wiring only; no state lives here (the service worker stops after 30 s idle).
  startRouter();
  void syncRegisteredHosts();
});
