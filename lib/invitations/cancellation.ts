// A cancelled cycle's calendar file: the session's booking (same UID) cancelled, one SEQUENCE past
// the last invitation, for the leader to send to those invited. Reads only.
import type { CycleContext } from '../../machines/cycle.machine';
import type { TusDb } from '../db/database';
import { isEmail } from '../domain/email';
import { getSetting } from '../settings/store';
import { safeFileName } from '../shared/file-names';
import { calendarIcs, type IcsResult } from './ics';

export interface Cancellation {
  fileName: string;
  ics: IcsResult;
}

/**
 * Whether calendars hold a booking to remove: the cycle was cancelled after its invitation went
 * out, before its session, and the session's time has not come. The page and the file ask this.
 */
export const hasCancellation = (context: CycleContext, now: number): boolean =>
  context.cancelled !== null &&
  context.invitedAt !== null &&
  context.sessionStartedAt === null &&
  context.plan.sessionAt !== null &&
  context.plan.sessionAt >= now;

/** The cancellation's calendar file, or null when there is no booking to remove (hasCancellation). */
export async function cancellationOf(db: TusDb, cycleId: string, now: number): Promise<Cancellation | null> {
  const cycle = await db.cycles.get(cycleId);
  const context = cycle?.cache?.context;
  if (!cycle || !context?.cancelled || !hasCancellation(context, now)) return null;
  const { sessionAt, durationMin, place } = context.plan;
  if (sessionAt === null) return null;
  const [team, employees, leader] = await Promise.all([
    db.teams.get(cycle.teamId),
    db.employees.where('teamId').equals(cycle.teamId).sortBy('name'),
    getSetting(db, 'leader'),
  ]);
  const teamName = team?.name ?? '';
  return {
    fileName: safeFileName(`TUS_${teamName}_aflyst.ics`),
    ics: calendarIcs({
      uid: `${cycleId}@tus-assistent`,
      title: `Aflyst: TUS – ${teamName}`,
      description: context.cancelled.reason,
      location: place,
      start: sessionAt,
      durationMin,
      organizer: { name: leader.name, email: isEmail(leader.email) ? leader.email : '' },
      attendees: employees.map(({ name, email }) => ({ name, email })),
      sequence: (context.invitationSequence ?? 0) + 1,
      cancelled: true,
    }),
  };
}
