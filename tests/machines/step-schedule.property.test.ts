import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextStep, topState } from '../../machines/next-step';
import { stepAt } from '../../machines/step-at';
import { DEFAULT_STEP_OPTIONS } from '../../machines/step-options';
import { stepSchedule } from '../../machines/step-schedule';
import { DAY, DEADLINE, SESSION_AT } from '../support/cycle-events';
import { randomWalk, walkArbitrary } from '../support/random-walk';

// Times around the session and the correction deadline, to the millisecond, and far off.
const moments = fc.oneof(
  fc.integer({ min: SESSION_AT - 400 * DAY, max: SESSION_AT + 800 * DAY }),
  fc.integer({ min: -2, max: 2 }).map((d) => DEADLINE + d),
  fc.constantFrom(1, SESSION_AT, DEADLINE),
);
// The leader's consent wait, anywhere in the range the settings allow.
const options = fc.integer({ min: 1, max: 30 }).map((consentWaitWorkingDays) => ({ consentWaitWorkingDays }));

/** The popup reads stored schedules; they must say exactly what nextStep says, at any time. */
describe('step schedule', () => {
  it.each(['tus', 'tus-iku'] as const)('%s: the schedule read at any moment equals nextStep at that moment', (variant) => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(walkArbitrary(variant), fc.array(moments, { minLength: 1, maxLength: 8 }), options, (walk, nows, opts) => {
        const snapshot = randomWalk(variant, walk);
        reached.add(topState(snapshot.value));
        const schedule = stepSchedule(snapshot, opts);
        for (const now of nows) expect(stepAt(schedule, now)).toEqual(nextStep(snapshot, now, opts));
      }),
      { numRuns: 400 },
    );
    expect(reached).toContain(variant === 'tus' ? 'teamPlan' : 'corrections');
  });

  it('turns from waiting for corrections to generating IKUs at the deadline, not a millisecond before', () => {
    const schedule = stepSchedule(
      {
        value: 'corrections',
        context: {
          ...randomWalk('tus-iku', [0, []]).context,
          plan: { sessionAt: SESSION_AT, durationMin: 90, place: '', correctionDeadline: DEADLINE, facilitator: { kind: 'leader' } },
        },
      },
      DEFAULT_STEP_OPTIONS,
    );
    expect(stepAt(schedule, DEADLINE - 1).action).toBe('awaitCorrections');
    expect(stepAt(schedule, DEADLINE).action).toBe('generateIkus');
  });
});
