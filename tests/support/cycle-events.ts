import type { SnapshotFrom } from 'xstate';
import { type CycleEvent, type cycleMachine, ikuOf } from '../../machines/cycle.machine';

export const DAY = 86_400_000;
export const SESSION_AT = Date.UTC(2026, 2, 10, 8, 0);
export const DEADLINE = SESSION_AT + 7 * DAY;
export const EMPLOYEES = ['e1', 'e2'] as const;

type Snapshot = SnapshotFrom<typeof cycleMachine>;

/**
 * Every kind of event a cycle can receive, with payloads that depend on the state (a consent
 * names the IKU's current version) and deliberately bad variants (too early, wrong version),
 * so traversal explores refusals too.
 */
export function candidateEvents(snapshot: Snapshot): CycleEvent[] {
  const at = Math.max(SESSION_AT, ...snapshot.context.ikus.map((i) => i.context.generatedAt ?? 0)) + DAY;
  const events: CycleEvent[] = [
    { type: 'leader.updatePlan', at: SESSION_AT - 30 * DAY, plan: { sessionAt: SESSION_AT, correctionDeadline: DEADLINE } },
    { type: 'leader.invitationSent', at: SESSION_AT - 20 * DAY },
    { type: 'leader.markPrepared', at: SESSION_AT - DAY },
    { type: 'leader.startSession', at: SESSION_AT },
    { type: 'leader.nextPhase', at: SESSION_AT + 600_000 },
    { type: 'leader.setAbsent', at: SESSION_AT, employeeId: 'e2', absent: true },
    { type: 'leader.reshuffle', at: SESSION_AT, seed: 7 },
    { type: 'leader.setNoteTaker', at: SESSION_AT, group: 0, employeeId: 'e1' },
    { type: 'leader.drawCard', at: SESSION_AT, cardId: 'opgaver-1' },
    { type: 'leader.drawCard', at: SESSION_AT, cardId: 'blank-1', text: '' },
    { type: 'leader.pausePhase', at: SESSION_AT + 60_000 },
    { type: 'leader.resumePhase', at: SESSION_AT + 120_000 },
    { type: 'leader.extendPhase', at: SESSION_AT, minutes: 5 },
    { type: 'leader.extendPhase', at: SESSION_AT, minutes: 0 },
    { type: 'leader.closeCorrectionsEarly', at: SESSION_AT + DAY },
    { type: 'leader.generateIkus', at: SESSION_AT + DAY, ikus: EMPLOYEES.map((employeeId) => ({ employeeId, hash: `${employeeId}-h1` })) },
    { type: 'leader.generateIkus', at: DEADLINE + DAY, ikus: EMPLOYEES.map((employeeId) => ({ employeeId, hash: `${employeeId}-h1` })) },
    { type: 'leader.completeTeamPlan', at, hash: 'plan-hash' },
    { type: 'leader.planFollowUps', at, dates: [] },
    { type: 'leader.planFollowUps', at, dates: [at + 90 * DAY] },
    { type: 'leader.recordFollowUp', at: at + 90 * DAY, index: 0 },
    { type: 'leader.planFollowUp', at, meeting: { at: Number.NaN, form: 'oneToOne', place: '' } },
    { type: 'leader.markAgreement', at, agreementId: 'a1', status: 'underWay' },
    { type: 'leader.markAgreement', at, agreementId: 'a1', status: 'dropped' },
    { type: 'leader.markAgreement', at, agreementId: 'a1', status: 'dropped', note: 'Ikke længere relevant' },
    { type: 'leader.completeTeamPlan', at, hash: 'plan-hash-2', madeBy: 'trio', version: 2 },
    { type: 'leader.cancelCycle', at, reason: ' ' },
    { type: 'leader.cancelCycle', at, reason: 'Teamet er nedlagt' },
    { type: 'leader.updatePlan', at, plan: { place: 'Nyt lokale' } },
    { type: 'leader.closeCycle', at: at + 91 * DAY },
    { type: 'leader.acknowledgeLogChange', at, breaks: [{ seq: 2, kind: 'modified' }] },
  ];
  // One more meeting while there are few, so a graph search stays finite.
  if (snapshot.context.followUps.length < 2) {
    events.push({ type: 'leader.planFollowUp', at, meeting: { at: at + 60 * DAY, form: 'staffMeeting', place: 'Kantinen' } });
  }
  for (const employeeId of EMPLOYEES) {
    const iku = ikuOf(snapshot.context, employeeId)?.context;
    const version = iku?.version ?? 1;
    const hash = iku?.hash ?? `${employeeId}-h1`;
    events.push(
      { type: 'iku.generate', employeeId, at, hash: `${employeeId}-h${version + 1}` },
      { type: 'iku.requestConsent', employeeId, at },
      { type: 'iku.consent', employeeId, at, version, hash, evidence: { channel: 'mail', from: `${employeeId}@x.dk` } },
      { type: 'iku.consent', employeeId, at, version: version - 1, hash: `${employeeId}-h${version - 1}`, evidence: { channel: 'paper' } },
      { type: 'iku.requestChanges', employeeId, at, note: 'Ret venligst punkt 2' },
      { type: 'iku.markFiled', employeeId, at, mark: 'ikuFiled' },
      { type: 'iku.markFiled', employeeId, at, mark: 'consentFiled' },
      { type: 'iku.markFiled', employeeId, at, mark: 'sentToEBoks' },
    );
  }
  return events;
}

/** A state's identity for graph traversal: where it is, not when (timestamps and versions left out). */
export function serializeCycle(snapshot: Snapshot): string {
  const c = snapshot.context;
  return JSON.stringify({
    value: snapshot.value,
    planned: c.plan.sessionAt !== null,
    closedEarly: c.correctionsClosedEarlyAt !== null,
    paused: c.room.pausedAt !== null,
    ikus: c.ikus.map((i) => [i.employeeId, i.value, Object.keys(i.context.marks).length]),
    teamPlan: c.teamPlanHash !== null,
    followUps: c.followUps.map((f) => f.heldAt !== null),
  });
}
