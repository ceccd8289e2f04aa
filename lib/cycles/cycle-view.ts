import type { TusDb } from '../db/database';
import { type CycleSnapshot, fromCache, isCacheCurrent } from './replay';

export interface CycleView {
  teamId: string;
  /** The cached state; null while the cache is missing or from another machine version (loadCycle rebuilds it). */
  snapshot: CycleSnapshot | null;
}

/**
 * A cycle as a view shows it. Reads only, so a live query may call it: a stale cache is not
 * rebuilt here (that writes), the caller asks for it. null when there is no such cycle.
 */
export async function readCycleView(db: TusDb, cycleId: string): Promise<CycleView | null> {
  const row = await db.cycles.get(cycleId);
  if (!row) return null;
  return { teamId: row.teamId, snapshot: isCacheCurrent(row.cache) ? fromCache(row.cache) : null };
}
