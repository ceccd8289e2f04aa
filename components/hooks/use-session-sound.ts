import { getDb } from '../../lib/browser/db';
import { sessionSoundOn } from '../../lib/session/sound';
import { useLiveQuery } from './use-live-query';

/** Whether the session's chimes are on (off while loading, and until the leader turns them on). */
export function useSessionSound(): boolean {
  return useLiveQuery(() => sessionSoundOn(getDb()), []).value ?? false;
}
