import { describe, expect, it } from 'vitest';
import { replay, toCache, toRow } from '../../../lib/cycles/replay';
import { buildPopupItems, teamsWithoutOpenCycle } from '../../../lib/cycles/team-steps';
import type { CycleRow } from '../../../lib/db/database';
import { toStepRow, toStepRows } from '../../../lib/db/step-rows';
import { makeDataset } from '../../../lib/demo/dataset';
import { nextStep } from '../../../machines/next-step';
import { DEFAULT_STEP_OPTIONS } from '../../../machines/step-options';

const NOW = Date.UTC(2026, 10, 25, 9);

function openRows(teams: number) {
  const data = makeDataset({ teams, employeesPerTeam: 3, closedCyclesPerTeam: 0, now: NOW });
  const rows: CycleRow[] = data.cycles.map((c) => {
    const events = c.events.map((e, i) => toRow(c.id, i + 1, e));
    return {
      id: c.id,
      teamId: c.teamId,
      variant: c.variant,
      createdAt: c.createdAt,
      open: 1,
      cache: toCache(replay(c.variant, events), events.length),
    };
  });
  const steps = toStepRows(rows, DEFAULT_STEP_OPTIONS);
  return { data, rows, steps };
}

describe('popup items', () => {
  it('lists every active team once, overdue first, then by due date, then teams without a cycle', () => {
    const { data, rows, steps } = openRows(12);
    expect(steps).toHaveLength(rows.length);
    const extra = { id: 'new', name: 'Aalborg-teamet', archived: 0 as const, createdAt: 0 };
    const archived = { id: 'old', name: 'Lukket team', archived: 1 as const, createdAt: 0 };
    const items = buildPopupItems([...data.teams, extra, archived], steps, NOW);
    expect(items.map((i) => i.teamId).sort()).toEqual([...data.teams.map((t) => t.id), 'new'].sort());
    const rank = (i: (typeof items)[number]) => (i.step.overdue ? 0 : i.step.dueAt !== null ? 1 : i.step.action === 'startCycle' ? 3 : 2);
    const ranks = items.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).toContain(0);
    const dated = items.filter((i) => rank(i) === 1).map((i) => i.step.dueAt!);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(items.at(-1)).toMatchObject({ teamId: 'new', cycleId: null, step: { action: 'startCycle' } });
    // Each team's step is the one its cycle's snapshot gives at this moment.
    for (const row of rows) expect(items.find((i) => i.cycleId === row.id)?.step).toEqual(nextStep(row.cache!, NOW, DEFAULT_STEP_OPTIONS));
  });

  it('makes no step row from a missing or stale cache', () => {
    const { rows } = openRows(1);
    const row = rows[0]!;
    expect(toStepRow({ ...row, cache: null }, DEFAULT_STEP_OPTIONS)).toBeNull();
    expect(toStepRow({ ...row, cache: { ...row.cache!, machineVersion: -1 } }, DEFAULT_STEP_OPTIONS)).toBeNull();
  });

  it('dates a team without an open cycle by its yearly IKU duty: overdue when passed or missing, first in the list', () => {
    const { data, steps } = openRows(2);
    const team = (id: string, name: string) => ({ id, name, archived: 0 as const, createdAt: 0 });
    const teams = [
      ...data.teams,
      team('due', 'Ældreplejen'),
      team('late', 'Bostedet'),
      team('none', 'Cafeen'),
      team('plain', 'Dagcentret'),
    ];
    const ikuDue = new Map([
      ['due', { dueAt: NOW + 20 * 86_400_000, isOverdue: false }],
      ['late', { dueAt: NOW - 135 * 86_400_000, isOverdue: true }],
      ['none', { dueAt: null, isOverdue: true }],
      // A team with an open cycle keeps its cycle's step.
      [data.teams[0]!.id, { dueAt: null, isOverdue: true }],
    ]);
    const items = buildPopupItems(teams, steps, NOW, ikuDue);
    const by = new Map(items.map((i) => [i.teamId, i]));
    expect(by.get('due')).toMatchObject({ cycleId: null, step: { action: 'startCycle', dueAt: NOW + 20 * 86_400_000, overdue: false } });
    expect(by.get('late')?.step).toEqual({ action: 'startCycle', dueAt: NOW - 135 * 86_400_000, overdue: true });
    expect(by.get('none')?.step).toEqual({ action: 'startCycle', dueAt: null, overdue: true });
    expect(by.get('plain')).toEqual({
      teamId: 'plain',
      teamName: 'Dagcentret',
      cycleId: null,
      step: { action: 'startCycle', dueAt: null, overdue: false },
    });
    expect(by.get(data.teams[0]!.id)?.ikuDue).toBeUndefined();
    expect(by.get(data.teams[0]!.id)?.step.action).not.toBe('startCycle');
    // Overdue ones first (the one without a date before the dated one), the plain start last.
    expect(items.slice(0, 2).map((i) => i.teamId)).toEqual(['none', 'late']);
    expect(items.at(-1)?.teamId).toBe('plain');
    expect(teamsWithoutOpenCycle(teams, steps).sort()).toEqual(['due', 'late', 'none', 'plain']);
  });
});
