import { browser } from 'wxt/browser';

/** Asks the background to recompute the badge and reminders now, after a write, not at the next alarm. */
export function requestReminderRun(): void {
  void browser.runtime.sendMessage({ type: 'tus.refreshReminders' }).catch(() => undefined);
}
