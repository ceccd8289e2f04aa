// Stands in for @noble/hashes/sha2.js in the Chrome service worker's build only (wxt.config.ts):
// hashing is needed when the event log is written or checked, not at every wake.
import { lazyExport } from './load';

export const sha256 = lazyExport('sha256', 'function');
