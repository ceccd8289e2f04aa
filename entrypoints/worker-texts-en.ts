// /worker-texts-en.js: the English texts, which the Chrome service worker loads only for a
// notification shown in English (lib/browser/worker-lazy/load.ts).
import { provideWorkerLazy } from '../lib/browser/worker-lazy/load';
import { en } from '../lib/i18n/en';

export default defineUnlistedScript(() => {
  provideWorkerLazy({ en });
});
