// The leader's follow-up work from the team page: planning status meetings, marking each agreement
// at a meeting, recording a meeting as held, the meeting's calendar file, and carrying agreements
// into the next cycle. Each write is one event (or, for the carry-over, one sheet transaction).
import type { AgreementStatus } from '../../machines/cycle.machine';
import { download } from '../browser/download';
import { cycleEvent } from '../cycles/actions';
import type { CycleRow } from '../cycles/queries';
import { fromCache } from '../cycles/replay';
import { appendEvent, cycleTables } from '../cycles/store';
import { isEmail } from '../domain/email';
import { type MeetingFormInput, type MeetingFormResult, validateMeetingForm } from '../follow-ups/meeting-form';
import { KeyedError } from '../i18n/message';
import { attendeesOf } from '../invitations/attendees';
import { followUpFileName, followUpIcs } from '../invitations/follow-up-ics';
import { getSetting } from '../settings/store';
import { carryOverAgreements } from '../sheet/store';
import { type ActionDeps, withDeps } from './deps';

type CycleOf = Pick<CycleRow, 'id' | 'teamId' | 'cache'>;

/** The follow-up actions on one cycle, bound to the row as the page last read it. */
export function followUpActions(cycle: CycleOf, deps: Partial<ActionDeps> = {}) {
  const { db, now } = withDeps(deps);
  const append = async (id: 'planFollowUps' | 'markAgreement' | 'recordFollowUp', input: Parameters<typeof cycleEvent>[3]) => {
    if (!cycle.cache) throw new KeyedError('followUp.noMeeting');
    const at = now();
    await appendEvent(db, cycle.id, cycleEvent(id, fromCache(cycle.cache), at, input));
  };
  return {
    /** Plans one meeting from the form; the form's refusals come back by field, and nothing is written. */
    plan: async (form: MeetingFormInput): Promise<MeetingFormResult> => {
      const result = validateMeetingForm(form);
      if (!result.ok) return result;
      const { employeeId } = result.meeting;
      // The machine cannot see the team: a one-to-one's employee is checked to be this team's in the
      // same transaction as the event, so the invitation can only go to one of them.
      await db.transaction('rw', [db.employees, ...cycleTables(db)], async () => {
        if (employeeId !== undefined && (await db.employees.get(employeeId))?.teamId !== cycle.teamId)
          throw new KeyedError('followUp.unknownEmployee');
        await append('planFollowUps', { meeting: result.meeting });
      });
      return result;
    },

    /**
     * One agreement's status at a meeting; a dropped one needs a note (the machine refuses it without).
     * The machine cannot see the sheet, so the agreement is checked to be this cycle's in the same
     * transaction as the event (and the sheet refuses deleting a row that has a status).
     */
    mark: (agreementId: string, status: AgreementStatus, note: string): Promise<void> =>
      db.transaction('rw', [db.agreements, ...cycleTables(db)], async () => {
        const agreement = await db.agreements.get(agreementId);
        if (agreement?.cycleId !== cycle.id) throw new KeyedError('followUp.unknownAgreement');
        await append('markAgreement', { agreementId, status, note });
      }),

    /** The meeting at `index` is held. */
    held: (index: number): Promise<void> => append('recordFollowUp', { index }),

    /** The meeting's calendar file, saved at once: the same file the webmail panel attaches. */
    downloadIcs: async (index: number): Promise<void> => {
      const meeting = cycle.cache?.context.followUps[index];
      if (!meeting) throw new KeyedError('followUp.noMeeting');
      const [team, employees, leader] = await Promise.all([
        db.teams.get(cycle.teamId),
        db.employees.where('teamId').equals(cycle.teamId).sortBy('name'),
        getSetting(db, 'leader'),
      ]);
      const teamName = team?.name ?? '';
      const ics = followUpIcs({
        cycleId: cycle.id,
        teamName,
        meeting: { at: meeting.at, form: meeting.form ?? 'teamMeeting', place: meeting.place ?? '' },
        organizer: { name: leader.name, email: isEmail(leader.email) ? leader.email : '' },
        // A one-to-one's booking is with its employee (one planned before machine v9 names no one: the
        // leader's own booking).
        attendees: attendeesOf(meeting, employees),
      });
      if (!ics.ok) throw new Error(ics.error);
      const bytes = new TextEncoder().encode(ics.ics) as Uint8Array<ArrayBuffer>;
      download(bytes, followUpFileName(teamName, meeting.at), 'text/calendar');
    },
  };
}

export type FollowUpActions = ReturnType<typeof followUpActions>;

/** Copies the chosen agreements of the team's earlier cycle into this one; returns how many were added. */
export async function carryOver(
  fromCycleId: string,
  toCycleId: string,
  agreementIds: readonly string[],
  deps: Partial<ActionDeps> = {},
): Promise<number> {
  const { db, now } = withDeps(deps);
  return (await carryOverAgreements(db, { fromCycleId, toCycleId, agreementIds }, now())).length;
}
