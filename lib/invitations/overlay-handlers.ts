import type { FollowUp } from '../../machines/cycle.machine';
import { topState } from '../../machines/next-step';
import { tryAppend } from '../cycles/store';
import type { CycleCache, TusDb } from '../db/database';
import { isEmail } from '../domain/email';
import type { FollowUpInvitationInput, InvitationInput, OverlayCycle, OverlayFollowUp, WriteResult } from '../messaging/replies';
import { getSetting, getTeamTemplates } from '../settings/store';
import { agreementsOf } from '../sheet/store';
import { templatesFor } from '../templates/defaults';
import { attendeesOf } from './attendees';

/** Whether the cycle's invitation went out and its time or place changed since (before the session). */
const isChanged = (cache: { value: CycleCache['value']; context: CycleCache['context'] }) =>
  ['invited', 'prepared'].includes(topState(cache.value)) && (cache.context.invitationSequence ?? 0) > 0;

/** Open cycles with a session date whose invitation is not sent, was just marked sent, or changed since. */
export async function listInvitationCycles(db: TusDb): Promise<OverlayCycle[]> {
  const open = await db.cycles.where('open').equals(1).toArray();
  const waiting = open.filter(
    (c) =>
      c.cache && (['draft', 'invited'].includes(topState(c.cache.value)) || isChanged(c.cache)) && c.cache.context.plan.sessionAt !== null,
  );
  const teams = await db.teams.bulkGet(waiting.map((c) => c.teamId));
  return waiting.map((c, i) => ({
    cycleId: c.id,
    teamName: teams[i]?.name ?? '',
    variant: c.variant,
    sessionAt: c.cache!.context.plan.sessionAt!,
    state: isChanged(c.cache!) ? 'changed' : (topState(c.cache!.value) as 'draft' | 'invited'),
  }));
}

/** Only what an invitation needs: names and addresses of this team, the plan, the texts. */
export async function invitationData(db: TusDb, cycleId: string): Promise<InvitationInput | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle?.cache || (topState(cycle.cache.value) !== 'draft' && !isChanged(cycle.cache))) return null;
  const team = await db.teams.get(cycle.teamId);
  const employees = await db.employees.where('teamId').equals(cycle.teamId).sortBy('name');
  const leader = await getSetting(db, 'leader');
  return {
    cycleId,
    teamName: team?.name ?? '',
    variant: cycle.variant,
    plan: cycle.cache.context.plan,
    employees: employees.map(({ name, email }) => ({ name, email })),
    // An address saved before the settings checked it goes as none, rather than failing the reply's schema.
    leader: isEmail(leader.email) ? leader : { ...leader, email: '' },
    templates: templatesFor(cycle.variant, await getTeamTemplates(db, cycle.teamId)),
    sequence: cycle.cache.context.invitationSequence ?? 0,
  };
}

export const markInvitationSent = (db: TusDb, cycleId: string, now: number): Promise<WriteResult> =>
  tryAppend(db, cycleId, { type: 'leader.invitationSent', at: now });

/** The most agreements a follow-up mail lists, and the longest text of one (the reply's schema caps both above these). */
const MAIL_AGREEMENTS = 100;
const MAIL_AGREEMENT_CHARS = 1000;
const shorten = (text: string) => (text.length > MAIL_AGREEMENT_CHARS ? `${text.slice(0, MAIL_AGREEMENT_CHARS - 1)}…` : text);

/** A meeting whose time has passed is still offered for this long: an invitation sent late in the day. */
const FOLLOW_UP_GRACE_MS = 12 * 3_600_000;

/**
 * Follow-up meetings not yet held, soonest first, in open cycles. There is no "invitation sent"
 * event for them: an invitation inserted twice is one booking (the calendar file's UID is the
 * meeting's), so the list shows every coming meeting. Meetings planned as bare dates (machine v4)
 * count as team meetings with no place.
 */
export async function listFollowUpMeetings(db: TusDb, now: number): Promise<OverlayFollowUp[]> {
  const open = await db.cycles.where('open').equals(1).toArray();
  const teams = await db.teams.bulkGet(open.map((c) => c.teamId));
  const coming = open.flatMap((c, i) =>
    (c.cache?.context.followUps ?? [])
      .filter((f) => f.heldAt === null && f.at >= now - FOLLOW_UP_GRACE_MS && isInvitable(f))
      .map((f) => ({ cycleId: c.id, teamId: c.teamId, teamName: teams[i]?.name ?? '', f })),
  );
  const people = await db.employees.bulkGet(coming.map(({ f }) => f.employeeId ?? ''));
  return (
    coming
      .map(({ cycleId, teamId, teamName, f }, i) => ({
        cycleId,
        teamName,
        meeting: { at: f.at, form: f.form ?? 'teamMeeting', place: f.place ?? '' },
        ...(f.employeeId ? { employeeName: people[i]?.teamId === teamId ? people[i].name : undefined } : {}),
      }))
      // A one-to-one whose employee has left the team (or been erased) has no one to invite.
      .filter((m): m is OverlayFollowUp => !('employeeName' in m) || m.employeeName !== undefined)
      .sort((a, b) => a.meeting.at - b.meeting.at)
  );
}

/**
 * A team or staff meeting invites the team; a one-to-one its employee alone. A one-to-one planned
 * before it named its employee (machine v8) has no one to invite.
 */
const isInvitable = (f: FollowUp) => f.form !== 'oneToOne' || f.employeeId !== undefined;

/** One meeting's invitation: who it invites, the leader, the team's agreements (and a one-to-one's own). */
export async function followUpInvitationData(db: TusDb, cycleId: string, at: number): Promise<FollowUpInvitationInput | null> {
  const cycle = await db.cycles.get(cycleId);
  const meeting = cycle?.cache?.context.followUps.find((f) => f.at === at && f.heldAt === null && isInvitable(f));
  if (!cycle || !meeting) return null;
  const [team, employees, leader, agreements] = await Promise.all([
    db.teams.get(cycle.teamId),
    db.employees.where('teamId').equals(cycle.teamId).sortBy('name'),
    getSetting(db, 'leader'),
    agreementsOf(db, cycleId),
  ]);
  // Dropped ones are left out: the meeting takes status of what is still agreed.
  // Within what the panel's schema takes (lib/messaging/replies.ts): a mail lists the first ones, shortened.
  const listed = (of: string | null) =>
    agreements
      .filter((a) => a.employeeId === of && cycle.cache?.context.agreementStatus[a.id]?.status !== 'dropped')
      .map((a) => shorten(a.text.trim()))
      .filter(Boolean)
      .slice(0, MAIL_AGREEMENTS);
  const invited = attendeesOf(meeting, employees);
  if (meeting.employeeId && invited.length === 0) return null;
  return {
    cycleId,
    teamName: team?.name ?? '',
    meeting: { at: meeting.at, form: meeting.form ?? 'teamMeeting', place: meeting.place ?? '' },
    employees: invited,
    leader: { name: leader.name, email: isEmail(leader.email) ? leader.email : '' },
    teamAgreements: listed(null),
    // A one-to-one's mail goes to its employee alone, so it may list their own agreements too.
    ownAgreements: meeting.employeeId ? listed(meeting.employeeId) : [],
  };
}
