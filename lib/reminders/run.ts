import type { TusDb } from '../db/database';
import type { Locale } from '../i18n';
import { say } from '../i18n/message';
import { getSetting, readStepOptions, setSetting } from '../settings/store';
import { computeReminders } from './reminders';

/** What the reminders need of the browser; the background passes the real one, tests a fake. */
export interface ReminderPort {
  setBadge(text: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  /** The language the notifications are shown in (the browser's); Danish when not said. */
  readonly locale?: Locale;
}

const KEEP = 2000;

/** Reads the stored deadlines, sets the badge and shows each due reminder once. */
export async function runReminders(db: TusDb, port: ReminderPort, now: number): Promise<{ badge: number; shown: string[] }> {
  const [teams, openCycles, employees, notified, options] = await db.transaction(
    'r',
    [db.teams, db.cycles, db.employees, db.settings],
    () =>
      Promise.all([
        db.teams.where('archived').equals(0).toArray(),
        db.cycles.where('open').equals(1).toArray(),
        db.employees.toArray(),
        getSetting(db, 'notified'),
        readStepOptions(db),
      ]),
  );
  const { badge, reminders } = computeReminders({ teams, openCycles, employees, now, options });
  await port.setBadge(badge ? String(badge) : '');
  const seen = new Set(notified);
  const fresh = reminders.filter((r) => !seen.has(r.key));
  const locale = port.locale ?? 'da';
  for (const r of fresh) await port.notify(r.key, say(r.title, locale), say(r.message, locale));
  if (fresh.length) await setSetting(db, 'notified', [...notified, ...fresh.map((r) => r.key)].slice(-KEEP));
  return { badge, shown: fresh.map((r) => r.key) };
}
