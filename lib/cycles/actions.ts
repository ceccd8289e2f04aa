import { ARCHIVE_MARKS, type ArchiveMark } from '../../machines/archive-marks';
import type { AgreementStatus, CycleEvent, FollowUpMeeting } from '../../machines/cycle.machine';
import { ikuOf } from '../../machines/cycle.machine';
import type { ActionId } from '../../machines/next-step';
import { refusedAtWrite } from '../../machines/write-rules';
import type { CyclePlan, TeamPlanAuthor } from '../domain/types';
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
  'markAgreement',
  'updatePlan',
  'closeCycle',
  'cancelCycle',
] as const;
export type CycleActionId = (typeof CYCLE_ACTIONS)[number];

export const EMPLOYEE_ACTIONS = ['requestConsent', 'recordConsent', 'requestChanges', 'regenerate', ...ARCHIVE_MARKS] as const;
export type EmployeeActionId = (typeof EMPLOYEE_ACTIONS)[number];

/** What the leader typed or chose for an action; the rest of an event comes from the state. */
export interface ActionInput {
  until?: number;
  note?: string;
  /** The team plan's PDF hash, or an IKU's content hash. */
  hash?: string;
  ikus?: { employeeId: string; hash: string }[];
  /** IKUs generated although the content check found something, each with the leader's reason. */
  overrides?: { employeeId: string; reason: string }[];
  madeBy?: TeamPlanAuthor;
  /** The team plan's version number (1 for the first). */
  version?: number;
  meeting?: FollowUpMeeting;
  /** Which follow-up meeting was held; the first open one when absent. */
  index?: number;
  agreementId?: string;
  status?: AgreementStatus;
  /** Why the cycle is cancelled. */
  reason?: string;
  plan?: Partial<CyclePlan>;
}

/** The one place a cycle action becomes its event: the buttons' probe and the real event alike. */
export function cycleEvent(id: CycleActionId, snapshot: CycleSnapshot, at: number, input: ActionInput = {}): CycleEvent {
  switch (id) {
    case 'reopenCorrections':
      return { type: 'leader.reopenCorrections', at, until: input.until ?? at };
    case 'generateIkus':
      return {
        type: 'leader.generateIkus',
        at,
        ikus: input.ikus ?? [],
        ...(input.overrides?.length ? { overrides: input.overrides } : {}),
      };
    case 'completeTeamPlan':
      return {
        type: 'leader.completeTeamPlan',
        at,
        hash: input.hash ?? '',
        madeBy: input.madeBy ?? 'team',
        version: input.version ?? snapshot.context.teamPlans.length + 1,
      };
    case 'planFollowUps':
      return { type: 'leader.planFollowUp', at, meeting: input.meeting ?? { at: Number.NaN, form: 'teamMeeting', place: '' } };
    case 'recordFollowUp':
      return { type: 'leader.recordFollowUp', at, index: input.index ?? snapshot.context.followUps.findIndex((f) => f.heldAt === null) };
    case 'markAgreement':
      return {
        type: 'leader.markAgreement',
        at,
        agreementId: input.agreementId ?? '',
        status: input.status ?? 'notStarted',
        ...(input.note?.trim() ? { note: input.note.trim() } : {}),
      };
    case 'updatePlan':
      return { type: 'leader.updatePlan', at, plan: input.plan ?? {} };
    case 'cancelCycle':
      return { type: 'leader.cancelCycle', at, reason: input.reason ?? '' };
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
  meeting: { at: at + 30 * DAY, form: 'teamMeeting', place: '' },
  hash: 'probe',
  ikus: employeeIds.map((employeeId) => ({ employeeId, hash: 'probe' })),
  agreementId: 'probe',
  status: 'underWay',
  reason: 'probe',
  plan: {},
});

export function availableCycleActions(snapshot: CycleSnapshot, employeeIds: readonly string[], now: number): CycleActionId[] {
  const input = probeInput(employeeIds, now);
  return CYCLE_ACTIONS.filter((id) => {
    const event = cycleEvent(id, snapshot, now, input);
    return snapshot.can(event) && refusedAtWrite(snapshot.context, event) === null;
  });
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

/**
 * The machine takes a repeated archive mark (old logs hold some, and must replay), so the rules
 * asked where events are written (write-rules.ts) leave it out here too.
 */
export function availableEmployeeActions(snapshot: CycleSnapshot, employeeId: string, now: number): EmployeeActionId[] {
  return EMPLOYEE_ACTIONS.filter((id) => {
    const event = employeeEvent(id, snapshot, employeeId, now);
    return snapshot.can(event) && refusedAtWrite(snapshot.context, event) === null;
  });
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
