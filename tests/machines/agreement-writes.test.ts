import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { replay, toRow } from '../../lib/cycles/replay';
import type { Variant } from '../../lib/domain/types';
import { type AgreementWrites, agreementWrites, refusalOf } from '../../machines/agreement-writes';
import { cycleMachine } from '../../machines/cycle.machine';
import { topState } from '../../machines/next-step';
import { WRITE_CASES } from '../lib/sheet/write-cases';
import { candidateEvents, DEADLINE, SESSION_AT, serializeCycle } from '../support/cycle-events';
import { statePaths } from '../support/state-paths';

const snapshotOf = (variant: Variant, events: (typeof WRITE_CASES)[number]['events']) =>
  replay(
    variant,
    events.map((e, i) => toRow('c', i + 1, e)),
  );

describe('agreement writes by state', () => {
  it.each(WRITE_CASES.map((c) => [`${c.variant}: ${c.name}`, c] as const))('%s', (_, c) => {
    const snapshot = snapshotOf(c.variant, c.events);
    // The script must have reached the state the case names, or the case tests nothing.
    expect(statePaths(snapshot.value)).toContain(c.name.split(',')[0]);
    expect(agreementWrites(snapshot, c.now)).toEqual(c.expected);
  });

  const FREE_STATES = new Set(['draft', 'invited', 'prepared', 'session']);
  it.each<Variant>(['tus-iku', 'tus'])(
    '%s: the sheet is free before and during the session, and never after it except an unfinished team plan',
    (variant) => {
      const paths = getShortestPaths(cycleMachine, { input: { variant }, events: candidateEvents, serializeState: serializeCycle });
      expect(paths.length).toBeGreaterThan(10);
      for (const { state } of paths) {
        for (const now of [SESSION_AT, DEADLINE + 1]) {
          const writes = agreementWrites(state, now);
          const top = topState(state.value);
          const unfinishedPlan = variant === 'tus' && ['teamPlan', 'followUps'].includes(top) && state.context.teamPlanHash === null;
          const free = FREE_STATES.has(top) || unfinishedPlan;
          expect(writes.mode === 'free', `${JSON.stringify(state.value)}`).toBe(free);
          expect(writes.locked === null).toBe(free);
          // After-TUS agreements only for employees whose IKU exists and is not archived.
          const open = state.context.ikus.filter((i) => i.value !== 'archived').map((i) => i.employeeId);
          expect(writes.afterTusFor).toEqual(['ikusGenerated', 'consent'].includes(top) ? open : []);
        }
      }
    },
  );
});

describe('refusalOf', () => {
  const free: AgreementWrites = { mode: 'free', locked: null, afterTusFor: [] };
  const correction: AgreementWrites = { mode: 'correction', locked: 'corrections', afterTusFor: [] };
  const afterTus: AgreementWrites = { mode: 'afterTus', locked: 'ikus', afterTusFor: ['e2'] };
  const archived: AgreementWrites = { mode: 'none', locked: 'archived', afterTusFor: [] };

  it.each([
    ['free, team row', free, null, false, null],
    ['free, individual row', free, 'e1', false, null],
    ['free, after-TUS row', free, 'e1', true, 'afterTusTooEarly'],
    ['corrections, team row', correction, null, false, 'corrections'],
    ['corrections, individual row (only through the logged correction)', correction, 'e1', false, 'corrections'],
    ['corrections, after-TUS row', correction, 'e1', true, 'afterTusTooEarly'],
    ['IKUs made, team row', afterTus, null, false, 'ikus'],
    ['IKUs made, individual row', afterTus, 'e2', false, 'ikus'],
    ['IKUs made, after-TUS for the team', afterTus, null, true, 'afterTusTeam'],
    ['IKUs made, after-TUS for an open IKU', afterTus, 'e2', true, null],
    ['IKUs made, after-TUS for an archived IKU', afterTus, 'e1', true, 'noOpenIku'],
    ['archived, individual row', archived, 'e1', false, 'archived'],
    ['archived, after-TUS row', archived, 'e1', true, 'archived'],
  ] as const)('%s', (_, writes, employeeId, isAfterTus, refusal) => {
    expect(refusalOf(writes, { employeeId, afterTus: isAfterTus, existing: false })).toBe(refusal);
  });

  it.each([
    ['IKUs made, edit or delete of a stored after-TUS row of an open IKU', afterTus, 'e2', true, 'afterTusFinal'],
    ['IKUs made, edit of an individual row', afterTus, 'e2', false, 'ikus'],
    ['free, edit of a team row', free, null, false, null],
  ] as const)('%s', (_, writes, employeeId, isAfterTus, refusal) => {
    expect(refusalOf(writes, { employeeId, afterTus: isAfterTus, existing: true })).toBe(refusal);
  });
});
