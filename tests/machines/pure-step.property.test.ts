import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { cycleMachine, type CycleEvent } from '../../machines/cycle.machine';
import { topState } from '../../machines/next-step';
import { initialSnapshot, pureStep } from '../../machines/pure-step';
import { replay, toRow } from '../../lib/cycles/replay';
import { scriptEvents } from '../../lib/demo/script';
import { candidateEvents, EMPLOYEES, SESSION_AT } from '../support/cycle-events';

const whole = (s: SnapshotFrom<typeof cycleMachine>) => ({ value: s.value, status: s.status, context: s.context });

/**
 * The replay path steps the machine with one shared inert scope instead of xstate's own
 * transition(), which builds a fresh actor per call. Both must agree on every event, refused
 * ones included, or a replayed cycle would differ from the one the leader saw.
 */
describe('pure step agrees with xstate transition()', () => {
  it.each(['tus', 'tus-iku'] as const)('%s: same state and context after every event; a refused event changes nothing', (variant) => {
    const life = scriptEvents(variant, EMPLOYEES, SESSION_AT, 'closed');
    let refused = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.nat({ max: life.length }), fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 60 }), (cut, picks) => {
        let [expected] = initialTransition(cycleMachine, { variant });
        let actual = initialSnapshot(cycleMachine, { variant });
        expect(whole(actual)).toEqual(whole(expected));
        // A leader's real path up to a random point, then random events from there: every
        // state gets visited, and each with accepted and refused events.
        const random = picks.map(([pick, anyEvent]) => (s: typeof expected) => {
          const all = candidateEvents(s);
          const accepted = all.filter((e) => s.can(e));
          const options = anyEvent || !accepted.length ? all : accepted;
          return options[pick % options.length]!;
        });
        const steps = [...life.slice(0, cut).map((e) => () => e), ...random];
        const log: CycleEvent[] = [];
        for (const next of steps) {
          const event = next(expected);
          log.push(event);
          const isAccepted = expected.can(event);
          [expected] = transition(cycleMachine, expected, event);
          const stepped = pureStep(cycleMachine, actual, event);
          if (!isAccepted) {
            refused++;
            expect(stepped).toBe(actual);
          }
          actual = stepped;
          expect(whole(actual)).toEqual(whole(expected));
          reached.add(topState(actual.value));
        }
        expect(whole(replay(variant, log.map((e, i) => toRow('c', i + 1, e))))).toEqual(whole(expected));
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(reached).toContain('closed');
  });
});
