// Stands in for lib/i18n/en.ts in the Chrome service worker's build only (wxt.config.ts): the
// reminders' notifications in English (see i18n-da.ts).
import type { MessageKey } from '../../i18n/da';
import { enReminders } from '../../i18n/reminder-texts';

export const en = enReminders as Record<MessageKey, string>;
