import { nextStep, topState, type CycleStateLike, type NextStep } from './next-step';

/** Bump when nextStep's rules change: stored schedules of another version are rebuilt. */
export const STEP_SCHEDULE_VERSION = 1;

/** A next step whose action, count and due date hold from `from` (ms) on. */
export type ScheduledStep = Omit<NextStep, 'overdue'> & { from: number };

/**
 * nextStep(state, now) for every `now` at once, so the popup can show a cycle's step from a
 * few stored numbers instead of reading and walking the whole snapshot. The step's action,
 * count and due date change with time at one moment only: when an open correction window
 * runs out. Whether it is overdue (`now > dueAt`) is decided when it is read. A property test
 * holds this against nextStep for reachable states and any `now`.
 */
export function stepSchedule(state: CycleStateLike): ScheduledStep[] {
  const { plan, correctionsClosedEarlyAt } = state.context;
  const windowEnds =
    topState(state.value) === 'corrections' && correctionsClosedEarlyAt === null && plan.correctionDeadline !== null
      ? [plan.correctionDeadline]
      : [];
  return [0, ...windowEnds].map((from) => {
    const { overdue: _overdue, ...step } = nextStep(state, from);
    return { from, ...step };
  });
}

/** The step of a schedule at `now`. */
export function stepAt(schedule: readonly ScheduledStep[], now: number): NextStep {
  let current = schedule[0];
  for (const s of schedule) if (s.from <= now) current = s;
  if (!current) return { action: 'none', dueAt: null, overdue: false };
  const { from: _from, ...step } = current;
  return { ...step, overdue: step.dueAt !== null && now > step.dueAt };
}
