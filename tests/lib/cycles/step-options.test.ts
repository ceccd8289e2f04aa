import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidStepOptionsError, saveStepOptions } from '../../../lib/cycles/step-options';
import { appendEvent, createCycle, loadCycle, refreshStepRows } from '../../../lib/cycles/store';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { TusDb } from '../../../lib/db/database';
import { scriptEvents } from '../../../lib/demo/script';
import { readStepOptions } from '../../../lib/settings/store';
import { addEmployees, createTeam } from '../../../lib/teams/store';
import { consentDueAt } from '../../../machines/next-step';
import { stepAt } from '../../../machines/step-at';

// Session Wednesday 2 December 2026; the script requests consent nine days later.
const SESSION = zonedToEpoch('2026-12-02', '09:30');

let db: TusDb;
let cycleId: string;
let requestedAt: number;

beforeEach(async () => {
  db = new TusDb(`step-options-${crypto.randomUUID()}`);
  await createTeam(db, 'Team Syd', 0, 't1');
  await addEmployees(db, 't1', [
    { id: 'e1', name: 'Anne', email: 'anne@randers.dk' },
    { id: 'e2', name: 'Bo', email: 'bo@randers.dk' },
  ]);
  const [plan, ...rest] = scriptEvents('tus-iku', ['e1', 'e2'], SESSION, 'consent');
  const { row } = await createCycle(db, {
    teamId: 't1',
    variant: 'tus-iku',
    plan: plan!.type === 'leader.updatePlan' ? plan!.plan : {},
    now: 1,
  });
  for (const e of rest) await appendEvent(db, row.id, e);
  cycleId = row.id;
  requestedAt = Math.min(...rest.filter((e) => e.type === 'iku.requestConsent').map((e) => e.at));
});

const storedStep = async () => {
  const row = (await db.steps.get(cycleId))!;
  return { row, step: stepAt(row.schedule, requestedAt) };
};

describe('the consent wait setting and the step rows', () => {
  it('writes step rows with the stored setting, default five working days', async () => {
    const { row, step } = await storedStep();
    expect(row.options).toEqual({ consentWaitWorkingDays: 5 });
    expect(step).toMatchObject({ action: 'collectConsent', dueAt: consentDueAt(requestedAt, 5) });
  });

  it('rewrites every open cycle’s step row when it is saved, so the popup shows the new due date at once', async () => {
    expect(await saveStepOptions(db, { consentWaitWorkingDays: 2 })).toBe(1);
    expect(await readStepOptions(db)).toEqual({ consentWaitWorkingDays: 2 });
    const { row, step } = await storedStep();
    expect(row.options).toEqual({ consentWaitWorkingDays: 2 });
    expect(step.dueAt).toBe(consentDueAt(requestedAt, 2));
    // Nothing left stale; saving the same value again rewrites nothing.
    expect(await refreshStepRows(db)).toBe(0);
    expect(await saveStepOptions(db, { consentWaitWorkingDays: 2 })).toBe(0);
    // Later writes of the cycle use the saved value too.
    await appendEvent(db, cycleId, { type: 'iku.requestChanges', employeeId: 'e2', at: requestedAt + 60_000, note: 'Ret punkt 2' });
    expect((await storedStep()).row.options).toEqual({ consentWaitWorkingDays: 2 });
  });

  it('counts a row made with another value as stale and rebuilds it', async () => {
    const { row } = await storedStep();
    await db.steps.put({ ...row, options: { consentWaitWorkingDays: 9 }, schedule: [] });
    expect(await refreshStepRows(db)).toBe(1);
    expect((await storedStep()).step.dueAt).toBe(consentDueAt(requestedAt, 5));
    await db.steps.put({ ...row, options: { consentWaitWorkingDays: 9 }, schedule: [] });
    await loadCycle(db, cycleId);
    expect((await storedStep()).row.options).toEqual({ consentWaitWorkingDays: 5 });
  });

  it.each([0, 31, 2.5, Number.NaN])('refuses %s working days and changes nothing', async (days) => {
    await expect(saveStepOptions(db, { consentWaitWorkingDays: days })).rejects.toThrow(InvalidStepOptionsError);
    await expect(saveStepOptions(db, { consentWaitWorkingDays: days })).rejects.toThrow(/mellem 1 og 30/);
    expect(await readStepOptions(db)).toEqual({ consentWaitWorkingDays: 5 });
    expect((await storedStep()).row.options).toEqual({ consentWaitWorkingDays: 5 });
  });
});
