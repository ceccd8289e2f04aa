// Stands in for Dexie in the Chrome service worker's build only (wxt.config.ts): its statics
// (Dexie.minKey, Dexie.maxKey) are read from the real one, loaded at first use (load.ts).
import { lazyExport } from './load';

const Dexie = lazyExport('Dexie', 'function');
export default Dexie;
export { Dexie };
