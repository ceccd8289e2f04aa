import { type CycleStateLike, nextStep, topState } from './next-step';
import type { ScheduledStep } from './step-at';
import type { StepOptions } from './step-options';

/**
 * Bump when nextStep's rules change: stored schedules of another version are rebuilt.
 * 2: the consent wait is the leader's setting in working days, not 7 calendar days.
 * 3: a plain TUS whose team plan is done asks for the follow-up, not for the plan again.
 */
export const STEP_SCHEDULE_VERSION = 3;

/**
 * nextStep(state, now, options) for every `now` at once, so the popup can show a cycle's step
 * from a few stored numbers instead of reading and walking the whole snapshot. The step's
 * action, count and due date change with time at one moment only: when an open correction
 * window runs out. Whether it is overdue (`now > dueAt`) is decided when it is read. A property
 * test holds this against nextStep for reachable states and any `now`.
 */
export function stepSchedule(state: CycleStateLike, options: StepOptions): ScheduledStep[] {
  const { plan, correctionsClosedEarlyAt } = state.context;
  const windowEnds =
    topState(state.value) === 'corrections' && correctionsClosedEarlyAt === null && plan.correctionDeadline !== null
      ? [plan.correctionDeadline]
      : [];
  return [0, ...windowEnds].map((from) => {
    const { overdue: _overdue, ...step } = nextStep(state, from, options);
    return { from, ...step };
  });
}
