import { browser } from 'wxt/browser';
import { openFromNotification, rebuildStepRows, refreshReminders, syncRegisteredHosts } from './worker-work';

const ALARM = 'tus-reminders';

/** The alarm, created only when missing: creating it again would restart its 15-minute period. */
export async function ensureReminderAlarm(): Promise<void> {
  const alarm = await browser.alarms.get(ALARM);
  if (!alarm) await browser.alarms.create(ALARM, { delayInMinutes: 0.1, periodInMinutes: 15 });
}

/**
 * The alarm outlives the worker but may be gone after a browser restart (Chrome), an update, a
 * reload or a disable and enable (Firefox), or a failed create. It is looked up when the browser
 * starts, when the extension is installed or updated, and when a page of ours asks for a run (after
 * each of the leader's writes); and at every start where that is rare (`lookUpAtStart`: Firefox's event
 * page). Chrome's worker starts for every message, so a plain wake there makes no call for it.
 */
export function startReminders({ lookUpAtStart }: { lookUpAtStart: boolean }): void {
  const ensure = () => void ensureReminderAlarm().catch((error: unknown) => console.error('TUS-assistent: no reminder alarm', error));
  if (lookUpAtStart) ensure();
  browser.runtime.onInstalled.addListener(ensure);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshReminders();
  });
  // The badge does not outlive the browser session.
  browser.runtime.onStartup.addListener(() => {
    ensure();
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
