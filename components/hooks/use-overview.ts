import { lastBackupAt } from '../../lib/backup/store';
import { getDb } from '../../lib/browser/db';
import { type OverviewRow, readOverview } from '../../lib/teams/overview';
import { useLiveQuery } from './use-live-query';

/** Every active team's row of the overview, most urgent first, live; undefined while loading. */
export const useOverview = (): OverviewRow[] | undefined => useLiveQuery(() => readOverview(getDb(), Date.now())).value;

/** When the last backup was made (null: never; undefined while loading), without loading the backup's own code. */
export const useLastBackupAt = (): number | null | undefined => useLiveQuery(() => lastBackupAt(getDb())).value;
