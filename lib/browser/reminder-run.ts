import { browser } from 'wxt/browser';
import { pickLocale } from '../i18n';
import { type ReminderPort, runReminders } from '../reminders/run';
import { getDb } from './db';
import { dashboardUrl } from './pages';

const port: ReminderPort = {
  async setBadge(text) {
    await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
    await browser.action.setBadgeText({ text });
  },
  async notify(id, title, message) {
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  },
  // Read at each run: the worker outlives a change of the browser's language.
  get locale() {
    return pickLocale(navigator.languages);
  },
};

/** Each run recomputes the badge and the notifications from the deadlines stored in IndexedDB. */
export const refreshReminders = () => runReminders(getDb(), port, Date.now());

/** Opens the dashboard from a reminder's notification. */
export async function openFromNotification(id: string): Promise<void> {
  await browser.tabs.create({ url: dashboardUrl() });
  await browser.notifications.clear(id);
}
