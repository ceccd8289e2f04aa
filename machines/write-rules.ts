// Rules a new event must keep that a log written before them may break. The machine still takes
// such an event (an old log must replay to the state it recorded), so these are asked where an
// event is written (lib/cycles/store.ts appendEvent) and where buttons are offered
// (lib/cycles/actions.ts, lib/follow-ups/rights.ts): never offered, never written, still replayed.
import { epochToZoned, zonedToEpoch } from '../lib/dates/datetime';
import { isCorrectionWindowOpen } from './correction-window';
import { type CycleContext, type CycleEvent, ikuOf } from './cycle.machine';

export type WriteRefusal =
  | 'markAlreadySet'
  | 'correctionsOver'
  | 'deadlineInPast'
  | 'meetingNotYet'
  | 'teamPlanUnchanged'
  | 'oneToOneWithoutEmployee'
  | 'meetingTimeTaken';

/** Why this event may not be written now, though the machine would take it; null when it may. */
export function refusedAtWrite(context: CycleContext, event: CycleEvent): WriteRefusal | null {
  switch (event.type) {
    // A second click on a mark already set records nothing.
    case 'iku.markFiled':
      return ikuOf(context, event.employeeId)?.context.marks[event.mark] !== undefined ? 'markAlreadySet' : null;
    // "Luk for rettelser nu" means nothing once the window is over.
    case 'leader.closeCorrectionsEarly':
      return isCorrectionWindowOpen(context, event.at) ? null : 'correctionsOver';
    // A deadline is moved to a moment still to come.
    case 'leader.reopenCorrections':
      return Number.isFinite(event.until) && event.until > event.at ? null : 'deadlineInPast';
    // A meeting is held from its day on (Copenhagen), never months before it takes place.
    case 'leader.recordFollowUp': {
      const meeting = context.followUps[event.index];
      return meeting && event.at < zonedToEpoch(epochToZoned(meeting.at).date, '00:00') ? 'meetingNotYet' : null;
    }
    // A new version of the team plan only when it would say more: meetings planned since the last.
    case 'leader.completeTeamPlan': {
      const last = context.teamPlans.at(-1);
      return last && context.followUps.length === last.followUps ? 'teamPlanUnchanged' : null;
    }
    // A one-to-one is with someone: its invitation goes to them (logs before machine v9 name no one).
    case 'leader.planFollowUp':
      if (event.meeting.form === 'oneToOne' && !event.meeting.employeeId) return 'oneToOneWithoutEmployee';
      // A meeting is found by its time (its invitation, its calendar file's UID): one per time.
      return context.followUps.some((f) => f.at === event.meeting.at) ? 'meetingTimeTaken' : null;
    default:
      return null;
  }
}
