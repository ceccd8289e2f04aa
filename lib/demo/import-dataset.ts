import { replay, toCache, toRow } from '../cycles/replay';
import { chainEvents } from '../db/chain';
import type { CycleRow, EventRow, TusDb } from '../db/database';
import { toStepRows } from '../db/step-rows';
import { readStepOptions } from '../settings/store';
import type { Dataset } from './dataset';

/**
 * Writes a whole dataset in one transaction: the log is replayed first (pure), then
 * written, so a refused or failing import leaves the database as it was.
 */
export async function importDataset(db: TusDb, data: Dataset): Promise<void> {
  const events: EventRow[] = [];
  const cycles: CycleRow[] = data.cycles.map((c) => {
    const rows = chainEvents(c.events.map((e, i) => toRow(c.id, i + 1, e)));
    events.push(...rows);
    const snapshot = replay(c.variant, rows);
    const last = rows.at(-1);
    return {
      id: c.id,
      teamId: c.teamId,
      variant: c.variant,
      createdAt: c.createdAt,
      open: snapshot.status === 'done' ? 0 : 1,
      cache: toCache(snapshot, rows.length),
      head: last ? { seq: last.seq, hash: last.hash } : null,
      integrity: null,
    };
  });
  await db.transaction('rw', [db.teams, db.employees, db.cycles, db.events, db.steps, db.settings], async () => {
    await db.teams.bulkAdd(data.teams);
    await db.employees.bulkAdd(data.employees);
    await db.cycles.bulkAdd(cycles);
    await db.steps.bulkAdd(toStepRows(cycles, await readStepOptions(db)));
    await db.events.bulkAdd(events);
  });
}
