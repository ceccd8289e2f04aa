// The dashboard's first page: every active team with its stage, next step, due date and yearly IKU
// duty, and the filter and search over them (a leader may have 200 teams).

import type { NextStep } from '../../machines/next-step';
import { topState } from '../../machines/next-step';
import type { Stage } from '../cycles/stages';
import { buildPopupItems } from '../cycles/team-steps';
import type { TusDb } from '../db/database';
import type { Variant } from '../domain/types';
import { recentApprovals } from './queries';
import { dutyByTeam, employeesDuty, type TeamDuty } from './yearly-duty';

export interface OverviewRow {
  teamId: string;
  name: string;
  /** The open cycle; null when the team has none. */
  cycleId: string | null;
  variant: Variant | null;
  /** The open cycle's stage; null without an open cycle, or while its cache is being rebuilt. */
  stage: Stage | null;
  /** The open cycle's next step, or starting one (dated by the yearly duty), as in the popup. */
  step: NextStep;
  /** null for a team without employees. */
  duty: TeamDuty | null;
}

/** Every active team, most urgent first (as the popup), in one read transaction, for a live query. */
export function readOverview(db: TusDb, now: number): Promise<OverviewRow[]> {
  return db.transaction('r', [db.teams, db.employees, db.cycles, db.steps], async () => {
    const [teams, employees, open, steps, approvals] = await Promise.all([
      db.teams.where('archived').equals(0).toArray(),
      db.employees.toArray(),
      db.cycles.where('open').equals(1).toArray(),
      db.steps.where('open').equals(1).toArray(),
      recentApprovals(db, now),
    ]);
    const duty = dutyByTeam(employeesDuty(employees, approvals, now));
    const cycles = new Map(open.map((c) => [c.id, c]));
    return buildPopupItems(teams, steps, now, duty).map((item): OverviewRow => {
      const cycle = item.cycleId ? cycles.get(item.cycleId) : undefined;
      return {
        teamId: item.teamId,
        name: item.teamName,
        cycleId: item.cycleId,
        variant: cycle?.variant ?? null,
        stage: cycle?.cache ? (topState(cycle.cache.value) as Stage) : null,
        step: item.step,
        duty: duty.get(item.teamId) ?? null,
      };
    });
  });
}

export type OverviewShow = 'all' | 'overdue' | 'duty' | 'noCycle';

export interface OverviewFilter {
  /** Part of the team's name, any case. */
  query: string;
  show: OverviewShow;
  variant: Variant | 'all';
}

export const ALL_TEAMS: OverviewFilter = { query: '', show: 'all', variant: 'all' };

const SHOWS: Record<OverviewShow, (row: OverviewRow) => boolean> = {
  all: () => true,
  // Overdue: the open cycle's step, or the yearly duty (someone past their date or without an IKU).
  overdue: (row) => row.step.overdue || Boolean(row.duty?.isOverdue),
  duty: (row) => Boolean(row.duty && row.duty.dueSoon + row.duty.overdue > 0),
  noCycle: (row) => row.cycleId === null,
};

/** The rows the filter lets through, in their order. */
export function filterOverview(rows: readonly OverviewRow[], filter: OverviewFilter): OverviewRow[] {
  const query = filter.query.trim().toLocaleLowerCase('da');
  return rows.filter(
    (row) =>
      (!query || row.name.toLocaleLowerCase('da').includes(query)) &&
      SHOWS[filter.show](row) &&
      (filter.variant === 'all' || row.variant === filter.variant),
  );
}
