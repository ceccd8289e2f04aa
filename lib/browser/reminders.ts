import { browser } from 'wxt/browser';
import { runReminders, type ReminderPort } from '../reminders/run';
import { getDb } from './db';
import { dashboardUrl } from './pages';

const ALARM = 'tus-reminders';

const port: ReminderPort = {
  async setBadge(text) {
    await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
    await browser.action.setBadgeText({ text });
  },
  async notify(id, title, message) {
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
  },
};

export const refreshReminders = () => runReminders(getDb(), port, Date.now());

/**
 * Alarms may be gone after a browser restart and the worker stops when idle: the alarm is
 * (re)created at every start, and each run recomputes from the deadlines stored in IndexedDB.
 */
export function startReminders(): void {
  void browser.alarms.create(ALARM, { delayInMinutes: 0.1, periodInMinutes: 15 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshReminders();
  });
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: dashboardUrl() });
    void browser.notifications.clear(id);
  });
  void refreshReminders();
}
