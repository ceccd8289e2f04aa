import type { CycleRow } from '../db/database';
import type { Team } from '../domain/types';
import { nextStep, type NextStep } from '../../machines/next-step';

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
export function buildPopupItems(teams: readonly Team[], openCycles: readonly CycleRow[], now: number): PopupItem[] {
  const byTeam = new Map(openCycles.map((c) => [c.teamId, c]));
  const items = teams
    .filter((t) => t.archived === 0)
    .map((team): PopupItem => {
      const cycle = byTeam.get(team.id);
      const step: NextStep = cycle?.cache
        ? nextStep(cycle.cache, now)
        : { action: 'startCycle', dueAt: null, overdue: false };
      return { teamId: team.id, teamName: team.name, cycleId: cycle?.id ?? null, step };
    });
  return items.sort(
    (a, b) =>
      urgency(a.step) - urgency(b.step) ||
      (a.step.dueAt ?? 0) - (b.step.dueAt ?? 0) ||
      collator.compare(a.teamName, b.teamName),
  );
}
