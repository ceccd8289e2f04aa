// Cycle states to test the sheet's write rule in, each with what the rule must answer.

import type { Stage } from '../../../lib/cycles/stages';
import { scriptEvents, scriptHash } from '../../../lib/demo/script';
import type { Variant } from '../../../lib/domain/types';
import type { AgreementWrites } from '../../../machines/agreement-writes';
import type { CycleEvent } from '../../../machines/cycle.machine';

export const DAY = 86_400_000;
export const SESSION = Date.UTC(2026, 2, 10, 8, 0);
export const PEOPLE = ['e1', 'e2'] as const;
/** scriptEvents sets the correction deadline a week after the session. */
const WINDOW_OPEN = SESSION + 2 * DAY;
const WINDOW_OVER = SESSION + 8 * DAY;

export interface WriteCase {
  name: string;
  variant: Variant;
  events: CycleEvent[];
  now: number;
  expected: AgreementWrites;
}

const script = (variant: Variant, stage: Stage) => scriptEvents(variant, PEOPLE, SESSION, stage);
const after = (events: CycleEvent[]) => Math.max(...events.map((e) => e.at)) + 1;
const withoutLast = (events: CycleEvent[]) => events.slice(0, -1);
const without = (events: CycleEvent[], type: CycleEvent['type']) => events.filter((e) => e.type !== type);

/** e1's IKU consented to and filed: archived, while e2's is still waiting. */
const archiveE1 = (at: number): CycleEvent[] => [
  {
    type: 'iku.consent',
    employeeId: 'e1',
    at,
    version: 1,
    hash: scriptHash('e1', 1),
    evidence: { channel: 'mail', from: 'e1@example.dk' },
  },
  ...(['ikuFiled', 'consentFiled', 'sentToEBoks'] as const).map(
    (mark): CycleEvent => ({ type: 'iku.markFiled', employeeId: 'e1', mark, at: at + 1 }),
  ),
];

const FREE: AgreementWrites = { mode: 'free', locked: null, afterTusFor: [] };
const none = (locked: NonNullable<AgreementWrites['locked']>): AgreementWrites => ({ mode: 'none', locked, afterTusFor: [] });

function cases(): WriteCase[] {
  const list: (Omit<WriteCase, 'now'> & { now?: number })[] = [];
  const add = (name: string, variant: Variant, events: CycleEvent[], expected: AgreementWrites, now?: number) =>
    list.push({ name, variant, events, expected, ...(now === undefined ? {} : { now }) });

  for (const variant of ['tus-iku', 'tus'] as const) {
    add('draft', variant, script(variant, 'draft'), FREE);
    add('invited', variant, script(variant, 'invited'), FREE);
    add('prepared', variant, script(variant, 'prepared'), FREE);
    const started: CycleEvent[] = [...script(variant, 'prepared'), { type: 'leader.startSession', at: SESSION }];
    add('session.intro', variant, started, FREE);
    // Not script(variant, 'session'): it runs the session to its end (reached() counts a stage the variant lacks as reached).
    const phase = (n: number): CycleEvent => ({ type: 'leader.nextPhase', at: SESSION + n * 15 * 60_000 });
    add('session.teamFocus.plenum', variant, [...started, phase(1), phase(2)], FREE);
    const ended = variant === 'tus-iku' ? script(variant, 'corrections') : without(script(variant, 'teamPlan'), 'leader.completeTeamPlan');
    add('session.wrapUp', variant, withoutLast(ended), FREE);
    add('followUps', variant, script(variant, 'followUps'), none('followUps'));
    add('closed', variant, script(variant, 'closed'), none('closed'));
  }
  const corrections = script('tus-iku', 'corrections');
  add('corrections, window open', 'tus-iku', corrections, { mode: 'correction', locked: 'corrections', afterTusFor: [] }, WINDOW_OPEN);
  add('corrections, deadline passed', 'tus-iku', corrections, none('correctionsClosed'), WINDOW_OVER);
  add(
    'corrections, closed early',
    'tus-iku',
    [...corrections, { type: 'leader.closeCorrectionsEarly', at: SESSION + DAY }],
    none('correctionsClosed'),
    WINDOW_OPEN,
  );
  add('ikusGenerated', 'tus-iku', script('tus-iku', 'ikusGenerated'), { mode: 'afterTus', locked: 'ikus', afterTusFor: ['e1', 'e2'] });
  const consent = script('tus-iku', 'consent');
  add('consent', 'tus-iku', consent, { mode: 'afterTus', locked: 'ikus', afterTusFor: ['e1', 'e2'] });
  add('consent, e1 archived', 'tus-iku', [...consent, ...archiveE1(after(consent))], {
    mode: 'afterTus',
    locked: 'ikus',
    afterTusFor: ['e2'],
  });
  add('archived', 'tus-iku', script('tus-iku', 'archived'), none('archived'));
  const teamPlan = script('tus', 'teamPlan');
  add('teamPlan, plan not completed', 'tus', without(teamPlan, 'leader.completeTeamPlan'), FREE);
  add('teamPlan, plan completed', 'tus', teamPlan, none('teamPlanDone'));
  // Follow-up planned before the plan was written: the plan is still made from the sheet.
  add('followUps, plan not completed', 'tus', without(script('tus', 'followUps'), 'leader.completeTeamPlan'), FREE);
  return list.map((c) => ({ ...c, now: c.now ?? after(c.events) }));
}

export const WRITE_CASES: readonly WriteCase[] = cases();
