import type { NextStep } from './next-step';

/** A next step whose action, count and due date hold from `from` (ms) on. */
export type ScheduledStep = Omit<NextStep, 'overdue'> & { from: number };

/**
 * The step of a stored schedule at `now`. Apart from `stepSchedule` so the popup, which only
 * reads schedules, bundles neither the next-step rules nor the date code they use.
 */
export function stepAt(schedule: readonly ScheduledStep[], now: number): NextStep {
  let current = schedule[0];
  for (const s of schedule) if (s.from <= now) current = s;
  if (!current) return { action: 'none', dueAt: null, overdue: false };
  const { from: _from, ...step } = current;
  return { ...step, overdue: step.dueAt !== null && now > step.dueAt };
}
