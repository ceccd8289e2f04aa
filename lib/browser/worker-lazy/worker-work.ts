// Stands in for lib/browser/worker-work.ts in the Chrome service worker's build only (wxt.config.ts):
// the work a wake does beyond its wiring loads with the first event that needs it (load.ts).
import type * as Work from '../worker-work';
import { workerLazy } from './load';

const work = () => workerLazy('work');

export const answerOverlay: typeof Work.answerOverlay = (request, ctx) => work().answerOverlay(request, ctx);
export const answerPersonnel: typeof Work.answerPersonnel = (request, ctx) => work().answerPersonnel(request, ctx);
export const refreshReminders: typeof Work.refreshReminders = () => work().refreshReminders();
export const openFromNotification: typeof Work.openFromNotification = (id) => work().openFromNotification(id);
export const rebuildStepRows: typeof Work.rebuildStepRows = () => work().rebuildStepRows();
export const syncRegisteredHosts: typeof Work.syncRegisteredHosts = () => work().syncRegisteredHosts();
