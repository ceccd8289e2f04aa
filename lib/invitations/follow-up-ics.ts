import type { FollowUpForm, FollowUpMeeting } from '../../machines/cycle.machine';
import { epochToZoned } from '../dates/datetime';
import { safeFileName } from '../shared/file-names';
import { formatLongDate } from '../templates/values';
import { calendarIcs, type IcsResult } from './ics';

/** A follow-up meeting has no length of its own; an hour is what a status round on a team meeting takes. */
export const FOLLOW_UP_MINUTES = 60;

/** The meeting form's Danish name, as the mail and the calendar file say it. */
export const MEETING_FORM_DA: Record<FollowUpForm, string> = {
  teamMeeting: 'teammøde',
  staffMeeting: 'personalemøde',
  oneToOne: 'samtale mellem leder og medarbejder',
};

export interface FollowUpEvent {
  cycleId: string;
  teamName: string;
  meeting: FollowUpMeeting;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}

/**
 * The calendar file's UID: one per cycle and meeting time, so a file sent again for the same
 * meeting updates the booking rather than adding a second one.
 */
export const followUpUid = (cycleId: string, at: number) => `${cycleId}-opfoelgning-${at}@tus-assistent`;

/** "Opfølgning på TUS – Team Nord"; the mail's subject adds the date. */
export const followUpTitle = (teamName: string) => `Opfølgning på TUS – ${teamName}`;

/** The calendar file's name: the team and the meeting's Danish date. */
export const followUpFileName = (teamName: string, at: number) => safeFileName(`Opfølgning_${teamName}_${epochToZoned(at).date}.ics`);

/** A follow-up meeting as an .ics file, written like the session's (lib/invitations/ics.ts). */
export function followUpIcs(event: FollowUpEvent): IcsResult {
  const { meeting } = event;
  const form = MEETING_FORM_DA[meeting.form];
  return calendarIcs({
    uid: followUpUid(event.cycleId, meeting.at),
    title: followUpTitle(event.teamName),
    description: `Status på aftalerne fra TUS-samtalen (${form}), ${formatLongDate(meeting.at)}.`,
    location: meeting.place,
    start: meeting.at,
    durationMin: FOLLOW_UP_MINUTES,
    organizer: event.organizer,
    attendees: event.attendees,
  });
}
