import { describe, expect, it } from 'vitest';
import { planChangeForm, validatePlanChange } from '../../../lib/cycles/plan-change';
import { endOfDayEpoch, zonedToEpoch } from '../../../lib/dates/datetime';
import type { CyclePlan } from '../../../lib/domain/types';

const plan: CyclePlan = {
  sessionAt: zonedToEpoch('2026-12-21', '09:00'),
  durationMin: 90,
  place: 'Mødelokale 1',
  correctionDeadline: endOfDayEpoch('2026-12-30'),
  facilitator: { kind: 'leader' },
};

describe('moving a started cycle', () => {
  it('fills the form from the plan in Copenhagen time, and sends only what changed', () => {
    const form = planChangeForm(plan);
    expect(form).toEqual({ date: '2026-12-21', time: '09:00', place: 'Mødelokale 1', deadline: '2026-12-30' });
    expect(validatePlanChange(form, plan)).toEqual({ ok: true, plan: {} });
    expect(validatePlanChange({ ...form, time: '13:30', place: ' Kantinen ' }, plan)).toEqual({
      ok: true,
      plan: { sessionAt: zonedToEpoch('2026-12-21', '13:30'), place: 'Kantinen' },
    });
    expect(validatePlanChange({ ...form, date: '2027-01-05', deadline: '2027-01-12' }, plan)).toEqual({
      ok: true,
      plan: { sessionAt: zonedToEpoch('2027-01-05', '09:00'), correctionDeadline: endOfDayEpoch('2027-01-12') },
    });
  });

  it('refuses a missing date, time or place, and a deadline not after the session', () => {
    const form = planChangeForm(plan);
    expect(validatePlanChange({ ...form, date: '', time: '25:00', place: ' ' }, plan)).toEqual({
      ok: false,
      errors: { date: 'error.required', time: 'error.time', place: 'error.required' },
    });
    expect(validatePlanChange({ ...form, date: '2027-01-05' }, plan)).toEqual({
      ok: false,
      errors: { deadline: 'error.deadlineBeforeSession' },
    });
  });

  it('asks for no deadline in plain TUS', () => {
    const plain = { ...plan, correctionDeadline: null };
    const form = planChangeForm(plain);
    expect(form.deadline).toBe('');
    expect(validatePlanChange({ ...form, place: 'Salen' }, plain)).toEqual({ ok: true, plan: { place: 'Salen' } });
  });
});
