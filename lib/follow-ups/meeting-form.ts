import type { FollowUpForm, FollowUpMeeting } from '../../machines/cycle.machine';
import { isValidIsoDate, isValidTime, zonedToEpoch } from '../dates/datetime';
import type { MessageKey } from '../i18n';

/** The follow-up form as typed: Danish wall-clock date and time. */
export interface MeetingFormInput {
  date: string;
  time: string;
  form: FollowUpForm;
  place: string;
  /** The employee of a one-to-one; ignored for the team's meetings. */
  employeeId: string;
}

export type MeetingFormField = 'date' | 'time' | 'place' | 'employeeId';

export type MeetingFormResult =
  | { ok: true; meeting: FollowUpMeeting }
  | { ok: false; errors: Partial<Record<MeetingFormField, MessageKey>> };

/** The place is kept to a line: it goes into the calendar file and the mail as written. */
const MAX_PLACE = 200;

/**
 * Checks the form; every refusal names its field. A meeting in the past is allowed: the leader may
 * record a status meeting that was held before it was planned here.
 */
export function validateMeetingForm(input: MeetingFormInput): MeetingFormResult {
  const errors: Partial<Record<MeetingFormField, MessageKey>> = {};
  if (!isValidIsoDate(input.date)) errors.date = input.date ? 'error.date' : 'error.required';
  if (!isValidTime(input.time)) errors.time = input.time ? 'error.time' : 'error.required';
  const place = input.place.replace(/\s+/g, ' ').trim();
  if (place.length > MAX_PLACE) errors.place = 'followUp.error.place';
  // A one-to-one is with one employee, who gets its invitation.
  const employeeId = input.form === 'oneToOne' ? input.employeeId.trim() : '';
  if (input.form === 'oneToOne' && !employeeId) errors.employeeId = 'followUp.error.employee';
  if (Object.keys(errors).length) return { ok: false, errors };
  const meeting = { at: zonedToEpoch(input.date, input.time), form: input.form, place };
  return { ok: true, meeting: employeeId ? { ...meeting, employeeId } : meeting };
}
