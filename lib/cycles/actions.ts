import type { CycleEvent } from '../../machines/cycle.machine';
import { ikuOf } from '../../machines/cycle.machine';
import { ARCHIVE_MARKS, type ArchiveMark } from '../../machines/archive-marks';
import type { CycleSnapshot } from './replay';

const DAY = 86_400_000;

/** Leader actions on the cycle as a whole, in lifecycle order. */
export const CYCLE_ACTIONS = [
  'invitationSent',
  'markPrepared',
  'startSession',
  'nextPhase',
  'closeCorrectionsEarly',
  'reopenCorrections',
  'generateIkus',
  'completeTeamPlan',
  'planFollowUps',
  'recordFollowUp',
  'closeCycle',
] as const;
export type CycleActionId = (typeof CYCLE_ACTIONS)[number];

export const EMPLOYEE_ACTIONS = ['requestConsent', 'recordConsent', 'requestChanges', 'regenerate', ...ARCHIVE_MARKS] as const;
export type EmployeeActionId = (typeof EMPLOYEE_ACTIONS)[number];

/**
 * A representative event for each action, so the machine (snapshot.can) decides which buttons
 * exist. The UI then sends the real event built from the leader's input; the store asks again.
 */
function probeCycle(id: CycleActionId, snapshot: CycleSnapshot, employeeIds: readonly string[], at: number): CycleEvent {
  switch (id) {
    case 'reopenCorrections':
      return { type: 'leader.reopenCorrections', at, until: at + 7 * DAY };
    case 'generateIkus':
      return { type: 'leader.generateIkus', at, ikus: employeeIds.map((employeeId) => ({ employeeId, hash: 'probe' })) };
    case 'completeTeamPlan':
      return { type: 'leader.completeTeamPlan', at, hash: 'probe' };
    case 'planFollowUps':
      return { type: 'leader.planFollowUps', at, dates: [at + 30 * DAY] };
    case 'recordFollowUp':
      return { type: 'leader.recordFollowUp', at, index: Math.max(0, snapshot.context.followUps.findIndex((f) => f.heldAt === null)) };
    default:
      return { type: `leader.${id}`, at } as CycleEvent;
  }
}

export function availableCycleActions(snapshot: CycleSnapshot, employeeIds: readonly string[], now: number): CycleActionId[] {
  return CYCLE_ACTIONS.filter((id) => snapshot.can(probeCycle(id, snapshot, employeeIds, now)));
}

export function employeeEvent(id: EmployeeActionId, snapshot: CycleSnapshot, employeeId: string, at: number, extra: { hash?: string; note?: string; channel?: 'paper' | 'inPerson' } = {}): CycleEvent {
  const iku = ikuOf(snapshot.context, employeeId)?.context;
  switch (id) {
    case 'requestConsent':
      return { type: 'iku.requestConsent', employeeId, at };
    case 'recordConsent':
      return {
        type: 'iku.consent',
        employeeId,
        at,
        version: iku?.version ?? 0,
        hash: iku?.hash ?? '',
        evidence: { channel: extra.channel ?? 'paper', ...(extra.note ? { note: extra.note } : {}) },
      };
    case 'requestChanges':
      return { type: 'iku.requestChanges', employeeId, at, note: extra.note ?? '' };
    case 'regenerate':
      return { type: 'iku.generate', employeeId, at, hash: extra.hash ?? 'probe' };
    default:
      // The remaining actions are the archive marks themselves.
      return { type: 'iku.markFiled', employeeId, at, mark: id satisfies ArchiveMark };
  }
}

export function availableEmployeeActions(snapshot: CycleSnapshot, employeeId: string, now: number): EmployeeActionId[] {
  return EMPLOYEE_ACTIONS.filter((id) => snapshot.can(employeeEvent(id, snapshot, employeeId, now)));
}
