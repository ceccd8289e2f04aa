import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import type { Variant } from '../../lib/domain/types';
import { type CycleEvent, cycleMachine } from '../../machines/cycle.machine';
import { type ActionId, nextStep, topState } from '../../machines/next-step';
import { DEFAULT_STEP_OPTIONS } from '../../machines/step-options';
import { refusedAtWrite } from '../../machines/write-rules';
import { candidateEvents, DEADLINE, SESSION_AT, serializeCycle } from '../support/cycle-events';
import { statePaths } from '../support/state-paths';

const ALL_NODES = getStateNodes(cycleMachine.root)
  .map((n) => n.path.join('.'))
  .filter(Boolean);

const REACHABLE: Record<Variant, string[]> = {
  'tus-iku': ALL_NODES.filter((p) => !p.startsWith('teamPlan')),
  tus: ALL_NODES.filter((p) => !/^(corrections|ikusGenerated|consent|archived|session\.individualFocus)/.test(p)),
};

// The actions the popup may offer in each top-level state.
const ACTIONS: Record<string, ActionId[]> = {
  draft: ['planCycle', 'sendInvitation'],
  invited: ['prepareSession'],
  prepared: ['startSession'],
  session: ['continueSession'],
  corrections: ['awaitCorrections', 'generateIkus'],
  ikusGenerated: ['requestConsent'],
  consent: ['requestConsent', 'reviseIkus', 'collectConsent', 'archiveIkus'],
  archived: ['planFollowUps'],
  teamPlan: ['writeTeamPlan', 'planFollowUps'],
  followUps: ['holdFollowUp', 'closeCycle'],
  closed: ['none'],
};

describe.each<Variant>(['tus-iku', 'tus'])('cycle machine (%s), model-based', (variant) => {
  const paths = getShortestPaths(cycleMachine, {
    input: { variant },
    events: candidateEvents,
    serializeState: serializeCycle,
  });
  const visited = new Set(paths.flatMap((p) => statePaths(p.state.value)));

  it('reaches every state node of the variant, and no other', () => {
    console.log(`cycle ${variant}: ${paths.length} shortest paths, ${visited.size} state nodes visited of ${REACHABLE[variant].length}`);
    expect([...visited].sort()).toEqual([...REACHABLE[variant]].sort());
  });

  it.each(paths.map((p) => [p.state.value, p] as const))('replays to %j with the right next step and guards', (_v, path) => {
    let [snapshot] = initialTransition(cycleMachine, { variant });
    for (const step of path.steps) [snapshot] = transition(cycleMachine, snapshot, step.event);
    expect(serializeCycle(snapshot)).toBe(serializeCycle(path.state));

    const top = topState(snapshot.value);
    const step = nextStep(snapshot, SESSION_AT, DEFAULT_STEP_OPTIONS);
    expect(ACTIONS[top]).toContain(step.action);
    expect(step.overdue).toBe(step.dueAt !== null && SESSION_AT > step.dueAt);

    const ikus = snapshot.context.ikus;
    // IKUs exist only after the correction window closed, and only in TUS med IKU.
    if (ikus.length) {
      expect(variant).toBe('tus-iku');
      expect(snapshot.context.correctionsClosedEarlyAt !== null || snapshot.context.ikusGeneratedAt! >= DEADLINE).toBe(true);
    }
    // Archived IKUs always rest on consent to their exact version.
    for (const iku of ikus.filter((i) => i.value === 'archived')) {
      expect(iku.context.consent).toMatchObject({ version: iku.context.version, hash: iku.context.hash });
    }
    // A cancelled cycle is closed with its reason, wherever it stood.
    if (top === 'closed' && snapshot.context.cancelled) {
      expect(snapshot.context.cancelled.reason.trim()).not.toBe('');
      expect(snapshot.context.closedAt).toBe(snapshot.context.cancelled.at);
    } else if (['archived', 'followUps', 'closed'].includes(top) && variant === 'tus-iku') {
      expect(ikus.length).toBeGreaterThan(0);
      expect(ikus.every((i) => i.value === 'archived')).toBe(true);
    }
    // Filing is refused for any IKU that is not consented to its current version.
    for (const iku of ikus.filter((i) => i.value !== 'consented')) {
      expect(snapshot.can({ type: 'iku.markFiled', employeeId: iku.employeeId, at: SESSION_AT, mark: 'ikuFiled' })).toBe(false);
    }
    // Outside the session the room's events are refused; inside, a card is never drawn twice
    // and an empty blank card or a zero extension is refused.
    const drawn: CycleEvent = { type: 'leader.drawCard', at: SESSION_AT, cardId: 'opgaver-1' };
    if (top !== 'session') expect(snapshot.can({ type: 'leader.pausePhase', at: SESSION_AT })).toBe(false);
    if (top === 'session') {
      expect(snapshot.can(drawn)).toBe(!snapshot.context.room.drawnCards.includes('opgaver-1'));
      expect(snapshot.can({ type: 'leader.drawCard', at: SESSION_AT, cardId: 'blank-2', text: '  ' })).toBe(false);
      expect(snapshot.can({ type: 'leader.extendPhase', at: SESSION_AT, minutes: 0 })).toBe(false);
      expect(snapshot.can({ type: 'leader.resumePhase', at: SESSION_AT })).toBe(snapshot.context.room.pausedAt !== null);
    }
    // Seeing a change to the log is taken in every state but the last, and moves nothing.
    const seen: CycleEvent = { type: 'leader.acknowledgeLogChange', at: SESSION_AT, breaks: [{ seq: 2, kind: 'modified' }] };
    expect(snapshot.can(seen)).toBe(top !== 'closed');
    expect(snapshot.can({ ...seen, breaks: [] })).toBe(false);
    if (top !== 'closed') {
      const [after] = transition(cycleMachine, snapshot, seen);
      expect(after.value).toEqual(snapshot.value);
      expect(after.context.logChangesSeen).toEqual([...snapshot.context.logChangesSeen, { seq: 2, kind: 'modified', at: SESSION_AT }]);
    }
    // Follow-up meetings and agreement statuses belong after the session, and never to a closed cycle.
    const meeting: CycleEvent = { type: 'leader.planFollowUp', at: SESSION_AT, meeting: { at: SESSION_AT, form: 'oneToOne', place: '' } };
    expect(snapshot.can(meeting)).toBe(snapshot.context.sessionEndedAt !== null && top !== 'closed');
    const mark: CycleEvent = { type: 'leader.markAgreement', at: SESSION_AT, agreementId: 'a', status: 'done' };
    expect(snapshot.can(mark)).toBe(snapshot.context.sessionEndedAt !== null && snapshot.context.followUps.length > 0 && top !== 'closed');
    expect(snapshot.can({ ...mark, status: 'dropped' })).toBe(false);
    // Cancelled from any open state but a running session, and never while an approved IKU waits to be filed.
    const waitsToBeFiled = snapshot.context.ikus.some((i) => i.value === 'consented');
    expect(snapshot.can({ type: 'leader.cancelCycle', at: SESSION_AT, reason: 'x' })).toBe(
      top !== 'closed' && top !== 'session' && !waitsToBeFiled,
    );
    // An early generation is refused unless corrections were closed on purpose.
    if (top === 'corrections') {
      const early: CycleEvent = { type: 'leader.generateIkus', at: SESSION_AT + 86_400_000, ikus: [{ employeeId: 'e1', hash: 'h' }] };
      expect(snapshot.can(early)).toBe(snapshot.context.correctionsClosedEarlyAt !== null);
    }
  });
});

describe('nextStep', () => {
  const DAY = 86_400_000;
  const drive = (variant: Variant, events: Parameters<typeof transition<typeof cycleMachine>>[2][]) => {
    let [s] = initialTransition(cycleMachine, { variant });
    for (const e of events) [s] = transition(cycleMachine, s, e);
    return s;
  };

  it('asks for the invitation 14 days before the session and marks it overdue after', () => {
    const s = drive('tus', [{ type: 'leader.updatePlan', at: 0, plan: { sessionAt: SESSION_AT } }]);
    expect(nextStep(s, SESSION_AT - 20 * DAY, DEFAULT_STEP_OPTIONS)).toEqual({
      action: 'sendInvitation',
      dueAt: SESSION_AT - 14 * DAY,
      overdue: false,
    });
    expect(nextStep(s, SESSION_AT - 13 * DAY, DEFAULT_STEP_OPTIONS).overdue).toBe(true);
  });

  it('waits for corrections until the deadline, then asks for the IKUs', () => {
    const s = drive('tus-iku', [
      { type: 'leader.updatePlan', at: 0, plan: { sessionAt: SESSION_AT, correctionDeadline: DEADLINE } },
      { type: 'leader.invitationSent', at: 1 },
      { type: 'leader.markPrepared', at: 2 },
      { type: 'leader.startSession', at: SESSION_AT },
      ...Array.from({ length: 6 }, (_, i) => ({ type: 'leader.nextPhase' as const, at: SESSION_AT + i })),
    ]);
    expect(topState(s.value)).toBe('corrections');
    expect(nextStep(s, DEADLINE - DAY, DEFAULT_STEP_OPTIONS)).toMatchObject({
      action: 'awaitCorrections',
      dueAt: DEADLINE,
      overdue: false,
    });
    expect(nextStep(s, DEADLINE + DAY, DEFAULT_STEP_OPTIONS)).toMatchObject({
      action: 'generateIkus',
      dueAt: DEADLINE + 7 * DAY,
      overdue: false,
    });
    expect(nextStep(s, DEADLINE + 8 * DAY, DEFAULT_STEP_OPTIONS).overdue).toBe(true);
  });
});

describe('machine v5: follow-ups, agreement statuses, team plan versions, changes and cancelling', () => {
  const DAY = 86_400_000;
  const drive = (variant: Variant, events: CycleEvent[]) => {
    let [s] = initialTransition(cycleMachine, { variant });
    for (const e of events) {
      const [next] = transition(cycleMachine, s, e);
      s = next;
    }
    return s;
  };
  const upToEnd = (variant: Variant): CycleEvent[] => [
    { type: 'leader.updatePlan', at: 0, plan: { sessionAt: SESSION_AT, correctionDeadline: DEADLINE } },
    { type: 'leader.invitationSent', at: 1 },
    { type: 'leader.markPrepared', at: 2 },
    { type: 'leader.startSession', at: SESSION_AT },
    ...Array.from({ length: variant === 'tus-iku' ? 6 : 4 }, (_, i) => ({ type: 'leader.nextPhase' as const, at: SESSION_AT + i })),
  ];

  it('plans meetings from the session end on, keeps them in date order, and moves a plain TUS on', () => {
    const ended = drive('tus-iku', upToEnd('tus-iku'));
    const later = {
      type: 'leader.planFollowUp' as const,
      at: SESSION_AT + DAY,
      meeting: { at: SESSION_AT + 90 * DAY, form: 'staffMeeting' as const, place: ' Kantinen ' },
    };
    const sooner = { ...later, meeting: { at: SESSION_AT + 30 * DAY, form: 'teamMeeting' as const, place: '' } };
    const s = drive('tus-iku', [...upToEnd('tus-iku'), later, sooner]);
    expect(topState(ended.value)).toBe('corrections');
    expect(topState(s.value)).toBe('corrections');
    expect(s.context.followUps).toEqual([
      { at: SESSION_AT + 30 * DAY, heldAt: null, form: 'teamMeeting', place: '', plannedAt: SESSION_AT + DAY },
      { at: SESSION_AT + 90 * DAY, heldAt: null, form: 'staffMeeting', place: 'Kantinen', plannedAt: SESSION_AT + DAY },
    ]);
    expect(s.can({ ...later, meeting: { ...later.meeting, form: 'lunch' as never } })).toBe(false);
    expect(s.can({ ...later, meeting: { ...later.meeting, at: Number.NaN } })).toBe(false);
    const tus = drive('tus', [...upToEnd('tus'), later]);
    expect(topState(tus.value)).toBe('followUps');
    // A meeting held before the IKUs are archived is recorded where it happened.
    const held = drive('tus-iku', [...upToEnd('tus-iku'), later, { type: 'leader.recordFollowUp', at: SESSION_AT + 90 * DAY, index: 0 }]);
    expect(held.context.followUps[0]!.heldAt).toBe(SESSION_AT + 90 * DAY);
  });

  it('keeps a one-to-one’s employee; an employee on a team meeting is refused, a one-to-one without one only where it is written', () => {
    const ended = drive('tus', upToEnd('tus'));
    const oneToOne: CycleEvent = {
      type: 'leader.planFollowUp',
      at: SESSION_AT + DAY,
      meeting: { at: SESSION_AT + 30 * DAY, form: 'oneToOne', place: '', employeeId: 'e1' },
    };
    expect(drive('tus', [...upToEnd('tus'), oneToOne]).context.followUps).toEqual([
      { at: SESSION_AT + 30 * DAY, heldAt: null, form: 'oneToOne', place: '', plannedAt: SESSION_AT + DAY, employeeId: 'e1' },
    ]);
    expect(refusedAtWrite(ended.context, oneToOne)).toBeNull();
    expect(ended.can({ ...oneToOne, meeting: { ...oneToOne.meeting, form: 'teamMeeting' } } as CycleEvent)).toBe(false);
    expect(ended.can({ ...oneToOne, meeting: { ...oneToOne.meeting, employeeId: '' } } as CycleEvent)).toBe(false);
    // Machine v8 logged one-to-ones without an employee: they replay, and a new one is refused where written.
    const bare = { ...oneToOne, meeting: { at: SESSION_AT + 30 * DAY, form: 'oneToOne', place: '' } } as CycleEvent;
    expect(ended.can(bare)).toBe(true);
    expect(refusedAtWrite(ended.context, bare)).toBe('oneToOneWithoutEmployee');
  });

  it('keeps each agreement mark and its note; dropping needs a note', () => {
    const meeting: CycleEvent = {
      type: 'leader.planFollowUp',
      at: SESSION_AT + DAY,
      meeting: { at: SESSION_AT + 30 * DAY, form: 'teamMeeting', place: '' },
    };
    const base = [...upToEnd('tus'), meeting];
    const s = drive('tus', [
      ...base,
      { type: 'leader.markAgreement', at: SESSION_AT + 30 * DAY, agreementId: 'a1', status: 'underWay' },
      { type: 'leader.markAgreement', at: SESSION_AT + 31 * DAY, agreementId: 'a1', status: 'dropped', note: ' Ikke relevant ' },
    ]);
    expect(s.context.agreementStatus).toEqual({ a1: { status: 'dropped', note: 'Ikke relevant', at: SESSION_AT + 31 * DAY } });
    expect(s.can({ type: 'leader.markAgreement', at: 1, agreementId: 'a1', status: 'dropped', note: '  ' })).toBe(false);
    expect(s.can({ type: 'leader.markAgreement', at: 1, agreementId: '', status: 'done' })).toBe(false);
  });

  it('numbers team plan versions and records who made each', () => {
    const plan = (version: number, madeBy: 'team' | 'trio'): CycleEvent => ({
      type: 'leader.completeTeamPlan',
      at: SESSION_AT + version * DAY,
      hash: `h${version}`,
      madeBy,
      version,
    });
    const meeting: CycleEvent = {
      type: 'leader.planFollowUp',
      at: SESSION_AT + DAY,
      meeting: { at: SESSION_AT + 60 * DAY, form: 'teamMeeting', place: '' },
    };
    const first = drive('tus', [...upToEnd('tus'), plan(1, 'team')]);
    // Nothing new to say: the sheet is locked after the first plan, and no meeting was planned since.
    // Refused where it is written (a v4 log may hold a second plan, and replays).
    expect(first.can(plan(2, 'trio'))).toBe(true);
    expect(refusedAtWrite(first.context, plan(2, 'trio'))).toBe('teamPlanUnchanged');
    const s = drive('tus', [...upToEnd('tus'), plan(1, 'team'), meeting, plan(2, 'trio')]);
    expect(s.context.teamPlans).toEqual([
      { version: 1, hash: 'h1', madeBy: 'team', at: SESSION_AT + DAY, followUps: 0 },
      { version: 2, hash: 'h2', madeBy: 'trio', at: SESSION_AT + 2 * DAY, followUps: 1 },
    ]);
    expect(s.context.teamPlanHash).toBe('h2');
    expect(s.can(plan(2, 'team'))).toBe(false);
    expect(refusedAtWrite(s.context, plan(3, 'team'))).toBe('teamPlanUnchanged');
    expect(drive('tus-iku', upToEnd('tus-iku')).can(plan(1, 'team'))).toBe(false);
  });

  it('refuses, where it is written, closing corrections once the window is over, a deadline moved into the past, a meeting held early; a v4 log holding them still replays', () => {
    const s = drive('tus-iku', upToEnd('tus-iku'));
    const late: CycleEvent = { type: 'leader.closeCorrectionsEarly', at: DEADLINE + 1 };
    const past: CycleEvent = { type: 'leader.reopenCorrections', at: DEADLINE - DAY, until: DEADLINE - 2 * DAY };
    expect(refusedAtWrite(s.context, { type: 'leader.closeCorrectionsEarly', at: DEADLINE - DAY })).toBeNull();
    expect(refusedAtWrite(s.context, late)).toBe('correctionsOver');
    expect(refusedAtWrite(s.context, { type: 'leader.reopenCorrections', at: DEADLINE - DAY, until: DEADLINE + DAY })).toBeNull();
    expect(refusedAtWrite(s.context, past)).toBe('deadlineInPast');
    const meeting: CycleEvent = { type: 'leader.planFollowUps', at: SESSION_AT + DAY, dates: [SESSION_AT + 90 * DAY] };
    const early: CycleEvent = { type: 'leader.recordFollowUp', at: SESSION_AT + 2 * DAY, index: 0 };
    // Logs of machine v4 hold each of these (the buttons were offered then): they replay to the state recorded.
    const old = drive('tus', [...upToEnd('tus'), meeting, early]);
    expect(old.context.followUps[0]!.heldAt).toBe(SESSION_AT + 2 * DAY);
    expect(refusedAtWrite(drive('tus', [...upToEnd('tus'), meeting]).context, early)).toBe('meetingNotYet');
    expect(drive('tus-iku', [...upToEnd('tus-iku'), late]).context.correctionsClosedEarlyAt).toBe(DEADLINE + 1);
    expect(drive('tus-iku', [...upToEnd('tus-iku'), past]).context.plan.correctionDeadline).toBe(DEADLINE - 2 * DAY);
  });

  it('moves the date and place until the session starts, never clearing the date after the invitation', () => {
    const invited = drive('tus', upToEnd('tus').slice(0, 2));
    expect(invited.can({ type: 'leader.updatePlan', at: 3, plan: { sessionAt: SESSION_AT + DAY, place: 'B' } })).toBe(true);
    expect(invited.can({ type: 'leader.updatePlan', at: 3, plan: { sessionAt: null } })).toBe(false);
    const started = drive('tus', upToEnd('tus').slice(0, 4));
    expect(started.can({ type: 'leader.updatePlan', at: 3, plan: { place: 'B' } })).toBe(false);
  });

  it('cancels with a reason from any open state, and the generation override needs one too', () => {
    const s = drive('tus-iku', upToEnd('tus-iku').slice(0, 3));
    expect(s.can({ type: 'leader.cancelCycle', at: 5, reason: '  ' })).toBe(false);
    const [cancelled] = transition(cycleMachine, s, { type: 'leader.cancelCycle', at: 5, reason: ' Omstrukturering ' });
    expect(cancelled.value).toBe('closed');
    expect(cancelled.context).toMatchObject({ closedAt: 5, cancelled: { at: 5, reason: 'Omstrukturering' } });
    const ended = drive('tus-iku', [...upToEnd('tus-iku'), { type: 'leader.closeCorrectionsEarly', at: SESSION_AT + DAY }]);
    const generate = { type: 'leader.generateIkus' as const, at: SESSION_AT + 2 * DAY, ikus: [{ employeeId: 'e1', hash: 'h' }] };
    expect(ended.can({ ...generate, overrides: [{ employeeId: 'e1', reason: ' ' }] })).toBe(false);
    expect(ended.can({ ...generate, overrides: [{ employeeId: 'e2', reason: 'Aftalt mundtligt' }] })).toBe(false);
    const [generated] = transition(cycleMachine, ended, { ...generate, overrides: [{ employeeId: 'e1', reason: 'Aftalt mundtligt' }] });
    expect(generated.context.contentOverrides).toEqual([{ employeeId: 'e1', reason: 'Aftalt mundtligt', at: SESSION_AT + 2 * DAY }]);
  });
});
