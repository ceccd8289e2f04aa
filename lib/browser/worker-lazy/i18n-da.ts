// Stands in for lib/i18n/da.ts in the Chrome service worker's build only (wxt.config.ts). The one
// text the worker shows is a reminder's notification (lib/reminders/run.ts), so it holds those and
// not the whole catalog (60 KB, which Chrome would stream to the worker at every wake).
import type { da as Catalog } from '../../i18n/da';
import { daReminders } from '../../i18n/reminder-texts';

export type { MessageKey } from '../../i18n/da';
export const da = daReminders as typeof Catalog;
