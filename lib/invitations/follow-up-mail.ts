import type { FollowUpMeeting } from '../../machines/cycle.machine';
import { epochToZoned } from '../dates/datetime';
import type { OutgoingMail } from '../messaging/protocol';
import type { Block } from '../templates/mail-body';
import { formatLongDate } from '../templates/values';
import type { BuiltFile } from './build';
import { FOLLOW_UP_MINUTES, followUpFileName, followUpIcs, followUpTitle, MEETING_FORM_DA } from './follow-up-ics';

/** What a follow-up invitation is built from: only names and addresses, as for the session's. */
export interface FollowUpInvitationInput {
  cycleId: string;
  teamName: string;
  meeting: FollowUpMeeting;
  employees: { name: string; email: string }[];
  leader: { name: string; email: string };
  /** The team's agreements, listed in the mail; individual ones are not sent to the whole team. */
  teamAgreements: string[];
  /** A one-to-one's employee's own agreements: that mail goes to them alone. Empty for the team's meetings. */
  ownAgreements: string[];
}

export type BuiltFollowUpInvitation =
  | { ok: true; mail: Omit<OutgoingMail, 'attachments'>; files: BuiltFile[] }
  | { ok: false; error: string };

/** The follow-up meeting's invitation: a short Danish mail and the meeting as an .ics file. */
export function buildFollowUpInvitation(input: FollowUpInvitationInput): BuiltFollowUpInvitation {
  const { meeting } = input;
  const ics = followUpIcs({
    cycleId: input.cycleId,
    teamName: input.teamName,
    meeting,
    organizer: input.leader,
    attendees: input.employees,
  });
  if (!ics.ok) return { ok: false, error: ics.error };
  const day = formatLongDate(meeting.at);
  const { time } = epochToZoned(meeting.at);
  const where = meeting.place.trim() ? `, ${meeting.place.trim()}` : '';
  // A one-to-one's invitation goes to its employee alone (lib/invitations/overlay-handlers.ts).
  const [only] = meeting.form === 'oneToOne' && input.employees.length === 1 ? input.employees : [];
  const body: Block[] = [
    { kind: 'p', text: only ? `Kære ${only.name}` : 'Kære alle' },
    {
      kind: 'p',
      text: `Som aftalt på vores TUS-samtale følger vi op på aftalerne: ${MEETING_FORM_DA[meeting.form]} ${day} kl. ${time.replace(':', '.')}${where} (ca. ${FOLLOW_UP_MINUTES} minutter).`,
    },
    {
      kind: 'p',
      text: 'Vi gør status på aftalerne én ad gangen: Er den ikke startet, i gang eller gennemført – eller har vi droppet den, og hvorfor?',
    },
    ...(input.teamAgreements.length
      ? [{ kind: 'h', text: 'Teamets aftaler' } as const, { kind: 'ul', items: input.teamAgreements } as const]
      : []),
    ...(only && input.ownAgreements.length
      ? [{ kind: 'h', text: 'Dine egne aftaler' } as const, { kind: 'ul', items: input.ownAgreements } as const]
      : []),
    { kind: 'p', text: 'Kalenderinvitationen er vedhæftet.' },
    { kind: 'p', text: input.leader.name ? `Venlig hilsen\n${input.leader.name}` : 'Venlig hilsen' },
  ];
  return {
    ok: true,
    mail: { to: input.employees.map((e) => e.email), subject: `${followUpTitle(input.teamName)}, ${day}`, body },
    files: [
      {
        name: followUpFileName(input.teamName, meeting.at),
        type: 'text/calendar',
        bytes: new TextEncoder().encode(ics.ics) as Uint8Array<ArrayBuffer>,
      },
    ],
  };
}
