// What the service worker does once an event needs more than its wiring: answer a panel, run
// the reminders, rebuild the step rows, sync the added hosts. In Chrome's worker this module is
// its own script, loaded by the first event that needs it (worker-lazy/worker-work.ts): every
// wake parses the main script, and most wakes (a closed tab, a panel's registration) need none
// of this. Firefox's event page imports it directly.
import { refreshStepRows } from '../cycles/store';
import { registerCatalog } from '../i18n';
import { en } from '../i18n/en';
import { getDb } from './db';

export { syncRegisteredHosts } from './hosts';
export { answerOverlay, answerPersonnel } from './panel-handlers';
export { openFromNotification, refreshReminders } from './reminder-run';

/** An update may change the machine or the next-step rules: the popup reads stored rows and cannot rebuild them. */
export const rebuildStepRows = () => refreshStepRows(getDb());

// A notification in English needs the English texts (in Chrome's worker a stand-in that loads
// them at first use; the pages load them with loadLocale). Registered where the texts are used.
registerCatalog('en', en);
