import { describe, expect, it } from 'vitest';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { say } from '../../../lib/i18n/message';
import { FOLLOW_UP_REMINDER_LEAD_MS, followUpReminders } from '../../../lib/reminders/reminders';

const MEETING = zonedToEpoch('2027-03-10', '14:00');
const LATER = zonedToEpoch('2027-06-09', '14:00');

describe('the reminder before a follow-up meeting', () => {
  const meetings = [
    { at: MEETING, heldAt: null },
    { at: LATER, heldAt: null },
  ];

  it('comes two days before each meeting not yet held, keyed by cycle and time', () => {
    expect(followUpReminders('c', 'Nord', meetings, MEETING - FOLLOW_UP_REMINDER_LEAD_MS - 1)).toEqual([]);
    const due = followUpReminders('c', 'Nord', meetings, MEETING - FOLLOW_UP_REMINDER_LEAD_MS);
    expect(due.map((r) => r.key)).toEqual([`follow-up:c:${MEETING}`]);
    expect(say(due[0]!.title, 'da')).toBe('Opfølgningsmøde snart – Nord');
    expect(say(due[0]!.message, 'da')).toContain('10.03.2027');
    expect(say(due[0]!.message, 'da')).toContain('14.00');
    expect(say(due[0]!.title, 'en')).toBe('Follow-up meeting soon – Nord');
  });

  it('stays due after the time until the meeting is held, and never for a held one', () => {
    expect(followUpReminders('c', 'Nord', meetings, LATER).map((r) => r.key)).toEqual([`follow-up:c:${MEETING}`, `follow-up:c:${LATER}`]);
    const held = [{ at: MEETING, heldAt: MEETING + 3_600_000 }, meetings[1]!];
    expect(followUpReminders('c', 'Nord', held, LATER).map((r) => r.key)).toEqual([`follow-up:c:${LATER}`]);
  });
});
