import { endOfDayEpoch, isValidIsoDate, isValidTime, zonedToEpoch } from '../dates/datetime';
import type { CyclePlan, Variant } from '../domain/types';
import type { MessageKey } from '../i18n';

export interface CycleForm {
  variant: Variant;
  date: string;
  time: string;
  place: string;
  durationMin: string;
  /** 'YYYY-MM-DD'; the deadline runs to the end of that day. */
  deadline: string;
  facilitator: 'leader' | 'delegate';
  delegateName: string;
  leaderPresent: boolean;
}

export type CycleFormField = keyof CycleForm | 'employees';
export type CycleFormResult =
  | { ok: true; variant: Variant; plan: CyclePlan }
  | { ok: false; errors: Partial<Record<CycleFormField, MessageKey>> };

/** Checks the start-cycle form; every refusal names its field and a Danish message key. */
export function validateCycleForm(form: CycleForm, employeeCount: number): CycleFormResult {
  const errors: Partial<Record<CycleFormField, MessageKey>> = {};
  if (!isValidIsoDate(form.date)) errors.date = form.date ? 'error.date' : 'error.required';
  if (!isValidTime(form.time)) errors.time = form.time ? 'error.time' : 'error.required';
  if (!form.place.trim()) errors.place = 'error.required';
  const duration = Number(form.durationMin);
  if (!Number.isInteger(duration) || duration < 15 || duration > 480) errors.durationMin = 'error.duration';
  if (form.variant === 'tus-iku') {
    if (!isValidIsoDate(form.deadline)) errors.deadline = form.deadline ? 'error.date' : 'error.required';
    else if (!errors.date && form.deadline <= form.date) errors.deadline = 'error.deadlineBeforeSession';
    if (employeeCount === 0) errors.employees = 'error.noEmployees';
  }
  if (form.facilitator === 'delegate') {
    if (!form.delegateName.trim()) errors.delegateName = 'error.delegateName';
    // The seed: the summary into the competence sheet needs a leader with personnel responsibility.
    if (!form.leaderPresent) errors.leaderPresent = 'error.leaderPresent';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    variant: form.variant,
    plan: {
      sessionAt: zonedToEpoch(form.date, form.time),
      durationMin: duration,
      place: form.place.trim(),
      correctionDeadline: form.variant === 'tus-iku' ? endOfDayEpoch(form.deadline) : null,
      facilitator: form.facilitator === 'delegate' ? { kind: 'delegate', name: form.delegateName.trim() } : { kind: 'leader' },
    },
  };
}
