// Pure: reads a cycle's state value and context, never an actor, so the popup can call it
// on a cached snapshot without loading XState.
import type { StateValue } from 'xstate';
import { epochToZoned, zonedToEpoch } from '../lib/dates/datetime';
import { addWorkingDays } from '../lib/dates/working-days';
import { isCorrectionWindowOpen } from './correction-window';
import type { CycleContext } from './cycle.machine';
import type { IkuState } from './iku.machine';
import type { StepOptions } from './step-options';

export type ActionId =
  | 'planCycle'
  | 'sendInvitation'
  | 'prepareSession'
  | 'startSession'
  | 'continueSession'
  | 'awaitCorrections'
  | 'generateIkus'
  | 'requestConsent'
  | 'reviseIkus'
  | 'collectConsent'
  | 'archiveIkus'
  | 'writeTeamPlan'
  | 'planFollowUps'
  | 'holdFollowUp'
  | 'closeCycle'
  | 'startCycle'
  | 'none';

export interface NextStep {
  action: ActionId;
  /** Numbers for the label's placeholders, e.g. how many consents are missing. */
  count?: number;
  dueAt: number | null;
  overdue: boolean;
}

export interface CycleStateLike {
  value: StateValue;
  context: CycleContext;
}

const DAY = 86_400_000;
/** The question sheet needs time for the employees to prepare at home (seed: "hjemmefra"). */
export const INVITATION_LEAD_DAYS = 14;
/** Grace after each trigger before a step counts as overdue. */
export const IKU_GENERATION_GRACE_DAYS = 7;
export const CONSENT_REQUEST_GRACE_DAYS = 3;
export const ARCHIVE_GRACE_DAYS = 7;
export const TEAM_PLAN_GRACE_DAYS = 7;

/** The top-level state name ("session" for any session phase). */
export function topState(value: StateValue): string {
  return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
}

const step = (action: ActionId, dueAt: number | null, now: number, count?: number): NextStep => ({
  action,
  dueAt,
  overdue: dueAt !== null && now > dueAt,
  ...(count === undefined ? {} : { count }),
});

const plus = (ms: number | null, days: number) => (ms === null ? null : ms + days * DAY);
const earliest = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.min(...present) : null;
};

/**
 * When an unanswered consent request is overdue: the same Danish wall-clock moment `workingDays`
 * working days after the request (weekends, public holidays and the usual days off skipped).
 * The one rule for the next step, the popup and the reminders; the number is the leader's setting.
 */
export function consentDueAt(requestedAt: number, workingDays: number): number {
  const { date, time } = epochToZoned(requestedAt);
  // Copenhagen's offsets are whole minutes, so the seconds within the minute carry over as they are.
  return zonedToEpoch(addWorkingDays(date, workingDays), time) + (((requestedAt % 60_000) + 60_000) % 60_000);
}

function consentStep(ikus: IkuState[], now: number, options: StepOptions): NextStep {
  const revise = ikus.filter((i) => i.value === 'changesRequested' || i.value === 'generated');
  if (revise.length) {
    const changes = revise.filter((i) => i.value === 'changesRequested');
    return changes.length
      ? step('reviseIkus', null, now, changes.length)
      : step('requestConsent', earliest(revise.map((i) => plus(i.context.generatedAt, CONSENT_REQUEST_GRACE_DAYS))), now);
  }
  const waiting = ikus.filter((i) => i.value === 'consentRequested');
  if (waiting.length) {
    // A later request is never due earlier, so the earliest request gives the earliest due date.
    const firstRequest = earliest(waiting.map((i) => i.context.requestedAt));
    const dueAt = firstRequest === null ? null : consentDueAt(firstRequest, options.consentWaitWorkingDays);
    return step('collectConsent', dueAt, now, waiting.length);
  }
  const toFile = ikus.filter((i) => i.value === 'consented');
  return step('archiveIkus', earliest(toFile.map((i) => plus(i.context.consent?.at ?? null, ARCHIVE_GRACE_DAYS))), now, toFile.length);
}

/** What the leader should do next for this cycle, by when, and which action does it. */
export function nextStep(state: CycleStateLike, now: number, options: StepOptions): NextStep {
  const { context } = state;
  const { sessionAt, correctionDeadline, durationMin } = context.plan;
  const sessionEnd = sessionAt === null ? null : sessionAt + durationMin * 60_000;
  switch (topState(state.value)) {
    case 'draft':
      return sessionAt === null ? step('planCycle', null, now) : step('sendInvitation', sessionAt - INVITATION_LEAD_DAYS * DAY, now);
    case 'invited':
      return step('prepareSession', sessionAt, now);
    case 'prepared':
      return step('startSession', sessionEnd, now);
    case 'session':
      return step('continueSession', null, now);
    case 'corrections':
      return isCorrectionWindowOpen(context, now)
        ? step('awaitCorrections', correctionDeadline, now)
        : step('generateIkus', plus(correctionDeadline ?? context.correctionsClosedEarlyAt, IKU_GENERATION_GRACE_DAYS), now);
    case 'ikusGenerated':
      return step('requestConsent', plus(context.ikusGeneratedAt, CONSENT_REQUEST_GRACE_DAYS), now);
    case 'consent':
      return consentStep(context.ikus, now, options);
    case 'archived':
      return step('planFollowUps', null, now);
    case 'teamPlan':
      // Once the plan is done, what is left is to agree how it is followed up.
      return context.teamPlanHash === null
        ? step('writeTeamPlan', plus(context.sessionEndedAt, TEAM_PLAN_GRACE_DAYS), now)
        : step('planFollowUps', null, now);
    case 'followUps': {
      const next = context.followUps.find((f) => f.heldAt === null);
      return next ? step('holdFollowUp', next.at, now) : step('closeCycle', null, now);
    }
    default:
      return step('none', null, now);
  }
}
