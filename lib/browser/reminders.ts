import { browser } from 'wxt/browser';
import { pickLocale } from '../i18n';
import { type ReminderPort, runReminders } from '../reminders/run';
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
  // Read at each run: the worker outlives a change of the browser's language.
  get locale() {
    return pickLocale(navigator.languages);
  },
};

export const refreshReminders = () => runReminders(getDb(), port, Date.now());

/**
 * Alarms may be gone after a browser restart and the worker stops when idle: at every start the
 * alarm is looked up and created only when missing (creating it again would restart its
 * 15-minute period, so a worker woken more often would never see it fire). Each run recomputes
 * from the deadlines stored in IndexedDB; nothing is read at start unless the browser started.
 */
export function startReminders(): void {
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(ALARM, { delayInMinutes: 0.1, periodInMinutes: 15 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshReminders();
  });
  // The badge does not outlive the browser session.
  browser.runtime.onStartup.addListener(() => void refreshReminders());
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: dashboardUrl() });
    void browser.notifications.clear(id);
  });
}
