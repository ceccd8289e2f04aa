import { createEvent, type EventAttributes } from 'ics';

/** One meeting as a calendar file: the session, or a follow-up meeting. */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  location: string;
  start: number;
  durationMin: number;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  /** RFC 5545 SEQUENCE: one more for each change after the first invitation (0 when absent). */
  sequence?: number;
  /** The meeting is cancelled: METHOD:CANCEL and STATUS:CANCELLED, so a calendar removes the booking with this UID. */
  cancelled?: boolean;
}

export type IcsResult = { ok: true; ics: string } | { ok: false; error: string };

// Lone surrogates have no UTF-8 form.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 5545 3.1: CONTROL = %x00-08 / %x0A-1F / %x7F is allowed in no value (tab is, as white space). */
const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t') || code === 0x7f;
};
const replaceControls = (text: string, by: (char: string) => string) =>
  Array.from(text, (char) => (isControl(char) ? by(char) : char)).join('');

/**
 * A name as a quoted parameter value (CN="…"). A quoted-string may hold anything but DQUOTE and
 * controls, and has no escape: the library writes `\"`, which ends the value early (a `"` in a
 * name broke the ATTENDEE line). So `"` becomes `'`, a line break or other control a space, and
 * `^` is written `^^` (RFC 6868: readers that decode `^'` and `^n` would otherwise change a name
 * holding them). A backslash becomes `/`: the RFC has no escape in parameters, but some readers
 * (ical.js) unescape them as TEXT, so `\\` or `\n` would come back changed. `;`, `:` and `,` are
 * safe inside the quotes, which the library always writes.
 */
export function icsParamText(name: string): string {
  return replaceControls(name, () => ' ')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\t/g, ' ')
    .replace(/"/g, "'")
    .replace(/\\/g, '/')
    .replace(/\^/g, '^^')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A TEXT value (summary, place, description): line breaks kept as one \n each, other controls dropped. */
export function icsText(text: string): string {
  return replaceControls(text.replace(LONE_SURROGATE, '\uFFFD').replace(/\r\n?/g, '\n'), (char) => (char === '\n' ? char : ''));
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Refolds every line at 75 octets (RFC 5545 3.1), never inside a character. The library folds at
 * 75 characters, so a line of Danish letters or emoji could reach 300 octets.
 */
export function foldIcs(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // A continuation line starts with one space, which counts towards its 75 octets.
  let limit = 75;
  for (const char of line) {
    const n = octets(char);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The meeting as an .ics file for "add to my calendar". Times are written in UTC (…Z), which
 * every calendar reads as the same instant as Danish local time; no VTIMEZONE block to get wrong.
 * Names and texts are made safe first (icsParamText, icsText); the library escapes TEXT's `\ ; ,`.
 */
export function calendarIcs(event: CalendarEvent): IcsResult {
  const organizerName = icsParamText(event.organizer.name);
  const attributes: EventAttributes = {
    uid: event.uid,
    productId: 'tus-assistent',
    title: icsText(event.title),
    description: icsText(event.description),
    location: icsText(event.location),
    start: event.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { hours: Math.floor(event.durationMin / 60), minutes: event.durationMin % 60 },
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(event.cancelled ? { method: 'CANCEL' } : {}),
    busyStatus: 'BUSY',
    ...(event.sequence ? { sequence: event.sequence } : {}),
    organizer: event.organizer.email ? { name: organizerName || event.organizer.email, email: event.organizer.email } : undefined,
    attendees: event.attendees.map((a) => ({
      // An empty name would be written "Unnamed attendee"; the address says more.
      name: icsParamText(a.name) || a.email,
      email: a.email,
      rsvp: true,
      role: 'REQ-PARTICIPANT',
      partstat: 'NEEDS-ACTION',
    })),
  };
  const { error, value } = createEvent(attributes);
  return error || !value ? { ok: false, error: String(error?.message ?? error) } : { ok: true, ics: foldIcs(value) };
}
