import { browser } from 'wxt/browser';
import { openFromNotification, rebuildStepRows, refreshReminders, syncRegisteredHosts } from './worker-work';

const ALARM = 'tus-reminders';

/**
 * The alarm outlives the worker but may be gone after a browser restart (Chrome) or an update or
 * reload (Firefox), so it is looked up then, and created only when missing: creating it again would
 * restart its 15-minute period. A plain wake (a message, the alarm itself) makes no call for it.
 */
export function startReminders(): void {
  const ensureAlarm = () =>
    void browser.alarms.get(ALARM).then((alarm) => {
      if (!alarm) return browser.alarms.create(ALARM, { delayInMinutes: 0.1, periodInMinutes: 15 });
    });
  browser.runtime.onInstalled.addListener(ensureAlarm);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshReminders();
  });
  // The badge does not outlive the browser session.
  browser.runtime.onStartup.addListener(() => {
    ensureAlarm();
    void refreshReminders();
  });
  browser.notifications.onClicked.addListener((id) => void openFromNotification(id));
}

/** The step rows are rebuilt once per install or update (worker-work.ts, rebuildStepRows). */
export function refreshStepRowsOnUpdate(): void {
  browser.runtime.onInstalled.addListener(() => {
    void rebuildStepRows().catch((error: unknown) => console.error('TUS-assistent: could not rebuild step rows', error));
  });
}

/**
 * Synced when what it depends on may have changed: the browser started, the extension was
 * installed or updated, a permission was granted or revoked (pages ask after the leader's own
 * changes, tus.syncHosts). Not at every wake of the worker: an alarm or a message needs none of it.
 */
export function startHostSync(): void {
  const sync = () =>
    void syncRegisteredHosts().catch((error: unknown) => console.error('TUS-assistent: could not sync added hosts', error));
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
