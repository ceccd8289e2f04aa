import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, loadCycle, readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { DAY, DEADLINE, SESSION_AT } from '../../support/cycle-events';

let db: TusDb;
const seed = (events: ReturnType<typeof scriptEvents>) =>
  importDataset(db, {
    teams: [{ id: 't', name: 'Teamet', archived: 0, createdAt: 0 }],
    employees: [{ id: 'e1', teamId: 't', name: 'Åse', email: 'aase@x.dk' }],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events }],
  });

beforeEach(() => {
  db = new TusDb(`write-rules-${crypto.randomUUID()}`);
});

describe('rules asked where an event is written, not by the machine', () => {
  it('refuses closing the corrections after the window, and writes nothing', async () => {
    await seed(scriptEvents('tus-iku', ['e1'], SESSION_AT, 'corrections'));
    const before = (await readCycleLog(db, 'c')).length;
    await expect(appendEvent(db, 'c', { type: 'leader.closeCorrectionsEarly', at: DEADLINE + 1 })).rejects.toThrow();
    expect(await readCycleLog(db, 'c')).toHaveLength(before);
  });

  it('replays a log written before the rule that holds such an event', async () => {
    // As machine v4 wrote it: "Luk for rettelser nu" was offered after the deadline, and clicked.
    await seed([
      ...scriptEvents('tus-iku', ['e1'], SESSION_AT, 'corrections'),
      { type: 'leader.closeCorrectionsEarly', at: DEADLINE + DAY },
    ]);
    const { row, snapshot } = await loadCycle(db, 'c');
    expect(row.integrity?.refused ?? null).toBeNull();
    expect(snapshot.context.correctionsClosedEarlyAt).toBe(DEADLINE + DAY);
  });
});
