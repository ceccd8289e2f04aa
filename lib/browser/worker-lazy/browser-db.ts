// Stands in for lib/browser/db.ts in the Chrome service worker's build only (wxt.config.ts): the
// database and Dexie load with the first event that reads or writes (load.ts).
import type { getDb as GetDb } from '../db';
import { workerLazy } from './load';

export const getDb: typeof GetDb = () => workerLazy('getDb')();
