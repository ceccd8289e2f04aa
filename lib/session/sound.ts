// Whether the session view may play its chimes (the pairs' switch, a phase's end). Off until the
// leader turns it on: a sound in a meeting room should never surprise anyone. One settings row.
import type { TusDb } from '../db/database';

export const SESSION_SOUND_KEY = 'session.sound';

export async function sessionSoundOn(db: TusDb): Promise<boolean> {
  return (await db.settings.get(SESSION_SOUND_KEY))?.value === true;
}

export async function setSessionSound(db: TusDb, on: boolean): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: SESSION_SOUND_KEY, value: on }));
}
