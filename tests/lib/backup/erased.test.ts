// A backup made before an erasure must not bring the erased data back, by merge or by replace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupContent } from '../../../lib/backup/content';
import { dumpDatabase } from '../../../lib/backup/dump';
import { mergeMissing, replaceAll } from '../../../lib/backup/restore';
import { erasedInFile } from '../../../lib/backup/validate';
import { loadCycle, verifyCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { eraseEmployee } from '../../../lib/privacy/erase';
import { readErased } from '../../../lib/privacy/erased';
import { eraseOldCycles } from '../../../lib/privacy/retention';
import { BO, dumpAll, seed, withoutNamesake } from '../privacy/fixture';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
let db: TusDb;
let before: BackupContent;

beforeEach(async () => {
  db = new TusDb(`erased-${crypto.randomUUID()}`);
  await seed(db, NOW);
  before = await dumpDatabase(db, NOW - 1000);
  await eraseEmployee(db, 'bo', NOW);
  // Retention then takes the six-year-old cycle (Team Vest's is two years old and stays).
  await eraseOldCycles(db, 5, NOW, ['old']);
});
afterEach(() => db.close());

async function expectNoTrace(): Promise<void> {
  const dump = withoutNamesake(await dumpAll(db));
  for (const trace of [BO.name, BO.email, `"${BO.id}"`]) expect(dump).not.toContain(trace.toLowerCase());
  expect(await db.cycles.get('old')).toBeUndefined();
  expect(await db.events.where('cycleId').equals('old').count()).toBe(0);
  for (const c of await db.cycles.toArray()) expect((await verifyCycleLog(db, c.id, NOW)).verdict).toEqual({ ok: true });
}

describe('restoring a backup made before an erasure', () => {
  it('records the erased ids hashed, never the ids or names themselves', async () => {
    const erased = await readErased(db);
    expect(erased.employees).toHaveLength(1);
    expect(erased.cycles).toHaveLength(1);
    expect(JSON.stringify(erased)).not.toMatch(/bo|old/i);
  });

  it('says in the preview how many erased records the file holds', () => {
    return readErased(db).then((erased) => expect(erasedInFile(before, erased)).toEqual({ employees: 1, cycles: 1 }));
  });

  it('merge skips the erased employee and cycle and reports them', async () => {
    const result = await mergeMissing(db, before, NOW);
    expect(result.erased).toEqual({ employees: 1, cycles: 1 });
    expect(result.added.employees).toBe(0);
    expect(result.added.cycles).toBe(0);
    await expectNoTrace();
  });

  it('replace applies the erasure again to what it restores, and keeps the record', async () => {
    const recorded = await readErased(db);
    const written = await replaceAll(db, before, NOW);
    expect(written.erased).toEqual({ employees: 1, cycles: 1 });
    await expectNoTrace();
    expect(await db.employees.get('anne')).toBeDefined();
    expect((await loadCycle(db, 'now', NOW)).row.integrity ?? null).toBeNull();
    expect(await readErased(db)).toEqual(recorded);
  });
});
