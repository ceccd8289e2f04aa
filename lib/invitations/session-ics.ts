import { createEvent, type EventAttributes } from 'ics';

export interface SessionEvent {
  uid: string;
  title: string;
  description: string;
  location: string;
  start: number;
  durationMin: number;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
}

/**
 * The session as an .ics file for "add to my calendar". Times are written in UTC (…Z), which
 * every calendar reads as the same instant as Danish local time; no VTIMEZONE block to get wrong.
 */
export function sessionIcs(event: SessionEvent): { ok: true; ics: string } | { ok: false; error: string } {
  const attributes: EventAttributes = {
    uid: event.uid,
    productId: 'tus-assistent',
    title: event.title,
    description: event.description,
    location: event.location,
    start: event.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(event.durationMin / 60), minutes: event.durationMin % 60 },
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: event.organizer.email ? { name: event.organizer.name, email: event.organizer.email } : undefined,
    attendees: event.attendees.map((a) => ({
      name: a.name,
      email: a.email,
      rsvp: true,
      role: 'REQ-PARTICIPANT',
      partstat: 'NEEDS-ACTION',
    })),
  };
  const { error, value } = createEvent(attributes);
  return error || !value ? { ok: false, error: String(error?.message ?? error) } : { ok: true, ics: value };
}
