import type { NextStep } from '../../machines/next-step';
import { stepAt } from '../../machines/step-at';
import type { StepRow } from '../db/database';
import type { Team } from '../domain/types';

/**
 * A team's yearly IKU duty as the popup needs it (lib/teams/yearly-duty.ts computes it; named here
 * by shape, because lib/teams imports lib/cycles and not the other way round).
 */
export interface TeamDue {
  /** The earliest date one of its employees is due an IKU; null when none has a date. */
  dueAt: number | null;
  /** Someone is past their date, or has no approved IKU and no start date. */
  isOverdue: boolean;
}

export interface PopupItem {
  teamId: string;
  teamName: string;
  cycleId: string | null;
  step: NextStep;
  /** Set on a team with no open cycle whose yearly IKU duty is known: the step is then its next TUS med IKU. */
  ikuDue?: TeamDue;
}

const collator = new Intl.Collator('da');

function urgency(step: NextStep): number {
  if (step.overdue) return 0;
  if (step.dueAt !== null) return 1;
  if (step.action === 'startCycle') return 3;
  return 2;
}

/** A team with no open cycle: start one, by the date its yearly IKU duty gives (overdue when passed or missing). */
function startStep(due: TeamDue | undefined, now: number): NextStep {
  if (!due) return { action: 'startCycle', dueAt: null, overdue: false };
  return { action: 'startCycle', dueAt: due.dueAt, overdue: due.isOverdue || (due.dueAt !== null && now > due.dueAt) };
}

/**
 * One row per active team, most urgent first: overdue, then by due date, then by name. `ikuDue`
 * (by team id) dates the next cycle of a team that has none open.
 */
export function buildPopupItems(
  teams: readonly Team[],
  openSteps: readonly StepRow[],
  now: number,
  ikuDue: ReadonlyMap<string, TeamDue> = new Map(),
): PopupItem[] {
  const byTeam = new Map(openSteps.map((s) => [s.teamId, s]));
  const items = teams
    .filter((t) => t.archived === 0)
    .map((team): PopupItem => {
      const cycle = byTeam.get(team.id);
      if (cycle) return { teamId: team.id, teamName: team.name, cycleId: cycle.cycleId, step: stepAt(cycle.schedule, now) };
      const due = ikuDue.get(team.id);
      return { teamId: team.id, teamName: team.name, cycleId: null, step: startStep(due, now), ...(due ? { ikuDue: due } : {}) };
    });
  return items.sort(
    (a, b) => urgency(a.step) - urgency(b.step) || (a.step.dueAt ?? 0) - (b.step.dueAt ?? 0) || collator.compare(a.teamName, b.teamName),
  );
}

/** The active teams without an open cycle: the only ones whose row the yearly duty changes. */
export const teamsWithoutOpenCycle = (teams: readonly Team[], openSteps: readonly StepRow[]): string[] => {
  const open = new Set(openSteps.map((s) => s.teamId));
  return teams.filter((t) => t.archived === 0 && !open.has(t.id)).map((t) => t.id);
};
