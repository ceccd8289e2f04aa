import { beforeAll, describe, expect, it } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { makeDataset } from '../../../lib/demo/dataset';
import { importDataset } from '../../../lib/demo/import-dataset';
import { ALL_TEAMS, filterOverview, type OverviewRow, readOverview } from '../../../lib/teams/overview';

const NOW = Date.UTC(2026, 10, 25, 9);

describe('the overview of all teams (the bench dataset: 200 teams)', () => {
  let rows: OverviewRow[];
  let ms: number;
  beforeAll(async () => {
    const db = new TusDb(`overview-${crypto.randomUUID()}`);
    const data = makeDataset({ teams: 200, employeesPerTeam: 12, closedCyclesPerTeam: 10, now: NOW });
    // Two teams without an open cycle: one whose employees are new, one with no employees.
    data.cycles = data.cycles.filter((c) => c.id !== 'team-7-cycle-open' && c.id !== 'team-8-cycle-open');
    data.employees = data.employees.filter((e) => e.teamId !== 'team-8');
    data.employees.filter((e) => e.teamId === 'team-7').forEach((e) => Object.assign(e, { startedAt: '2026-11-01' }));
    data.teams.push({ id: 'old', name: 'Nedlagt team', archived: 1, createdAt: 0 });
    await importDataset(db, data);
    const start = performance.now();
    rows = await readOverview(db, NOW);
    ms = performance.now() - start;
  }, 120_000);

  it('lists every active team once with its stage, next step and yearly duty', () => {
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.teamId)).size).toBe(200);
    const open = rows.find((r) => r.teamId === 'team-1')!;
    expect(open.cycleId).toBe('team-1-cycle-open');
    expect(open.variant).toBe('tus-iku');
    expect(open.stage).not.toBeNull();
    // team-7: no open cycle, twelve newcomers, due a year after they started.
    const seven = rows.find((r) => r.teamId === 'team-7')!;
    expect(seven).toMatchObject({ cycleId: null, stage: null, step: { action: 'startCycle', overdue: false } });
    expect(seven.duty).toEqual({ dueSoon: 0, overdue: 0, dueAt: Date.UTC(2027, 10, 1, 22, 59, 59, 999), isOverdue: false });
    expect(rows.find((r) => r.teamId === 'team-8')).toMatchObject({
      duty: null,
      step: { action: 'startCycle', dueAt: null, overdue: false },
    });
    // The dataset's last closed IKU cycle's consents are 547 days old (three cycles of 182 days): everyone is overdue.
    expect(open.duty).toMatchObject({ overdue: 12, isOverdue: true });
    console.info(`readOverview, 200 teams × 11 cycles: ${ms.toFixed(0)} ms`);
  });

  it('filters by overdue, yearly duty, no open cycle and variant, and searches names in any case', () => {
    const overdue = filterOverview(rows, { ...ALL_TEAMS, show: 'overdue' });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.step.overdue || r.duty?.isOverdue)).toBe(true);
    expect(overdue.map((r) => r.teamId)).not.toContain('team-7');
    expect(
      filterOverview(rows, { ...ALL_TEAMS, show: 'noCycle' })
        .map((r) => r.teamId)
        .sort(),
    ).toEqual(['team-7', 'team-8']);
    const plain = filterOverview(rows, { ...ALL_TEAMS, variant: 'tus' });
    expect(plain.length).toBe(rows.filter((r) => r.variant === 'tus').length);
    expect(plain.every((r) => r.variant === 'tus')).toBe(true);
    expect(filterOverview(rows, { ...ALL_TEAMS, query: ' team 042 – HJEMMEPLEJEN ' }).map((r) => r.teamId)).toEqual(['team-41']);
    expect(filterOverview(rows, { ...ALL_TEAMS, query: 'ingen sådan' })).toEqual([]);
    expect(filterOverview(rows, ALL_TEAMS)).toEqual(rows);
  });

  it('keeps the most urgent first', () => {
    const firstLate = rows.findIndex((r) => !r.step.overdue);
    expect(rows.slice(firstLate).some((r) => r.step.overdue)).toBe(false);
  });
});
