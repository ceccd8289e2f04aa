import { useEffect, useMemo, useState } from 'preact/hooks';
import { type LeaderSettings, settingsActions } from '../../lib/actions/settings';
import { getDb } from '../../lib/browser/db';
import { getSetting } from '../../lib/settings/store';
import { useLiveQuery } from './use-live-query';

/** The settings the page shows, live (undefined while loading), and its actions. */
export function useSettings() {
  const db = getDb();
  const hosts = useLiveQuery(() => getSetting(db, 'hosts')).value ?? [];
  const webmail = useLiveQuery(() => getSetting(db, 'webmail')).value;
  const consentWait = useLiveQuery(() => getSetting(db, 'consentWaitWorkingDays')).value;
  const actions = useMemo(() => settingsActions(), []);
  return { hosts, webmail, consentWait, actions };
}

/** The leader as stored when the page opened; null until read. Read once: the form then holds the typing. */
export function useStoredLeader(): LeaderSettings | null {
  const [leader, setLeader] = useState<LeaderSettings | null>(null);
  useEffect(() => {
    void getSetting(getDb(), 'leader').then(setLeader);
  }, []);
  return leader;
}
