// Moving a started cycle's session (date, time, place) and, for TUS med IKU, its correction
// deadline: the form's values checked and turned into the `leader.updatePlan` change. The machine
// decides whether the change is allowed at all (draft, invited, prepared).
import { endOfDayEpoch, epochToZoned, isValidIsoDate, isValidTime, zonedToEpoch } from '../dates/datetime';
import type { CyclePlan } from '../domain/types';
import type { MessageKey } from '../i18n';

export interface PlanChangeForm {
  date: string;
  time: string;
  place: string;
  /** 'YYYY-MM-DD', or '' where the cycle has no correction deadline (plain TUS). */
  deadline: string;
}

export type PlanChangeResult =
  | { ok: true; plan: Partial<CyclePlan> }
  | { ok: false; errors: Partial<Record<keyof PlanChangeForm, MessageKey>> };

/** The form as the plan stands now. */
export function planChangeForm(plan: CyclePlan): PlanChangeForm {
  const at = plan.sessionAt === null ? null : epochToZoned(plan.sessionAt);
  return {
    date: at?.date ?? '',
    time: at?.time ?? '',
    place: plan.place,
    deadline: plan.correctionDeadline === null ? '' : epochToZoned(plan.correctionDeadline).date,
  };
}

/** Only what changed goes into the event; a deadline must come after the session's day. */
export function validatePlanChange(form: PlanChangeForm, plan: CyclePlan): PlanChangeResult {
  const errors: Partial<Record<keyof PlanChangeForm, MessageKey>> = {};
  if (!isValidIsoDate(form.date)) errors.date = form.date ? 'error.date' : 'error.required';
  if (!isValidTime(form.time)) errors.time = form.time ? 'error.time' : 'error.required';
  if (!form.place.trim()) errors.place = 'error.required';
  const hasDeadline = plan.correctionDeadline !== null;
  if (hasDeadline) {
    if (!isValidIsoDate(form.deadline)) errors.deadline = form.deadline ? 'error.date' : 'error.required';
    else if (!errors.date && form.deadline <= form.date) errors.deadline = 'error.deadlineBeforeSession';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const change: Partial<CyclePlan> = {};
  const sessionAt = zonedToEpoch(form.date, form.time);
  if (sessionAt !== plan.sessionAt) change.sessionAt = sessionAt;
  if (form.place.trim() !== plan.place) change.place = form.place.trim();
  if (hasDeadline) {
    const deadline = endOfDayEpoch(form.deadline);
    if (deadline !== plan.correctionDeadline) change.correctionDeadline = deadline;
  }
  return { ok: true, plan: change };
}
