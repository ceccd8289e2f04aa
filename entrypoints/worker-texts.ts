// /worker-texts.js: the Danish texts and the reading of consent replies, which the Chrome
// service worker loads only for a notification, an error or a reply (lib/browser/worker-lazy/load.ts).
import { provideWorkerLazy } from '../lib/browser/worker-lazy/load';
import { readReply } from '../lib/consent/classify';
import { da } from '../lib/i18n/da';

export default defineUnlistedScript(() => {
  provideWorkerLazy({ da, readReply });
});
