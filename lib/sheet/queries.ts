import type { TusDb } from '../db/database';
import type { Correction } from '../domain/types';

/** The logged corrections of a cycle's individual rows, oldest first, for a live query. */
export const correctionsOf = (db: TusDb, cycleId: string): Promise<Correction[]> =>
  db.corrections.where('cycleId').equals(cycleId).sortBy('at');
