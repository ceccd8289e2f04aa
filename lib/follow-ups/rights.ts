import { refusedAtWrite } from '../../machines/write-rules';
import { cycleEvent } from '../cycles/actions';
import type { CycleSnapshot } from '../cycles/replay';

/** What the follow-up panel may offer now: the machine's answer to the event each button sends. */
export interface FollowUpRights {
  plan: boolean;
  mark: boolean;
  /** Meeting indexes that can be recorded as held. */
  record: number[];
}

const DAY = 86_400_000;

/** Asks the machine with representative input, as the timeline's buttons do (lib/cycles/actions.ts). */
export function followUpRights(snapshot: CycleSnapshot, now: number): FollowUpRights {
  const can = (...args: Parameters<typeof cycleEvent>) => {
    const event = cycleEvent(...args);
    return snapshot.can(event) && refusedAtWrite(snapshot.context, event) === null;
  };
  return {
    plan: can('planFollowUps', snapshot, now, { meeting: { at: now + 30 * DAY, form: 'teamMeeting', place: '' } }),
    mark: can('markAgreement', snapshot, now, { agreementId: 'probe', status: 'underWay' }),
    record: snapshot.context.followUps.flatMap((_, index) => (can('recordFollowUp', snapshot, now, { index }) ? [index] : [])),
  };
}
