import type { CycleContext } from './cycle.machine';

/**
 * Whether employees may still correct their agreements at `now`: not closed early, and the
 * deadline (if one is set) not reached. The machine's guard, the next step, the correction
 * store and the dashboard all ask this one question.
 */
export const isCorrectionWindowOpen = (context: Pick<CycleContext, 'plan' | 'correctionsClosedEarlyAt'>, now: number): boolean =>
  context.correctionsClosedEarlyAt === null && (context.plan.correctionDeadline === null || now < context.plan.correctionDeadline);
