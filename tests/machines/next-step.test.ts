import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { epochToZoned, zonedToEpoch } from '../../lib/dates/datetime';
import { type CycleEvent, cycleMachine } from '../../machines/cycle.machine';
import { consentDueAt, nextStep, topState } from '../../machines/next-step';

const at = (date: string, time: string) => zonedToEpoch(date, time);

describe('consentDueAt', () => {
  it('counts Danish working days and keeps the moment of the day', () => {
    // Thursday 10 December 2026 10:00.
    const thursday = at('2026-12-10', '10:00');
    expect(consentDueAt(thursday, 5)).toBe(at('2026-12-17', '10:00'));
    expect(consentDueAt(thursday, 3)).toBe(at('2026-12-15', '10:00'));
    expect(consentDueAt(thursday, 1)).toBe(at('2026-12-11', '10:00'));
  });

  it('skips Christmas, New Year and weekends, to the millisecond', () => {
    // Tuesday 22 December 2026: 23rd, then 28th–30th, then Monday 4 January 2027.
    const requested = at('2026-12-22', '14:15') + 30_250;
    expect(consentDueAt(requested, 5)).toBe(at('2027-01-04', '14:15') + 30_250);
  });

  it('skips Easter and keeps Danish wall-clock time across the change to summer time', () => {
    // Friday 27 March 2026 09:00 (winter time); Easter 2–6 April; due Wednesday 8 April 09:00 (summer time).
    const due = consentDueAt(at('2026-03-27', '09:00'), 5);
    expect(epochToZoned(due)).toEqual({ date: '2026-04-08', time: '09:00' });
    expect(due - at('2026-03-27', '09:00')).toBe(12 * 86_400_000 - 3_600_000);
  });
});

describe('nextStep while consent is collected', () => {
  const SESSION = at('2026-12-02', '09:30');
  const FIRST_REQUEST = at('2026-12-10', '10:00');
  const events: CycleEvent[] = [
    { type: 'leader.updatePlan', at: 0, plan: { sessionAt: SESSION, correctionDeadline: at('2026-12-09', '23:59') } },
    { type: 'leader.invitationSent', at: 1 },
    { type: 'leader.markPrepared', at: 2 },
    { type: 'leader.startSession', at: SESSION },
    ...Array.from({ length: 6 }, (_, i): CycleEvent => ({ type: 'leader.nextPhase', at: SESSION + i })),
    {
      type: 'leader.generateIkus',
      at: at('2026-12-10', '09:00'),
      ikus: [
        { employeeId: 'e1', hash: 'h1' },
        { employeeId: 'e2', hash: 'h2' },
      ],
    },
    // Requested in the opposite order of the employees: the earliest request decides.
    { type: 'iku.requestConsent', employeeId: 'e2', at: at('2026-12-11', '08:00') },
    { type: 'iku.requestConsent', employeeId: 'e1', at: FIRST_REQUEST },
  ];
  let [state] = initialTransition(cycleMachine, { variant: 'tus-iku' });
  for (const e of events) [state] = transition(cycleMachine, state, e);

  it('is due the setting’s working days after the first request, not a calendar week', () => {
    expect(topState(state.value)).toBe('consent');
    const monday = at('2026-12-14', '12:00');
    expect(nextStep(state, monday, { consentWaitWorkingDays: 5 })).toEqual({
      action: 'collectConsent',
      count: 2,
      dueAt: at('2026-12-17', '10:00'),
      overdue: false,
    });
    // Three working days from Thursday is Tuesday; seven calendar days would be Thursday.
    expect(nextStep(state, monday, { consentWaitWorkingDays: 3 })).toMatchObject({ dueAt: at('2026-12-15', '10:00'), overdue: false });
    expect(nextStep(state, at('2026-12-15', '10:00'), { consentWaitWorkingDays: 3 }).overdue).toBe(false);
    expect(nextStep(state, at('2026-12-15', '10:00') + 1, { consentWaitWorkingDays: 3 }).overdue).toBe(true);
  });

  it('gives the same date the reminders use', () => {
    for (const days of [1, 5, 12, 30]) {
      expect(nextStep(state, FIRST_REQUEST, { consentWaitWorkingDays: days }).dueAt).toBe(consentDueAt(FIRST_REQUEST, days));
    }
  });
});
