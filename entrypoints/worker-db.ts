// /worker-db.js: the database (Dexie), which the Chrome service worker loads only when an event
// reads or writes it (lib/browser/worker-lazy/load.ts).
import { Dexie } from 'dexie';
import { getDb } from '../lib/browser/db';
import { provideWorkerLazy } from '../lib/browser/worker-lazy/load';

export default defineUnlistedScript(() => {
  provideWorkerLazy({ getDb, Dexie });
});
