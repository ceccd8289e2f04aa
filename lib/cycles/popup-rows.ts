import type { TusDb } from '../db/database';
import type { StepRow } from '../db/rows';
import type { Team } from '../domain/types';

/**
 * What the popup reads, in one read transaction: the active teams and the open cycles' step rows
 * (never a cycle's snapshot). `onOpen` runs once the transaction has started (a benchmark mark).
 */
export function readPopupRows(db: TusDb, onOpen: () => void = () => {}): Promise<[Team[], StepRow[]]> {
  return db.transaction('r', db.teams, db.steps, () => {
    onOpen();
    return Promise.all([db.teams.where('archived').equals(0).toArray(), db.steps.where('open').equals(1).toArray()]);
  });
}
