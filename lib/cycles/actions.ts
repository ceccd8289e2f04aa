import { ARCHIVE_MARKS, type ArchiveMark } from '../../machines/archive-marks';
import type { CycleEvent } from '../../machines/cycle.machine';
import { ikuOf } from '../../machines/cycle.machine';
import type { ActionId } from '../../machines/next-step';
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

/** What the leader typed or chose for an action; the rest of an event comes from the state. */
export interface ActionInput {
  dates?: number[];
  until?: number;
  note?: string;
  /** The team plan's PDF hash, or an IKU's content hash. */
  hash?: string;
  ikus?: { employeeId: string; hash: string }[];
}

/** The one place a cycle action becomes its event: the buttons' probe and the real event alike. */
export function cycleEvent(id: CycleActionId, snapshot: CycleSnapshot, at: number, input: ActionInput = {}): CycleEvent {
  switch (id) {
    case 'reopenCorrections':
      return { type: 'leader.reopenCorrections', at, until: input.until ?? at };
    case 'generateIkus':
      return { type: 'leader.generateIkus', at, ikus: input.ikus ?? [] };
    case 'completeTeamPlan':
      return { type: 'leader.completeTeamPlan', at, hash: input.hash ?? '' };
    case 'planFollowUps':
      return { type: 'leader.planFollowUps', at, dates: input.dates ?? [] };
    case 'recordFollowUp':
      return { type: 'leader.recordFollowUp', at, index: snapshot.context.followUps.findIndex((f) => f.heldAt === null) };
    default:
      return { type: `leader.${id}`, at } as CycleEvent;
  }
}

/**
 * Representative input for each action, so the machine (snapshot.can) decides which buttons
 * exist. The view then sends the event built from the leader's input; the store asks again.
 */
const probeInput = (employeeIds: readonly string[], at: number): ActionInput => ({
  until: at + 7 * DAY,
  dates: [at + 30 * DAY],
  hash: 'probe',
  ikus: employeeIds.map((employeeId) => ({ employeeId, hash: 'probe' })),
});

export function availableCycleActions(snapshot: CycleSnapshot, employeeIds: readonly string[], now: number): CycleActionId[] {
  const input = probeInput(employeeIds, now);
  return CYCLE_ACTIONS.filter((id) => snapshot.can(cycleEvent(id, snapshot, now, input)));
}

export function employeeEvent(
  id: EmployeeActionId,
  snapshot: CycleSnapshot,
  employeeId: string,
  at: number,
  extra: { hash?: string; note?: string; channel?: 'paper' | 'inPerson' } = {},
): CycleEvent {
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

/**
 * The buttons that carry out a next step (the popup's "Gør det" names the step), first choice
 * first. Steps that are a wait or happen elsewhere (the session, the start form) have none.
 */
const STEP_BUTTONS: Partial<Record<ActionId, readonly (CycleActionId | EmployeeActionId)[]>> = {
  sendInvitation: ['invitationSent'],
  prepareSession: ['markPrepared'],
  startSession: ['startSession'],
  continueSession: ['nextPhase'],
  awaitCorrections: ['closeCorrectionsEarly'],
  generateIkus: ['generateIkus'],
  requestConsent: ['requestConsent'],
  reviseIkus: ['regenerate'],
  collectConsent: ['recordConsent'],
  archiveIkus: ARCHIVE_MARKS,
  writeTeamPlan: ['completeTeamPlan'],
  planFollowUps: ['planFollowUps'],
  holdFollowUp: ['recordFollowUp'],
  closeCycle: ['closeCycle'],
};

const isAction = (name: string): name is CycleActionId | EmployeeActionId =>
  (CYCLE_ACTIONS as readonly string[]).includes(name) || (EMPLOYEE_ACTIONS as readonly string[]).includes(name);

/** The action buttons a step or action name points at: an action's own name, or its step's buttons. */
export function buttonsFor(name: string): readonly (CycleActionId | EmployeeActionId)[] {
  if (isAction(name)) return [name];
  // Own keys only: the name comes from the URL, and `constructor` is not a step.
  return Object.hasOwn(STEP_BUTTONS, name) ? (STEP_BUTTONS[name as ActionId] ?? []) : [];
}
