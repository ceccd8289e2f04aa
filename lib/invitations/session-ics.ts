import { type CalendarEvent, calendarIcs, type IcsResult } from './ics';

export type SessionEvent = CalendarEvent;

/** The session as an .ics file (lib/invitations/ics.ts writes it; kept as its own name for the invitation). */
export const sessionIcs = (event: SessionEvent): IcsResult => calendarIcs(event);
