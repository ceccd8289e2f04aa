// /worker-replies.js: the reading of consent replies, which the Chrome service worker loads only
// when the leader records or matches a reply (lib/browser/worker-lazy/load.ts): its patterns take
// milliseconds to build.
import { provideWorkerLazy } from '../lib/browser/worker-lazy/load';
import { readReply } from '../lib/consent/classify';

export default defineUnlistedScript(() => {
  provideWorkerLazy({ readReply });
});
