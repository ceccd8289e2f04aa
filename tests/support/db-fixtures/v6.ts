import { chainEvents } from '../../../lib/db/chain';
import type { CycleRow, EventData } from '../../../lib/db/rows';
import type { DbFixture } from './types';
import { fixtureV5 } from './v5';

/** Schema v6: every event chained to the one before, and each cycle row holding its log's head. */
export async function fixtureV6(): Promise<DbFixture> {
  const { rows } = await fixtureV5();
  const events = rows.events as EventData[];
  const cycles = (rows.cycles as CycleRow[]).map((c) => {
    const chained = chainEvents(events.filter((e) => e.cycleId === c.id).sort((a, b) => a.seq - b.seq));
    const last = chained.at(-1);
    return { cycle: { ...c, head: last ? { seq: last.seq, hash: last.hash } : null, integrity: null }, chained };
  });
  return { version: 6, rows: { ...rows, cycles: cycles.map((c) => c.cycle), events: cycles.flatMap((c) => c.chained) } };
}
