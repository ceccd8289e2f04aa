/**
 * The leader's settings the next step depends on. Kept apart from `next-step.ts` and free of
 * imports, so the settings store and the database can name the default without bundling the
 * date code.
 */
export interface StepOptions {
  /** Working days after a consent request before a missing answer is overdue (and reminded). */
  consentWaitWorkingDays: number;
}

export const DEFAULT_STEP_OPTIONS: StepOptions = { consentWaitWorkingDays: 5 };
