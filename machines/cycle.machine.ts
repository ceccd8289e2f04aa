import { and, assertEvent, assign, not, setup } from 'xstate';
import type { CyclePlan, TeamPlanAuthor, Variant } from '../lib/domain/types';
import { isCorrectionWindowOpen } from './correction-window';
import type { IkuEvent, IkuState } from './iku.machine';
import { stepIku } from './iku-step';

export { CYCLE_MACHINE_VERSION } from './machine-version';

export interface IkuEntry extends IkuState {
  employeeId: string;
}

/** The IKU of one employee in this cycle, if one was generated. */
export const ikuOf = (context: Pick<CycleContext, 'ikus'>, employeeId: string): IkuEntry | undefined =>
  context.ikus.find((i) => i.employeeId === employeeId);

const hasText = (s: string | undefined): boolean => typeof s === 'string' && s.trim().length > 0;

/** Follow-ups and agreement statuses belong after the session and before the cycle is closed. */
const isAfterSession = (context: Pick<CycleContext, 'sessionEndedAt' | 'closedAt'>): boolean =>
  context.sessionEndedAt !== null && context.closedAt === null;

/** Replaces one employee's IKU state, keeping the order. */
function withIku(ikus: IkuEntry[], employeeId: string, next: IkuState): IkuEntry[] {
  return ikus.map((i) => (i.employeeId === employeeId ? { employeeId, ...next } : i));
}

/** The session room: who is absent, how groups are drawn, the phase clock, the cards drawn. */
export interface SessionRoom {
  absent: string[];
  /** Seed of the group and pair split, so the same split can be shown again. */
  seed: number;
  /** Group number (0-based) → employee id of its note-taker ("ordstyrer"). */
  noteTakers: Record<string, string>;
  drawnCards: string[];
  currentCard: { id: string; text?: string } | null;
  /** The phase clock is computed from these, never from a ticking counter. */
  pausedAt: number | null;
  pausedMs: number;
  extendedMin: number;
}

export const EMPTY_ROOM: SessionRoom = {
  absent: [],
  seed: 1,
  noteTakers: {},
  drawnCards: [],
  currentCard: null,
  pausedAt: null,
  pausedMs: 0,
  extendedMin: 0,
};

export const FOLLOW_UP_FORMS = ['teamMeeting', 'staffMeeting', 'oneToOne'] as const;
export type FollowUpForm = (typeof FOLLOW_UP_FORMS)[number];

/** A status meeting on the agreements (seed: "De aftalte opfølgningsstatusmøder afholdes"). */
export interface FollowUpMeeting {
  at: number;
  form: FollowUpForm;
  place: string;
  /** A one-to-one's employee (machine v9): their invitation goes to them alone. Absent for the team's meetings. */
  employeeId?: string;
}

export interface FollowUp {
  at: number;
  heldAt: number | null;
  /** Absent for meetings planned as bare dates (logs before machine v5). */
  form?: FollowUpForm;
  place?: string;
  /** When it was planned (absent in logs before machine v5): the IKUs print only those planned before them. */
  plannedAt?: number;
  /** A one-to-one's employee; absent for team and staff meetings and for one-to-ones planned before machine v9. */
  employeeId?: string;
}

export const AGREEMENT_STATUSES = ['notStarted', 'underWay', 'done', 'dropped'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** An agreement's latest status; every earlier one is in the log. */
export interface AgreementStatusMark {
  status: AgreementStatus;
  note: string | null;
  at: number;
}

/** A completed team plan, by version; the PDF itself is in the `teamPlans` table. */
export interface TeamPlanRecord {
  version: number;
  hash: string;
  madeBy: TeamPlanAuthor;
  at: number;
  /** How many follow-up meetings it printed: the one thing that can change after the first (the sheet is then locked). */
  followUps: number;
}

export interface CycleContext {
  variant: Variant;
  plan: CyclePlan;
  invitedAt: number | null;
  /**
   * How often the session's time, length or place changed after the invitation went out: the
   * calendar file's SEQUENCE, so a re-sent invitation updates the booking instead of adding one.
   */
  invitationSequence: number;
  sessionStartedAt: number | null;
  /** When the current session phase began; the session view computes its clock from this. */
  phaseStartedAt: number | null;
  room: SessionRoom;
  sessionEndedAt: number | null;
  correctionsClosedEarlyAt: number | null;
  ikusGeneratedAt: number | null;
  /**
   * One entry per employee with that employee's IKU machine state (tus-iku only). An array,
   * not a record: replaying a long log copies it once per event, and array copies are cheap.
   */
  ikus: IkuEntry[];
  teamPlanHash: string | null;
  /** Every completed team plan (plain TUS), oldest first; teamPlanHash is the last one's. */
  teamPlans: TeamPlanRecord[];
  followUps: FollowUp[];
  /** Agreement id → its latest status at a follow-up. */
  agreementStatus: Record<string, AgreementStatusMark>;
  /** Employees whose IKU was generated although the content check found something, with the leader's reason. */
  contentOverrides: { employeeId: string; reason: string; at: number }[];
  closedAt: number | null;
  /** Set when the leader cancelled the cycle (it is then closed), with their reason. */
  cancelled: { at: number; reason: string } | null;
  /**
   * Changes to the log's hash chain the leader has seen (`leader.acknowledgeLogChange`), by
   * event number and kind. Logged, so the acknowledgement is itself part of the evidence.
   */
  logChangesSeen: SeenLogChange[];
}

export interface SeenLogChange {
  seq: number;
  kind: string;
  at: number;
}

type Timed<T> = T & { at: number };
type ForEmployee<E> = E extends IkuEvent ? E & { employeeId: string } : never;

export type CycleEvent =
  | Timed<{ type: 'leader.updatePlan'; plan: Partial<CyclePlan> }>
  | Timed<{ type: 'leader.invitationSent' }>
  | Timed<{ type: 'leader.markPrepared' }>
  | Timed<{ type: 'leader.startSession' }>
  | Timed<{ type: 'leader.nextPhase' }>
  | Timed<{ type: 'leader.setAbsent'; employeeId: string; absent: boolean }>
  | Timed<{ type: 'leader.reshuffle'; seed: number }>
  | Timed<{ type: 'leader.setNoteTaker'; group: number; employeeId: string }>
  | Timed<{ type: 'leader.drawCard'; cardId: string; text?: string }>
  | Timed<{ type: 'leader.pausePhase' }>
  | Timed<{ type: 'leader.resumePhase' }>
  | Timed<{ type: 'leader.extendPhase'; minutes: number }>
  | Timed<{ type: 'leader.closeCorrectionsEarly' }>
  | Timed<{ type: 'leader.reopenCorrections'; until: number }>
  | Timed<{
      type: 'leader.generateIkus';
      ikus: { employeeId: string; hash: string }[];
      /** Generated although the content check found something: the leader's choice, with a reason. */
      overrides?: { employeeId: string; reason: string }[];
    }>
  | ForEmployee<IkuEvent>
  | Timed<{ type: 'leader.completeTeamPlan'; hash: string; madeBy?: TeamPlanAuthor; version?: number }>
  /** Machine v4 and earlier: bare dates. Still replayed; new logs use leader.planFollowUp. */
  | Timed<{ type: 'leader.planFollowUps'; dates: number[] }>
  | Timed<{ type: 'leader.planFollowUp'; meeting: FollowUpMeeting }>
  | Timed<{ type: 'leader.recordFollowUp'; index: number }>
  | Timed<{ type: 'leader.markAgreement'; agreementId: string; status: AgreementStatus; note?: string }>
  | Timed<{ type: 'leader.closeCycle' }>
  | Timed<{ type: 'leader.cancelCycle'; reason: string }>
  | Timed<{ type: 'leader.acknowledgeLogChange'; breaks: { seq: number; kind: string }[] }>;

export interface CycleInput {
  variant: Variant;
}

export const DEFAULT_PLAN: CyclePlan = {
  sessionAt: null,
  durationMin: 90,
  place: '',
  correctionDeadline: null,
  facilitator: { kind: 'leader' },
};

/**
 * The lifecycle of one TUS-forløb. The machine decides; lib/cycles performs and persists.
 * Every event carries `at` so that a replay of the log gives the same state at any time.
 */
export const cycleMachine = setup({
  types: {
    context: {} as CycleContext,
    events: {} as CycleEvent,
    input: {} as CycleInput,
  },
  guards: {
    isIku: ({ context }) => context.variant === 'tus-iku',
    hasSessionDate: ({ context }) => context.plan.sessionAt !== null,
    isCorrectionWindowOver: ({ context, event }) => !isCorrectionWindowOpen(context, event.at),
    isValidIkuBatch: ({ context, event }) => {
      assertEvent(event, 'leader.generateIkus');
      const inBatch = new Set(event.ikus.map((i) => i.employeeId));
      return (
        event.ikus.length > 0 &&
        inBatch.size === event.ikus.length &&
        event.ikus.every((i) => i.hash.length > 0 && ikuOf(context, i.employeeId) === undefined) &&
        (event.overrides ?? []).every((o) => inBatch.has(o.employeeId) && hasText(o.reason))
      );
    },
    keepsSessionDate: ({ context, event }) => {
      assertEvent(event, 'leader.updatePlan');
      const { sessionAt, correctionDeadline } = { ...context.plan, ...event.plan };
      return (
        (!('sessionAt' in event.plan) || (typeof sessionAt === 'number' && Number.isFinite(sessionAt))) &&
        // The corrections come after the session.
        (sessionAt === null || correctionDeadline === null || correctionDeadline > sessionAt)
      );
    },

    isAcceptedByIku: ({ context, event }) => {
      assertEvent(event, 'iku.*');
      const iku = ikuOf(context, event.employeeId);
      return iku !== undefined && stepIku(iku, event) !== null;
    },
    allIkusArchived: ({ context }) => {
      return context.ikus.length > 0 && context.ikus.every((i) => i.value === 'archived');
    },
    hasFollowUpDates: ({ event }) => {
      assertEvent(event, 'leader.planFollowUps');
      return event.dates.length > 0 && event.dates.every(Number.isFinite);
    },
    isValidMeeting: ({ context, event }) => {
      assertEvent(event, 'leader.planFollowUp');
      const { at, form, employeeId } = event.meeting;
      // An employee belongs to a one-to-one only. Which employees the team has is checked where it is
      // written (lib/actions/follow-ups.ts); that a new one-to-one names one, by write-rules.ts.
      const person = employeeId === undefined || (form === 'oneToOne' && typeof employeeId === 'string' && employeeId !== '');
      return (
        isAfterSession(context) &&
        Number.isFinite(at) &&
        FOLLOW_UP_FORMS.includes(form) &&
        typeof event.meeting.place === 'string' &&
        person
      );
    },
    hasFollowUps: ({ context }) => context.followUps.length > 0,
    // Not before the meeting's day either, but that is asked where it is written (write-rules.ts):
    // logs of machine v4 hold meetings recorded early, and must replay.
    isOpenFollowUp: ({ context, event }) => {
      assertEvent(event, 'leader.recordFollowUp');
      return context.closedAt === null && context.followUps[event.index]?.heldAt === null;
    },
    isValidAgreementMark: ({ context, event }) => {
      assertEvent(event, 'leader.markAgreement');
      return (
        isAfterSession(context) &&
        // Statuses are taken at follow-up meetings, so there is none to take before one is planned.
        context.followUps.length > 0 &&
        event.agreementId.length > 0 &&
        AGREEMENT_STATUSES.includes(event.status) &&
        (event.status !== 'dropped' || hasText(event.note))
      );
    },
    isNextTeamPlan: ({ context, event }) => {
      assertEvent(event, 'leader.completeTeamPlan');
      return (
        context.variant === 'tus' &&
        event.hash.length > 0 &&
        (event.version === undefined || event.version === context.teamPlans.length + 1) &&
        (event.madeBy === undefined || event.madeBy === 'team' || event.madeBy === 'trio')
      );
    },
    // Not while the session runs (end it first), nor while an approved IKU waits to be filed: the
    // personnel-file panel lists only open cycles, so that IKU could never be filed.
    isValidCancellation: ({ context, event }) => {
      assertEvent(event, 'leader.cancelCycle');
      return (
        context.closedAt === null &&
        hasText(event.reason) &&
        (context.sessionStartedAt === null || context.sessionEndedAt !== null) &&
        !context.ikus.some((i) => i.value === 'consented')
      );
    },
    allFollowUpsHeld: ({ context }) => context.followUps.every((f) => f.heldAt !== null),
    isNewCard: ({ context, event }) => {
      assertEvent(event, 'leader.drawCard');
      return (
        event.cardId.length > 0 &&
        (event.cardId.startsWith('blank') ? (event.text ?? '').trim().length > 0 : !context.room.drawnCards.includes(event.cardId))
      );
    },
    isPaused: ({ context }) => context.room.pausedAt !== null,
    isValidExtension: ({ event }) => {
      assertEvent(event, 'leader.extendPhase');
      return Number.isInteger(event.minutes) && event.minutes > 0 && event.minutes <= 60;
    },
    // A closed cycle takes nothing (xstate's pure transition would still run a root-level one).
    isValidAcknowledgement: ({ context, event }) => {
      assertEvent(event, 'leader.acknowledgeLogChange');
      return (
        context.closedAt === null &&
        event.breaks.length > 0 &&
        event.breaks.every((b) => Number.isFinite(b.seq) && typeof b.kind === 'string')
      );
    },
  },
  actions: {
    updatePlan: assign(({ context, event }) => {
      assertEvent(event, 'leader.updatePlan');
      const plan = { ...context.plan, ...event.plan };
      const moved = (['sessionAt', 'durationMin', 'place'] as const).some((k) => plan[k] !== context.plan[k]);
      // `?? 0`: a snapshot cached before the field (resolveState keeps a cached context as it is).
      return { plan, invitationSequence: (context.invitationSequence ?? 0) + (context.invitedAt !== null && moved ? 1 : 0) };
    }),
    recordInvited: assign({ invitedAt: ({ event }) => event.at }),
    startSession: assign({ sessionStartedAt: ({ event }) => event.at, phaseStartedAt: ({ event }) => event.at }),
    // A new phase starts its clock afresh: no pause, no extension, no card on the table.
    startPhase: assign(({ context, event }) => ({
      phaseStartedAt: event.at,
      room: { ...context.room, pausedAt: null, pausedMs: 0, extendedMin: 0, currentCard: null },
    })),
    setAbsent: assign(({ context, event }) => {
      assertEvent(event, 'leader.setAbsent');
      const others = context.room.absent.filter((id) => id !== event.employeeId);
      return { room: { ...context.room, absent: event.absent ? [...others, event.employeeId] : others } };
    }),
    reshuffle: assign(({ context, event }) => {
      assertEvent(event, 'leader.reshuffle');
      return { room: { ...context.room, seed: event.seed, noteTakers: {} } };
    }),
    setNoteTaker: assign(({ context, event }) => {
      assertEvent(event, 'leader.setNoteTaker');
      return { room: { ...context.room, noteTakers: { ...context.room.noteTakers, [String(event.group)]: event.employeeId } } };
    }),
    drawCard: assign(({ context, event }) => {
      assertEvent(event, 'leader.drawCard');
      const card = event.text ? { id: event.cardId, text: event.text } : { id: event.cardId };
      return { room: { ...context.room, drawnCards: [...context.room.drawnCards, event.cardId], currentCard: card } };
    }),
    pause: assign(({ context, event }) => ({ room: { ...context.room, pausedAt: event.at } })),
    resume: assign(({ context, event }) => ({
      room: { ...context.room, pausedAt: null, pausedMs: context.room.pausedMs + (event.at - (context.room.pausedAt ?? event.at)) },
    })),
    extend: assign(({ context, event }) => {
      assertEvent(event, 'leader.extendPhase');
      return { room: { ...context.room, extendedMin: context.room.extendedMin + event.minutes } };
    }),
    endSession: assign({ sessionEndedAt: ({ event }) => event.at, phaseStartedAt: null }),
    closeCorrectionsEarly: assign({ correctionsClosedEarlyAt: ({ event }) => event.at }),
    reopenCorrections: assign(({ context, event }) => {
      assertEvent(event, 'leader.reopenCorrections');
      return { correctionsClosedEarlyAt: null, plan: { ...context.plan, correctionDeadline: event.until } };
    }),
    generateIkus: assign(({ context, event }) => {
      assertEvent(event, 'leader.generateIkus');
      const ikus = [...context.ikus];
      for (const { employeeId, hash } of event.ikus) {
        const next = stepIku(undefined, { type: 'iku.generate', hash, at: event.at });
        if (next) ikus.push({ employeeId, ...next });
      }
      return { ikus, ikusGeneratedAt: event.at };
    }),
    stepIku: assign({
      ikus: ({ context, event }) => {
        assertEvent(event, 'iku.*');
        const next = stepIku(ikuOf(context, event.employeeId), event);
        return next ? withIku(context.ikus, event.employeeId, next) : context.ikus;
      },
    }),
    completeTeamPlan: assign(({ context, event }) => {
      assertEvent(event, 'leader.completeTeamPlan');
      const record = {
        version: context.teamPlans.length + 1,
        hash: event.hash,
        madeBy: event.madeBy ?? 'team',
        at: event.at,
        followUps: context.followUps.length,
      };
      return { teamPlanHash: event.hash, teamPlans: [...context.teamPlans, record] };
    }),
    planFollowUps: assign({
      followUps: ({ event }) => {
        assertEvent(event, 'leader.planFollowUps');
        return [...event.dates].sort((a, b) => a - b).map((at) => ({ at, heldAt: null }));
      },
    }),
    // Kept in date order, so a meeting's index is its place in time; an index is logged with
    // recordFollowUp, so a meeting planned before an open one moves the open one's index.
    planFollowUp: assign({
      followUps: ({ context, event }) => {
        assertEvent(event, 'leader.planFollowUp');
        const { at, form, place, employeeId } = event.meeting;
        const meeting: FollowUp = {
          at,
          heldAt: null,
          form,
          place: place.trim(),
          plannedAt: event.at,
          ...(employeeId ? { employeeId } : {}),
        };
        return [...context.followUps, meeting].sort((a, b) => a.at - b.at);
      },
    }),
    markAgreement: assign({
      agreementStatus: ({ context, event }) => {
        assertEvent(event, 'leader.markAgreement');
        const note = event.note?.trim() ? event.note.trim() : null;
        return { ...context.agreementStatus, [event.agreementId]: { status: event.status, note, at: event.at } };
      },
    }),
    recordOverrides: assign({
      contentOverrides: ({ context, event }) => {
        assertEvent(event, 'leader.generateIkus');
        return [...context.contentOverrides, ...(event.overrides ?? []).map((o) => ({ ...o, reason: o.reason.trim(), at: event.at }))];
      },
    }),
    cancel: assign(({ event }) => {
      assertEvent(event, 'leader.cancelCycle');
      return { closedAt: event.at, cancelled: { at: event.at, reason: event.reason.trim() } };
    }),
    recordFollowUp: assign({
      followUps: ({ context, event }) => {
        assertEvent(event, 'leader.recordFollowUp');
        return context.followUps.map((f, i) => (i === event.index ? { ...f, heldAt: event.at } : f));
      },
    }),
    close: assign({ closedAt: ({ event }) => event.at }),
    acknowledgeLogChange: assign({
      logChangesSeen: ({ context, event }) => {
        assertEvent(event, 'leader.acknowledgeLogChange');
        return [...context.logChangesSeen, ...event.breaks.map(({ seq, kind }) => ({ seq, kind, at: event.at }))];
      },
    }),
  },
}).createMachine({
  id: 'cycle',
  // xstate's pure transition() builds a throwaway actor without input on every call: reading
  // input.variant unguarded would throw (and capture a stack) once per replayed event.
  context: ({ input }: { input: CycleInput | undefined }) => ({
    variant: input?.variant ?? 'tus',
    plan: DEFAULT_PLAN,
    invitedAt: null,
    invitationSequence: 0,
    sessionStartedAt: null,
    phaseStartedAt: null,
    room: EMPTY_ROOM,
    sessionEndedAt: null,
    correctionsClosedEarlyAt: null,
    ikusGeneratedAt: null,
    ikus: [],
    teamPlanHash: null,
    teamPlans: [],
    followUps: [],
    agreementStatus: {},
    contentOverrides: [],
    closedAt: null,
    cancelled: null,
    logChangesSeen: [],
  }),
  initial: 'draft',
  // Seeing a change to the log is possible in every state but the last, and changes no state.
  // So is cancelling; follow-up meetings and agreement marks are taken from the session's end on
  // (their guards check), and the states where planning one moves the cycle on override it.
  on: {
    'leader.acknowledgeLogChange': { guard: 'isValidAcknowledgement', actions: 'acknowledgeLogChange' },
    'leader.cancelCycle': { guard: 'isValidCancellation', target: '.closed', actions: 'cancel' },
    'leader.planFollowUp': { guard: 'isValidMeeting', actions: 'planFollowUp' },
    'leader.recordFollowUp': { guard: 'isOpenFollowUp', actions: 'recordFollowUp' },
    'leader.markAgreement': { guard: 'isValidAgreementMark', actions: 'markAgreement' },
  },
  states: {
    draft: {
      on: {
        'leader.updatePlan': { actions: 'updatePlan' },
        'leader.invitationSent': { guard: 'hasSessionDate', target: 'invited', actions: 'recordInvited' },
      },
    },
    invited: {
      on: {
        'leader.updatePlan': { guard: 'keepsSessionDate', actions: 'updatePlan' },
        'leader.markPrepared': { target: 'prepared' },
      },
    },
    prepared: {
      on: {
        'leader.updatePlan': { guard: 'keepsSessionDate', actions: 'updatePlan' },
        // Attendance and groups may be settled before the session starts.
        'leader.setAbsent': { actions: 'setAbsent' },
        'leader.reshuffle': { actions: 'reshuffle' },
        'leader.startSession': { target: 'session', actions: 'startSession' },
      },
    },
    session: {
      initial: 'intro',
      on: {
        'leader.setAbsent': { actions: 'setAbsent' },
        'leader.reshuffle': { actions: 'reshuffle' },
        'leader.setNoteTaker': { actions: 'setNoteTaker' },
        'leader.drawCard': { guard: 'isNewCard', actions: 'drawCard' },
        'leader.pausePhase': { guard: not('isPaused'), actions: 'pause' },
        'leader.resumePhase': { guard: 'isPaused', actions: 'resume' },
        'leader.extendPhase': { guard: 'isValidExtension', actions: 'extend' },
      },
      states: {
        intro: { on: { 'leader.nextPhase': { target: 'teamFocus', actions: 'startPhase' } } },
        teamFocus: {
          initial: 'groups',
          states: {
            groups: { on: { 'leader.nextPhase': { target: 'plenum', actions: 'startPhase' } } },
            plenum: {
              on: {
                'leader.nextPhase': [
                  { guard: 'isIku', target: '#cycle.session.individualFocus', actions: 'startPhase' },
                  { target: '#cycle.session.wrapUp', actions: 'startPhase' },
                ],
              },
            },
          },
        },
        individualFocus: {
          initial: 'pairs',
          states: {
            pairs: { on: { 'leader.nextPhase': { target: 'plenum', actions: 'startPhase' } } },
            plenum: { on: { 'leader.nextPhase': { target: '#cycle.session.wrapUp', actions: 'startPhase' } } },
          },
        },
        wrapUp: {
          on: {
            'leader.nextPhase': [
              { guard: 'isIku', target: '#cycle.corrections', actions: 'endSession' },
              { target: '#cycle.teamPlan', actions: 'endSession' },
            ],
          },
        },
      },
    },
    corrections: {
      on: {
        // Closing after the window and a deadline in the past are refused where they are written
        // (write-rules.ts): logs of machine v4 may hold them.
        'leader.closeCorrectionsEarly': { actions: 'closeCorrectionsEarly' },
        'leader.reopenCorrections': { actions: 'reopenCorrections' },
        'leader.generateIkus': {
          guard: and(['isCorrectionWindowOver', 'isValidIkuBatch']),
          target: 'ikusGenerated',
          actions: ['generateIkus', 'recordOverrides'],
        },
      },
    },
    ikusGenerated: {
      on: {
        'iku.generate': { guard: 'isAcceptedByIku', actions: 'stepIku' },
        'iku.consent': { guard: 'isAcceptedByIku', target: 'consent', actions: 'stepIku' },
        'iku.requestConsent': { guard: 'isAcceptedByIku', target: 'consent', actions: 'stepIku' },
      },
    },
    consent: {
      always: { guard: 'allIkusArchived', target: 'archived' },
      on: {
        'iku.generate': { guard: 'isAcceptedByIku', actions: 'stepIku' },
        'iku.requestConsent': { guard: 'isAcceptedByIku', actions: 'stepIku' },
        'iku.consent': { guard: 'isAcceptedByIku', actions: 'stepIku' },
        'iku.requestChanges': { guard: 'isAcceptedByIku', actions: 'stepIku' },
        'iku.markFiled': { guard: 'isAcceptedByIku', actions: 'stepIku' },
      },
    },
    // Meetings planned before the last IKU was filed move the cycle straight on.
    archived: {
      always: { guard: 'hasFollowUps', target: 'followUps' },
      on: {
        'leader.planFollowUps': { guard: 'hasFollowUpDates', target: 'followUps', actions: 'planFollowUps' },
        'leader.planFollowUp': { guard: 'isValidMeeting', target: 'followUps', actions: 'planFollowUp' },
      },
    },
    teamPlan: {
      on: {
        'leader.completeTeamPlan': { guard: 'isNextTeamPlan', actions: 'completeTeamPlan' },
        'leader.planFollowUps': { guard: 'hasFollowUpDates', target: 'followUps', actions: 'planFollowUps' },
        'leader.planFollowUp': { guard: 'isValidMeeting', target: 'followUps', actions: 'planFollowUp' },
      },
    },
    followUps: {
      on: {
        // A new version of the team plan, e.g. with the meetings planned since.
        'leader.completeTeamPlan': { guard: 'isNextTeamPlan', actions: 'completeTeamPlan' },
        'leader.closeCycle': { guard: 'allFollowUpsHeld', target: 'closed', actions: 'close' },
      },
    },
    closed: { type: 'final' },
  },
});
