// Stands in for lib/i18n/da.ts in the Chrome service worker's build only (wxt.config.ts): the
// worker needs texts only for a notification or an error, not at every wake.
import { lazyExport } from './load';

export type { MessageKey } from '../../i18n/da';
export const da = lazyExport('da', 'object');
