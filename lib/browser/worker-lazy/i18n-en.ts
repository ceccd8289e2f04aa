// Stands in for lib/i18n/en.ts in the Chrome service worker's build only (wxt.config.ts).
import { lazyExport } from './load';

export const en = lazyExport('en', 'object');
