import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { makeDataset } from '../../../lib/demo/dataset';
import { importDataset } from '../../../lib/demo/import-dataset';
import { KeyedError } from '../../../lib/i18n/message';
import { eraseOldCycles, retentionPreview } from '../../../lib/privacy/retention';
import { ANNE, BO, dumpAll, seed } from './fixture';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`retention-${crypto.randomUUID()}`);
  await seed(db, NOW);
});
afterEach(() => db.close());

describe('erasing closed cycles older than N years', () => {
  it('shows what would go, and erases exactly that, with everything kept under the cycle', async () => {
    const plan = (cycleId: string) => ({
      id: `${cycleId}:1`,
      cycleId,
      version: 1,
      hash: 'a'.repeat(64),
      madeBy: 'team' as const,
      pdf: new Blob(['%PDF']),
      fileName: 'Teamudviklingsplan.pdf',
      createdAt: NOW,
    });
    await db.teamPlans.bulkAdd([plan('old'), plan('vest')]);
    const preview = await retentionPreview(db, 5, NOW);
    expect(preview.map((i) => [i.cycleId, i.teamName, i.employees])).toEqual([['old', 'Team Øst', [ANNE.name, BO.name]]]);
    expect(await db.cycles.count()).toBe(3); // the preview wrote nothing

    const erased = await eraseOldCycles(
      db,
      5,
      NOW,
      preview.map((i) => i.cycleId),
    );
    expect(erased).toEqual(preview);
    expect((await db.cycles.toArray()).map((c) => c.id).sort()).toEqual(['now', 'vest']);
    expect(await readCycleLog(db, 'old')).toEqual([]);
    expect((await readCycleLog(db, 'now')).length).toBeGreaterThan(0);
    expect((await db.agreements.toArray()).map((a) => a.id)).toEqual(['a-now', 'a-vest']);
    expect(await db.ikus.count()).toBe(0);
    expect(await db.corrections.count()).toBe(0);
    expect((await db.teamPlans.toArray()).map((p) => p.cycleId)).toEqual(['vest']);
    expect(await db.steps.get('old')).toBeUndefined();
    // The employees stay on their teams.
    expect(await db.employees.count()).toBe(4);
  });

  it('takes the younger closed cycle only when N allows, never an open one', async () => {
    expect((await retentionPreview(db, 1, NOW)).map((i) => i.cycleId)).toEqual(['old', 'vest']);
    expect(await retentionPreview(db, 7, NOW)).toEqual([]);
  });

  it('reads hundreds of closed cycles in one transaction, most of them too young (a regression: the transaction committed early)', async () => {
    const big = new TusDb(`retention-${crypto.randomUUID()}`);
    await importDataset(big, makeDataset({ teams: 20, employeesPerTeam: 3, closedCyclesPerTeam: 10, now: NOW }));
    const closed = (await big.cycles.where('open').equals(0).toArray()).map((c) => c.cache!.context.closedAt!);
    const due = closed.filter((at) => at < NOW - 3 * 365.2425 * 86_400_000).length;
    expect(due).toBeGreaterThan(0);
    expect(closed.length - due).toBeGreaterThan(100);
    expect(await retentionPreview(big, 3, NOW)).toHaveLength(due);
    big.close();
  });

  it('erases nothing when what is due differs from what the leader saw, or N is not a whole number of years', async () => {
    const before = await dumpAll(db);
    await expect(eraseOldCycles(db, 1, NOW, ['old'])).rejects.toMatchObject({ key: 'privacy.retention.changed' });
    await expect(eraseOldCycles(db, 5, NOW, ['old', 'vest'])).rejects.toBeInstanceOf(KeyedError);
    await expect(retentionPreview(db, 0, NOW)).rejects.toMatchObject({ key: 'privacy.retention.invalidYears' });
    await expect(retentionPreview(db, 2.5, NOW)).rejects.toMatchObject({ key: 'privacy.retention.invalidYears' });
    expect(await dumpAll(db)).toBe(before);
  });
});
