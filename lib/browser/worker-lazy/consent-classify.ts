// Stands in for lib/consent/classify.ts in the Chrome service worker's build only (wxt.config.ts):
// replies are read only when the leader records one, and its patterns take milliseconds to build.
import { lazyExport } from './load';

export type * from '../../consent/classify';
export const readReply = lazyExport('readReply', 'function');
