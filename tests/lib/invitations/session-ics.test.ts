import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { sessionIcs } from '../../../lib/invitations/session-ics';

describe('session .ics', () => {
  it('parses back with the right instant, duration, organizer, attendees and Danish text', () => {
    const start = zonedToEpoch('2026-12-02', '09:30');
    const result = sessionIcs({
      uid: 'cycle-1@tus-assistent',
      title: "TUS med IKU – Nord & Syd's team",
      description: 'Spørgsmålsarket er vedhæftet. Æbler, øl og ål.',
      location: 'Mødelokale 2, Rådhuset',
      start,
      durationMin: 90,
      organizer: { name: 'Lene Leder', email: 'lene@randers.dk' },
      attendees: [
        { name: 'Anne Ærø', email: 'anne@randers.dk' },
        { name: '<img src=x onerror=alert(1)>', email: 'x@randers.dk' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const vevent = new ICAL.Component(ICAL.parse(result.ics)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    // 09:30 in Copenhagen in December is 08:30 UTC.
    expect(event.startDate.toJSDate().getTime()).toBe(Date.UTC(2026, 11, 2, 8, 30));
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(90 * 60_000);
    expect(event.summary).toBe("TUS med IKU – Nord & Syd's team");
    expect(event.location).toBe('Mødelokale 2, Rådhuset');
    expect(event.description).toContain('Æbler, øl og ål.');
    expect(event.uid).toBe('cycle-1@tus-assistent');
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:lene@randers.dk');
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:anne@randers.dk', 'mailto:x@randers.dk']);
    expect(attendees[1]!.getParameter('cn')).toBe('<img src=x onerror=alert(1)>');
  });
});
