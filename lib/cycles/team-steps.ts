import type { NextStep } from '../../machines/next-step';
import { stepAt } from '../../machines/step-at';
import type { StepRow } from '../db/database';
import type { Team } from '../domain/types';

export interface PopupItem {
  teamId: string;
  teamName: string;
  cycleId: string | null;
  step: NextStep;
}

const collator = new Intl.Collator('da');

function urgency(step: NextStep): number {
  if (step.overdue) return 0;
  if (step.dueAt !== null) return 1;
  if (step.action === 'startCycle') return 3;
  return 2;
}

/** One row per active team, most urgent first: overdue, then by due date, then by name. */
export function buildPopupItems(teams: readonly Team[], openSteps: readonly StepRow[], now: number): PopupItem[] {
  const byTeam = new Map(openSteps.map((s) => [s.teamId, s]));
  const items = teams
    .filter((t) => t.archived === 0)
    .map((team): PopupItem => {
      const cycle = byTeam.get(team.id);
      const step: NextStep = cycle ? stepAt(cycle.schedule, now) : { action: 'startCycle', dueAt: null, overdue: false };
      return { teamId: team.id, teamName: team.name, cycleId: cycle?.cycleId ?? null, step };
    });
  return items.sort(
    (a, b) => urgency(a.step) - urgency(b.step) || (a.step.dueAt ?? 0) - (b.step.dueAt ?? 0) || collator.compare(a.teamName, b.teamName),
  );
}
