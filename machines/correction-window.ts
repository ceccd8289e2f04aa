import type { CyclePlan } from '../lib/domain/types';

/** The part of the cycle's context the window depends on (typed here so this file need not import the machine that uses it). */
export interface CorrectionWindowContext {
  plan: Pick<CyclePlan, 'correctionDeadline'>;
  correctionsClosedEarlyAt: number | null;
}

/**
 * Whether employees may still correct their agreements at `now`: not closed early, and the
 * deadline (if one is set) not reached. The machine's guard, the next step, the correction
 * store and the dashboard all ask this one question.
 */
export const isCorrectionWindowOpen = (context: CorrectionWindowContext, now: number): boolean =>
  context.correctionsClosedEarlyAt === null && (context.plan.correctionDeadline === null || now < context.plan.correctionDeadline);
