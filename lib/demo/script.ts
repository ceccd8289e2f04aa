import { ARCHIVE_MARKS } from '../../machines/archive-marks';
import type { CycleEvent } from '../../machines/cycle.machine';
import { type Stage, stagesOf } from '../cycles/stages';
import type { Variant } from '../domain/types';

const DAY = 86_400_000;

/** A fake content hash for scripted IKUs (tests and demo data; real ones are SHA-256 of the PDF). */
export const scriptHash = (employeeId: string, version: number) => `sha256-${employeeId}-v${version}`;

/**
 * The events a leader would send to take a cycle from nothing to `stage`, with plausible
 * timestamps around `sessionAt`. Used by tests, the benchmark and demo data.
 */
export function scriptEvents(variant: Variant, employeeIds: readonly string[], sessionAt: number, stage: Stage): CycleEvent[] {
  const target = stagesOf(variant).indexOf(stage);
  if (target < 0) throw new Error(`Stage ${stage} is not part of ${variant}`);
  // A stage the variant does not have (corrections in plain TUS, teamPlan with IKU) is never reached.
  const reached = (s: Stage) => {
    const at = stagesOf(variant).indexOf(s);
    return at >= 0 && at <= target;
  };
  const events: CycleEvent[] = [
    {
      type: 'leader.updatePlan',
      at: sessionAt - 30 * DAY,
      plan: { sessionAt, durationMin: 90, place: 'Mødelokale 1', correctionDeadline: sessionAt + 7 * DAY },
    },
  ];
  if (!reached('invited')) return events;
  events.push({ type: 'leader.invitationSent', at: sessionAt - 20 * DAY });
  if (!reached('prepared')) return events;
  events.push({ type: 'leader.markPrepared', at: sessionAt - 2 * DAY });
  if (!reached('session')) return events;
  events.push({ type: 'leader.startSession', at: sessionAt });
  const phases = variant === 'tus-iku' ? 5 : 3;
  const afterSession = reached('corrections') || reached('teamPlan');
  for (let i = 0; i < (afterSession ? phases + 1 : 2); i++)
    events.push({ type: 'leader.nextPhase', at: sessionAt + (i + 1) * 15 * 60_000 });
  if (!afterSession) return events;
  if (variant === 'tus') {
    events.push({ type: 'leader.completeTeamPlan', at: sessionAt + DAY, hash: 'sha256-teamplan', madeBy: 'team', version: 1 });
  } else {
    if (!reached('ikusGenerated')) return events;
    events.push({
      type: 'leader.generateIkus',
      at: sessionAt + 8 * DAY,
      ikus: employeeIds.map((employeeId) => ({ employeeId, hash: scriptHash(employeeId, 1) })),
    });
    if (!reached('consent')) return events;
    employeeIds.forEach((employeeId, i) => events.push({ type: 'iku.requestConsent', employeeId, at: sessionAt + 9 * DAY + i }));
    if (!reached('archived')) return events;
    employeeIds.forEach((employeeId, i) => {
      const at = sessionAt + 11 * DAY + i;
      events.push({
        type: 'iku.consent',
        employeeId,
        at,
        version: 1,
        hash: scriptHash(employeeId, 1),
        evidence: { channel: 'mail', from: `${employeeId}@example.dk`, text: 'Jeg godkender min IKU.' },
      });
      for (const mark of ARCHIVE_MARKS) {
        events.push({ type: 'iku.markFiled', employeeId, mark, at: at + DAY });
      }
    });
  }
  if (!reached('followUps')) return events;
  const followUps = [sessionAt + 90 * DAY, sessionAt + 180 * DAY];
  const forms = ['teamMeeting', 'staffMeeting'] as const;
  followUps.forEach((at, i) =>
    events.push({ type: 'leader.planFollowUp', at: sessionAt + 14 * DAY, meeting: { at, form: forms[i]!, place: 'Mødelokale 1' } }),
  );
  if (!reached('closed')) return events;
  followUps.forEach((at, index) => events.push({ type: 'leader.recordFollowUp', index, at }));
  events.push({ type: 'leader.closeCycle', at: followUps[1]! + DAY });
  return events;
}
