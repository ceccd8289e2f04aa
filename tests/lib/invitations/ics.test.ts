// Every calendar file we write parses back with ical.js, whatever the names, places and titles hold
// (issue 14: a `"` in a name broke the ATTENDEE line). Hostile text: quotes, ; : , \ ^, line
// breaks and other controls, emoji, lone surrogates, 200-character names.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { followUpIcs } from '../../../lib/invitations/follow-up-ics';
import { calendarIcs, foldIcs, icsParamText, icsText } from '../../../lib/invitations/ics';
import { sessionIcs } from '../../../lib/invitations/session-ics';
import type { FollowUpForm } from '../../../machines/cycle.machine';

const HOSTILE = [
  'Anne "Nanna" Holm',
  'Bo; ROLE=CHAIR',
  'Holm, Anne: leder',
  'Ole\r\nATTENDEE:mailto:evil@x.dk',
  'Per\nBo\rLine\u0000\u0007\u001b\u007f',
  "Caret ^n ^' ^^ x",
  'back\\slash \\" end',
  '👩‍👩‍👧‍👦 Familie 🇩🇰 Ærø',
  'Ø'.repeat(200),
  '"'.repeat(200),
  'x'.repeat(199) + '😀',
  '\uD800lone\uDC00',
  '   ',
  '',
];

// Text with every kind of trouble mixed in; fc.string's default units stay in the BMP, so emoji and lone surrogates are added.
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '"',
        ';',
        ':',
        ',',
        '\\',
        '^',
        "^'",
        '^n',
        '\n',
        '\r',
        '\r\n',
        '\t',
        '\u0000',
        '\u001f',
        '\u007f',
        '😀',
        '\uD83D',
        'æøå',
        ' ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const START = zonedToEpoch('2027-03-10', '14:00');

function parse(ics: string) {
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return vevent;
}

/** The file's own form: CRLF lines, none over 75 octets, no control but the line ends and the fold's space. */
function expectWellFormed(ics: string) {
  expect(ics.endsWith('\r\n') || !ics.includes('\n')).toBe(true);
  const lines = ics.split('\r\n');
  for (const line of lines) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const controls = Array.from(line).filter((c) => (c.charCodeAt(0) < 0x20 && c !== '\t') || c === '\u007f');
    expect(controls).toEqual([]);
  }
  // A lone surrogate would have been written as U+FFFD by the encoder, silently: none may reach it.
  expect(ics).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

function expectRoundTrip(
  ics: string,
  want: { title: string; place: string; organizer: string; attendees: { name: string; email: string }[] },
) {
  expectWellFormed(ics);
  const vevent = parse(ics);
  const event = new ICAL.Event(vevent);
  expect(event.summary ?? '').toBe(icsText(want.title));
  expect(event.location ?? '').toBe(icsText(want.place));
  expect(event.startDate.toJSDate().getTime()).toBe(START);
  const attendees = vevent.getAllProperties('attendee');
  expect(attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(want.attendees.map((a) => `mailto:${a.email}`));
  expect(attendees.map((a) => a.getParameter('cn'))).toEqual(
    want.attendees.map((a) => icsParamText(a.name).replace(/\^\^/g, '^') || a.email),
  );
  const organizer = vevent.getFirstProperty('organizer');
  expect(organizer?.getParameter('cn')).toBe(icsParamText(want.organizer).replace(/\^\^/g, '^') || 'lene@randers.dk');
  // Nothing the names held became a property or parameter of its own.
  expect(vevent.getAllProperties().map((p) => p.name)).toEqual(expect.not.arrayContaining(['role-chair', 'x-injected']));
  expect(attendees.every((a) => a.getParameter('role') === 'REQ-PARTICIPANT')).toBe(true);
}

describe('calendar files with hostile names', () => {
  it('icsParamText leaves no DQUOTE or control, and writes ^ as ^^ (RFC 6868)', () => {
    expect(icsParamText('Anne "Nanna" Holm')).toBe("Anne 'Nanna' Holm");
    expect(icsParamText('Ole\r\nHansen\u0007')).toBe('Ole Hansen');
    expect(icsParamText("a^'b")).toBe("a^^'b");
    expect(icsParamText('  Bo  ')).toBe('Bo');
    expect(icsParamText('Holm, Anne; leder: x')).toBe('Holm, Anne; leder: x');
  });

  it('folds at 75 octets, never inside a character, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Ø'.repeat(100)}😀${'a'.repeat(80)}`;
    const folded = foldIcs(`${line}\r\n`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
    expect(folded).not.toContain('\uFFFD');
  });

  it('the session file: every hostile name as attendee and organizer parses back', () => {
    for (const name of HOSTILE) {
      const result = sessionIcs({
        uid: 'cycle-1@tus-assistent',
        title: `TUS – ${name}`,
        description: name,
        location: name,
        start: START,
        durationMin: 90,
        organizer: { name, email: 'lene@randers.dk' },
        attendees: [
          { name, email: 'anne@randers.dk' },
          { name: 'Bo', email: 'bo@randers.dk' },
        ],
      });
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      expectRoundTrip(result.ics, {
        title: `TUS – ${name}`,
        place: name,
        organizer: name,
        attendees: [
          { name, email: 'anne@randers.dk' },
          { name: 'Bo', email: 'bo@randers.dk' },
        ],
      });
    }
  });

  it('a " in a name no longer breaks the ATTENDEE line (the bug)', () => {
    const result = sessionIcs({
      uid: 'c@tus-assistent',
      title: 'TUS',
      description: '',
      location: '',
      start: START,
      durationMin: 60,
      organizer: { name: 'Lene', email: 'lene@randers.dk' },
      attendees: [{ name: 'Anne "Nanna" Holm', email: 'anne@randers.dk' }],
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.ics.replace(/\r\n /g, '')).toContain(`CN="Anne 'Nanna' Holm":mailto:anne@randers.dk`);
    expect(parse(result.ics).getFirstProperty('attendee')?.getParameter('cn')).toBe("Anne 'Nanna' Holm");
  });

  it('property: random hostile names, places and titles in session and follow-up files parse back', () => {
    const form = fc.constantFrom<FollowUpForm>('teamMeeting', 'staffMeeting', 'oneToOne');
    fc.assert(
      fc.property(nasty, nasty, nasty, fc.array(nasty, { minLength: 1, maxLength: 5 }), form, (team, place, leader, names, f) => {
        const attendees = names.map((name, i) => ({ name, email: `e${i}@randers.dk` }));
        const organizer = { name: leader, email: 'lene@randers.dk' };
        const session = calendarIcs({
          uid: 'c@tus-assistent',
          title: team,
          description: place,
          location: place,
          start: START,
          durationMin: 90,
          organizer,
          attendees,
        });
        const followUp = followUpIcs({ cycleId: 'c', teamName: team, meeting: { at: START, form: f, place }, organizer, attendees });
        if (!session.ok) throw new Error(session.error);
        if (!followUp.ok) throw new Error(followUp.error);
        expectRoundTrip(session.ics, { title: team, place, organizer: leader, attendees });
        expectRoundTrip(followUp.ics, { title: `Opfølgning på TUS – ${team}`, place, organizer: leader, attendees });
      }),
      { numRuns: 300 },
    );
  });
});
